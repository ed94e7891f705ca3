// `npm run test:security`: Electronegativity (Doyensec's Electron security scanner) over the sources, with
// the false positives listed in electronegativity.json. Fails on any other HIGH or MEDIUM finding, on a
// file it could not parse (so it was not checked), and on a listed false positive that no longer occurs.
// Runs offline: its two network calls (translations, Electron's release list) are cut off here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Findings as { check, file, line, severity, confidence, description }, judged against the config. */
export function judge(findings, parseErrors, config) {
  const failOn = new Set(config.failOn);
  const listed = (f) => config.falsePositives.find((fp) => fp.check === f.check && fp.file === f.file);
  const failures = [];
  for (const f of findings) {
    if (failOn.has(f.severity) && !listed(f)) failures.push(`${f.severity} ${f.check} at ${f.file}:${f.line}: ${f.description}`);
  }
  for (const fp of config.falsePositives) {
    if (!findings.some((f) => f.check === fp.check && f.file === fp.file)) failures.push(`electronegativity.json lists ${fp.check} in ${fp.file}, which is no longer found: remove the entry`);
  }
  for (const e of parseErrors) failures.push(`could not parse ${e.file}, so it was not checked: ${e.message}`);
  return failures;
}

/** Loads Electronegativity's runner with its network calls cut off. */
function loadRunner() {
  const base = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const local = createRequire(`${base}/package.json`);
  // Its i18n module fetches translations from GitHub on every run: configure the bundled English instead.
  const i18nPath = local.resolve('./dist/locales/i18n.js');
  const i18n = createRequire(i18nPath)('i18n');
  const offlineI18n = async () => {
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: dirname(i18nPath), updateFiles: false, objectNotation: true, register: global });
    i18n.setLocale('en-US');
  };
  local.cache[i18nPath] = { id: i18nPath, filename: i18nPath, loaded: true, exports: offlineI18n };
  // And no check may reach the network (the release-list check is excluded in electronegativity.json).
  const gotPath = local.resolve('got');
  const offline = () => Promise.reject(new Error('network access is disabled in tests'));
  local.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { head: offline, get: offline, default: offline }) };
  return local('./dist/runner.js');
}

async function main() {
  const config = JSON.parse(readFileSync(resolve(root, 'electronegativity.json'), 'utf8'));
  const electron = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const run = loadRunner();
  const result = await run({
    input: resolve(root, config.input),
    isRelative: true,
    electronVersionOverride: electron,
    excludeFromScan: Object.keys(config.excludedChecks),
  });
  const findings = result.issues.map((i) => ({
    check: i.id,
    file: i.file.split('\\').join('/'),
    line: i.location.line,
    severity: i.severity.name,
    confidence: i.confidence.name,
    description: i.description,
  }));
  const parseErrors = result.errors.filter((e) => !e.tolerable);
  const failures = judge(findings, parseErrors, config);
  const listedCount = findings.filter((f) => config.falsePositives.some((fp) => fp.check === f.check && fp.file === f.file)).length;
  const lower = findings.filter((f) => !config.failOn.includes(f.severity)).length;
  console.log(`Electronegativity ${config.input}/ (Electron ${electron}): ${result.atomicChecks + result.globalChecks} checks, ${findings.length} findings — ${listedCount} listed false positives, ${lower} below ${config.failOn.join('/')}.`);
  if (failures.length) {
    console.error(failures.map((f) => `  ✗ ${f}`).join('\n'));
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(`electronegativity: ${e instanceof Error ? e.stack : e}`);
    process.exit(1);
  });
}
