// Checking a labelled evaluation set read from JSON (redaction, sentiment): an array of items, each with a
// unique id and a language, plus fields of the set's own. Every problem names the item and the field, and
// all of them are reported at once, so a hand-written set is fixed in one pass.

export class LabelledSetError extends Error {
  override name = 'LabelledSetError';
}

/** `check` adds the problems of the set's own fields (`where` names the item) and may stop early by returning. */
export function checkLabelledSet<T>(
  raw: unknown,
  source: string,
  check: (item: Record<string, unknown>, where: string, problems: string[]) => void,
  itemsAre = 'items',
): T[] {
  if (!Array.isArray(raw)) throw new LabelledSetError(`${source}: must be a JSON array of ${itemsAre}`);
  const problems: string[] = [];
  const ids = new Set<string>();
  raw.forEach((item: Record<string, unknown>, n) => {
    const where = `${source}: item ${n + 1}${typeof item?.id === 'string' ? ` (id "${item.id}")` : ''}`;
    if (typeof item !== 'object' || item === null) return void problems.push(`${where}: must be an object`);
    if (typeof item.id !== 'string' || !item.id) problems.push(`${where}: id must be non-empty text`);
    else if (ids.has(item.id)) problems.push(`${where}: id is used twice`);
    else ids.add(item.id);
    if (item.lang !== 'en' && item.lang !== 'zh') problems.push(`${where}: lang must be "en" or "zh"`);
    check(item, where, problems);
  });
  if (problems.length) throw new LabelledSetError(problems.join('\n'));
  return raw as T[];
}
