// Switchboard's dependency rules, checked by `npm run test:deps` (part of `npm test`); README → Architecture
// draws them. A break fails with the rule's name and the two files. Paths are relative to the repository
// root; type-only imports count (tsPreCompilationDeps), since a type import is still a dependency on the
// module that declares it. scripts/dep-rules.test.mjs proves each rule bites, on the fixture tree in
// scripts/fixtures/dep-rules/.

const ELECTRON = ['(^|/)node_modules/electron/', '^electron(/|$)'];

/** The AI features: what phone/ must be able to run without. */
const AI = [
  '^src/renderer/(captions|assist|insights|voice|wrapup|models)/',
  '^src/shared/models/', // the model manifests
  '(^|/)node_modules/(onnxruntime-web|@huggingface/transformers|@ricky0123/vad-web)/',
];

/** Code only tests use. Tests may import anything; production code may import none of this. */
const TEST_CODE = [
  '[.]test[.][cm]?[jt]sx?$', // tests beside the code, *.node.test.ts included
  '[.]testing[.][jt]sx?$', // helpers for tests only (callData/pii.testing.ts, assist/search/sampleKb.testing.ts)
  '(^|/)fixtures/', // recorded data and fakes (phone/quality/fixtures/)
  '^src/renderer/models/fakeModelServer[.]ts$', // a loopback test server without a test-ish name
  '^(e2e|bench|scripts)/',
];

/**
 * A rule with edges that break it today, each allowed by exact path with the reason. The files named
 * keep the rule for every other import, and a new file gets no exception. scripts/dep-rules.test.mjs
 * fails when an allowed edge no longer exists, so a fixed one is taken off the list.
 */
function withExceptions(rule, exceptions) {
  const exactly = (path) => `^${path.replace(/[.]/g, '[.]')}$`;
  const sources = [...new Set(exceptions.map((e) => e.from))];
  return [
    { ...rule, from: { ...rule.from, pathNot: [...[].concat(rule.from.pathNot ?? []), ...sources.map(exactly)] } },
    ...sources.map((source) => {
      const allowed = exceptions.filter((e) => e.from === source);
      return {
        ...rule,
        comment: `${rule.comment} ${source} may import ${allowed.map((e) => `${e.to}: ${e.reason}`).join('; ')}. Nothing else.`,
        from: { path: exactly(source) },
        to: { ...rule.to, pathNot: [...[].concat(rule.to.pathNot ?? []), ...allowed.map((e) => exactly(e.to))] },
      };
    }),
  ];
}

/**
 * Imports of the shell (src/renderer/app) from elsewhere in the renderer, as of the rule's introduction.
 * The first two go when saveFile.ts, which is not shell, moves out of app/; the third is what a registry is.
 */
const SHELL_EXCEPTIONS = [
  {
    from: 'src/renderer/callData/exports.ts',
    to: 'src/renderer/app/saveFile.ts',
    reason: 'how every export leaves the app, as a download; a 10-line DOM helper kept in app/',
  },
  {
    from: 'src/renderer/diagnostics/SaveDiagnostics.tsx',
    to: 'src/renderer/app/saveFile.ts',
    reason: 'the same helper: the diagnostics bundle is saved as a download like the exports',
  },
  {
    from: 'src/renderer/i18n/index.ts',
    to: 'src/renderer/app/strings.ts',
    reason: "the i18n registry merges every part's strings, the shell's included (a table of strings, no code)",
  },
];

module.exports = {
  forbidden: [
    {
      name: 'shared-depends-on-no-process',
      comment:
        'src/shared is what every process may import (the IPC contract, settings and policy schemas, the Bridge ' +
        'type), so it imports nothing from main, preload or the renderer, and not Electron.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: ['^src/(main|preload|renderer)/', ...ELECTRON] },
    },
    {
      name: 'renderer-reaches-main-only-through-the-bridge',
      comment:
        'The renderer runs without Electron (the web build, the end-to-end tests): it talks to main only through ' +
        'the bridge (src/renderer/bridge, typed by src/shared/bridge.ts), never by importing main or preload code ' +
        'or Electron itself.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { path: ['^src/(main|preload)/', ...ELECTRON] },
    },
    {
      name: 'preload-is-thin',
      comment:
        'The preload is one small bridge built from the IPC contract: it imports src/shared and Electron, ' +
        'nothing else (no npm packages, no Node built-ins: it runs sandboxed).',
      severity: 'error',
      from: { path: '^src/preload/', pathNot: TEST_CODE[0] }, // its tests run in Node, with vitest
      to: { pathNot: ['^src/(preload|shared)/', ...ELECTRON] },
    },
    {
      name: 'main-knows-no-renderer',
      comment:
        'The main process knows the renderer only through the IPC contract in src/shared: it imports nothing ' +
        'from src/renderer or src/preload.',
      severity: 'error',
      from: { path: '^src/main/' },
      to: { path: '^src/(renderer|preload)/' },
    },
    {
      name: 'phone-knows-nothing-of-ai',
      comment:
        'The phone (sip.js engine, store, call controls) works with every AI feature off or failing: nothing in ' +
        'src/renderer/phone, tests included, imports captions, assist, insights, voice, wrapup, the model ' +
        'manifests or an ML runtime. The AI features listen to the phone, never the other way round.',
      severity: 'error',
      from: { path: '^src/renderer/phone/' },
      to: { path: AI },
    },
    {
      name: 'phone-reaches-no-ai',
      comment:
        "The same, through any chain of imports: phone's code must not reach AI code through another module " +
        "(as phone/strings.ts did, through the i18n registry's type). Tests may set up i18n with every feature's strings.",
      severity: 'error',
      from: { path: '^src/renderer/phone/', pathNot: TEST_CODE },
      to: { path: AI, reachable: true },
    },
    ...withExceptions(
      {
        name: 'features-know-no-shell',
        comment:
          'src/renderer/app is the shell: start-up, layout and the wiring between features. It imports the ' +
          'features; the features (and bridge/, i18n/, callData/) do not import it. Exceptions, by path, in ' +
          'SHELL_EXCEPTIONS in .dependency-cruiser.cjs.',
        severity: 'error',
        from: { path: '^src/renderer/[^/]+/', pathNot: '^src/renderer/app/' },
        to: { path: '^src/renderer/app/' },
      },
      SHELL_EXCEPTIONS,
    ),
    {
      name: 'no-circular',
      comment:
        "Modules that import each other, directly or round a loop: usually a folder's index.ts re-exporting a " +
        'file that imports the index. Import from the file itself, or move what both need to a third file.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-prod-imports-tests',
      comment:
        'Tests (*.test.ts(x), *.testing.ts, fixtures/, e2e/, bench/, scripts/) may import any code; production ' +
        'code imports no test code, so none of it ships.',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_CODE },
      to: { path: TEST_CODE },
    },
    {
      name: 'no-unresolvable',
      comment:
        'An import dependency-cruiser cannot resolve is one no rule above can judge: fix the path, or teach ' +
        'the resolver (enhancedResolveOptions below).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The fixtures break every rule on purpose (scripts/dep-rules.test.mjs cruises them on their own).
    exclude: { path: '^scripts/fixtures/dep-rules/' },
    tsPreCompilationDeps: true,
    // Package subpaths (@orama/stopwords/english, onnxruntime-web/wasm) resolve through package.json "exports".
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
