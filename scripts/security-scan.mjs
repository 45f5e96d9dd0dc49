// `npm run test:security`: electronegativity (Electron's security checklist as static
// analysis) over the desktop shell's sources, offline, failing on any finding of medium
// severity or above. Every check left out is listed below with the reason.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const runnerPath = require.resolve('@doyensec/electronegativity');

// Offline: the tool fetches fresh translations of its messages at start-up. Answer that
// request with a refusal, so that a run never touches the network and never waits on it.
const gotPath = createRequire(runnerPath).resolve('got');
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: () => Promise.reject(new Error('offline')),
};
const run = require(runnerPath).default ?? require(runnerPath);

const EXCLUDED = {
  // Online: it downloads Electron's release list to look for missed security fixes.
  AvailableSecurityFixesGlobalCheck: 'needs the network; Electron is pinned in package.json',
};

// A finding the tool raises on a line that does the opposite of what it fears, one file each,
// with the reason and the test that holds it. Anything else in that file, or that check
// anywhere else, still fails the run.
const WAIVED = [
  {
    id: 'CERTIFICATE_VERIFY_PROC_JS_CHECK',
    file: 'src-main/electron/certificate-policy.ts',
    why: 'the proc refuses every certificate (stricter than the default, never an opt-out); certificate-policy.test.ts',
  },
];
const waived = (f) =>
  WAIVED.some((w) => w.id === f.id && f.file.replace(/\\/g, '/').endsWith(w.file));

// The shell, and the page it loads: the CSP check reads the <meta> of index.html (the same
// policy is also a response header, app-protocol.ts). The rest of the renderer is a web page
// served under that CSP, and the core never imports Electron (eslint enforces it). The tool
// takes one folder, so both are copied into one, under their paths in the repository.
// A folder given on the command line replaces them (the scanner's own test uses that).
const SCANNED = ['src-main/electron', 'src-renderer/index.html'];
let input;
if (process.argv[2]) input = path.resolve(process.argv[2]);
else {
  input = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-scan-'));
  for (const rel of SCANNED)
    fs.cpSync(path.join(root, rel), path.join(input, rel), { recursive: true });
  process.on('exit', () => fs.rmSync(input, { recursive: true, force: true }));
}
const ELECTRON_VERSION = require('electron/package.json').version;

const result = await run({
  input,
  electronVersionOverride: ELECTRON_VERSION,
  severitySet: 'medium',
  confidenceSet: 'tentative',
  isRelative: true,
  excludeFromScan: Object.keys(EXCLUDED),
  parserPlugins: [],
});

// MEDIUM is 2 and HIGH 3 in the tool's scale; tests and their fakes are not shipped.
const shipped = (f) => !/\.test\.ts$|(^|[\\/])testing[\\/]/.test(f.file);
const serious = result.issues.filter((f) => shipped(f) && f.severity.value >= 2);
const findings = serious.filter((f) => !waived(f));
for (const f of serious.filter(waived))
  console.log(
    `waived ${f.id} ${f.file}:${f.location.line}: ${WAIVED.find((w) => w.id === f.id)?.why}`,
  );
// A file the tool could not parse was not checked: that fails the run too.
for (const e of result.errors)
  console.error(`not parsed: ${e.file}: ${e.message ?? e.error ?? ''}`);
for (const f of findings)
  console.error(
    `${f.severity.name} ${f.confidence.name} ${f.id} ${f.file}:${f.location.line}:${f.location.column} ${f.description}`,
  );
console.log(
  `electronegativity ${ELECTRON_VERSION}: ${result.globalChecks} global and ${result.atomicChecks} atomic checks over ${process.argv[2] ? path.relative(root, input) : SCANNED.join(' and ')}; excluded: ${Object.keys(EXCLUDED).join(', ')}; ${findings.length} finding(s) of medium severity or above`,
);
process.exit(findings.length > 0 || result.errors.length > 0 ? 1 : 0);
