// A census of a page's JavaScript heap: bytes and counts by constructor or type (from a V8 heap
// snapshot taken over the DevTools protocol), and the difference between two censuses. The soak prints
// the largest growths when the heap grows, so the cause is named rather than guessed.
import { writeFileSync } from 'node:fs';

/**
 * Takes a heap snapshot of `page` (Playwright) and sums node self sizes by "type:name". With `saveAs`,
 * the snapshot is also written there (open it in Chromium's DevTools, Memory tab, to see retainers).
 */
export async function heapCensus(page, saveAs) {
  const cdp = await page.context().newCDPSession(page);
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const text = chunks.join('');
  if (saveAs) writeFileSync(saveAs, text);
  return censusOf(JSON.parse(text));
}

/** Sums a parsed V8 heap snapshot's node self sizes by "type:name" (strings and code by type alone). */
export function censusOf(snapshot) {
  const meta = snapshot.snapshot.meta;
  const fields = meta.node_fields;
  const types = meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const census = new Map();
  const nodes = snapshot.nodes;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt]];
    const name = ['object', 'closure', 'native'].includes(type) ? snapshot.strings[nodes[i + nameAt]] : '';
    const key = name ? `${type}:${name}` : type;
    const entry = census.get(key) ?? { bytes: 0, count: 0 };
    entry.bytes += nodes[i + sizeAt];
    entry.count += 1;
    census.set(key, entry);
  }
  return census;
}

/** The `top` largest growths in bytes from census `before` to `after`, as printable lines. */
export function censusGrowth(before, after, top = 15) {
  return [...after]
    .map(([key, a]) => ({ key, bytes: a.bytes - (before.get(key)?.bytes ?? 0), count: a.count - (before.get(key)?.count ?? 0) }))
    .filter((d) => d.bytes > 0)
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, top)
    .map((d) => `${(d.bytes / 1024).toFixed(1).padStart(8)} KiB  ${String(d.count).padStart(7)} objects  ${d.key.slice(0, 100)}`);
}
