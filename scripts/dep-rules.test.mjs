// The dependency rules in .dependency-cruiser.cjs bite: dependency-cruiser, with that config, run on the
// miniature tree in scripts/fixtures/dep-rules/ reports each import that breaks a rule under the rule's
// name, and nothing for what the rules allow. And every exception the config lists is still in use.
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/dep-rules/', import.meta.url));
const options = await extractDepcruiseOptions(`${root}.dependency-cruiser.cjs`);
const rules = options.ruleSet.forbidden;

/** `rule: from → to`; an npm package as npm:name, a cycle as its modules in order from the first by name. */
function describeViolation(v) {
  const npm = (path) => path.replace(/^(\.\.\/)*node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, 'npm:$2');
  if (v.rule.name !== 'no-circular') return `${v.rule.name}: ${v.from} → ${npm(v.to)}`;
  const loop = [v.from, ...v.cycle.map((step) => step.name)].slice(0, -1);
  const first = loop.indexOf([...loop].sort()[0]);
  return `no-circular: ${[...loop.slice(first), ...loop.slice(0, first)].join(' → ')}`;
}

async function violations(baseDir, paths) {
  const { output } = await cruise(paths, { ...options, baseDir });
  return output.summary.violations.map(describeViolation).sort();
}

const exact = (re) => re.slice(1, -1).replaceAll('[.]', '.');
// A cruise parses with the TypeScript compiler: seconds on a loaded machine, not the default 5.
const slow = { timeout: 30_000 };

describe('dependency rules (.dependency-cruiser.cjs)', () => {
  it('reports every fixture import that breaks a rule, by the rule’s name, and nothing the rules allow', slow, async () => {
    const found = await violations(fixtures, ['src', 'e2e', 'bench', 'scripts']);
    expect(found).toEqual(
      [
        'shared-depends-on-no-process: src/shared/importsMain.ts → src/main/index.ts',
        'shared-depends-on-no-process: src/shared/importsRenderer.ts → src/renderer/bridge/index.ts',
        'shared-depends-on-no-process: src/shared/importsElectron.ts → npm:electron',
        'renderer-reaches-main-only-through-the-bridge: src/renderer/bridge/importsElectron.ts → npm:electron',
        'renderer-reaches-main-only-through-the-bridge: src/renderer/settings/importsMain.ts → src/main/index.ts',
        'renderer-reaches-main-only-through-the-bridge: src/renderer/settings/importsPreload.ts → src/preload/index.ts',
        'preload-is-thin: src/preload/importsNode.ts → fs',
        'preload-is-thin: src/preload/importsPackage.ts → npm:zod',
        'preload-is-thin: src/preload/importsRenderer.ts → src/renderer/bridge/index.ts',
        'main-knows-no-renderer: src/main/importsPreload.ts → src/preload/index.ts',
        'main-knows-no-renderer: src/main/importsRenderer.ts → src/renderer/phone/index.ts',
        'phone-knows-nothing-of-ai: src/renderer/phone/importsCaptions.ts → src/renderer/captions/store.ts',
        'phone-knows-nothing-of-ai: src/renderer/phone/importsOnnx.ts → npm:onnxruntime-web',
        'phone-knows-nothing-of-ai: src/renderer/phone/store.test.ts → src/renderer/assist/store.ts',
        'phone-reaches-no-ai: src/renderer/phone/importsCaptions.ts → src/renderer/captions/store.ts',
        'phone-reaches-no-ai: src/renderer/phone/importsOnnx.ts → npm:onnxruntime-web',
        'phone-reaches-no-ai: src/renderer/phone/strings.ts → src/renderer/captions/strings.ts',
        'features-know-no-shell: src/renderer/callData/exports.ts → src/renderer/app/session.ts',
        'features-know-no-shell: src/renderer/history/importsShell.ts → src/renderer/app/session.ts',
        'no-circular: src/renderer/audio/DeviceSettings.ts → src/renderer/audio/index.ts',
        'no-circular: src/renderer/i18n/index.ts → src/renderer/phone/strings.ts',
        'no-prod-imports-tests: src/renderer/history/importsTests.ts → bench/lib.ts',
        'no-prod-imports-tests: src/renderer/history/importsTests.ts → e2e/support/peer.ts',
        'no-prod-imports-tests: src/renderer/history/importsTests.ts → scripts/tool.mjs',
        'no-prod-imports-tests: src/renderer/history/importsTests.ts → src/renderer/history/history.test.ts',
        'no-prod-imports-tests: src/renderer/history/importsTests.ts → src/renderer/history/sample.testing.ts',
        'no-prod-imports-tests: src/renderer/history/importsTests.ts → src/renderer/phone/fixtures/recorded.ts',
        'no-unresolvable: src/renderer/history/importsMissing.ts → ./noSuchFile',
      ].sort(),
    );
    for (const name of new Set(rules.map((r) => r.name))) expect(found.some((f) => f.startsWith(`${name}: `)), name).toBe(true);
  });

  it('every rule says why; type-only imports count', () => {
    for (const rule of rules) expect(rule, rule.name).toEqual(expect.objectContaining({ name: expect.stringMatching(/^[a-z-]+$/), severity: 'error', comment: expect.stringMatching(/.{60,}/) }));
    expect(options.tsPreCompilationDeps).toBe(true);
  });

  it('every exception listed is still needed: the file still imports what it is allowed to', slow, async () => {
    const exceptions = rules
      .filter((r) => typeof r.from.path === 'string' && /^\^.*\$$/.test(r.from.path) && r.to.pathNot)
      .flatMap((r) => [].concat(r.to.pathNot).map((to) => ({ rule: r.name, from: exact(r.from.path), to: exact(to) })));
    expect(exceptions.length).toBeGreaterThan(0);
    const { output } = await cruise([...new Set(exceptions.map((e) => e.from))], { ...options, baseDir: root, maxDepth: 1 });
    const stale = exceptions.filter((e) => !output.modules.find((m) => m.source === e.from)?.dependencies.some((d) => d.resolved === e.to));
    expect(stale, 'remove these exceptions from .dependency-cruiser.cjs').toEqual([]);
  });
});
