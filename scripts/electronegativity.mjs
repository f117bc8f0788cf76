#!/usr/bin/env node
// npm run security: Electronegativity (Doyensec's static checker for Electron apps) over the main
// process and preload sources, and over the built bundle when there is one. Fails on any HIGH
// finding that is not on the allowlist below, on a file it could not parse (a blind spot), and on
// an allowlist entry that no longer matches anything (so the list cannot quietly go stale).
//
// Offline by construction: Electronegativity fetches translations and Electron's release list
// at run time; here its HTTP client is replaced by one that refuses at once, and the check that
// needs the release list (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK) is skipped. The Electron version
// is the installed one, passed explicitly (-e). Keeping Electron patched is npm's job (npm outdated).
//
// Output: test-results/electronegativity/<target>.sarif (as the tool writes it) and
// <target>.csv (one row per finding, with its severity and whether the allowlist covered it).
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'test-results', 'electronegativity');
const require = createRequire(import.meta.url);

/**
 * HIGH findings that are false positives, each by check, file and the source line it flags, with
 * the reason and the test that proves the reason. Never a check or a file on its own.
 */
const ALLOWLIST = [
  {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/index.ts',
    line: /new BrowserWindow\(windowOptions\(/,
    why:
      'The check looks for contextIsolation inside the object literal passed to new BrowserWindow(); ours comes from ' +
      'windowOptions() in src/main/window-options.ts, which sets contextIsolation: true (and sandbox: true). ' +
      'Proved by tests/unit/window-options.test.ts and tests/unit/electron-security.test.ts ("turns every dangerous switch off", ' +
      '"builds every BrowserWindow from windowOptions()").',
  },
];

// What is scanned. The sources are scanned as one tree so that the global checks (navigation
// limits, permission handler, CSP) see main, preload and the renderer's index.html together.
// The bundle in out/ is scanned too, but note that the atomic checks do not recognise
// `new electron.BrowserWindow(...)` in bundled code: the source scan is the one that counts.
const TARGETS = [{ name: 'src', dir: path.join(ROOT, 'src'), pick: ['main', 'preload', path.join('renderer', 'index.html')] }];
if (fs.existsSync(path.join(ROOT, 'out', 'main', 'index.js'))) TARGETS.push({ name: 'out', dir: path.join(ROOT, 'out'), pick: ['main', 'preload', 'renderer'] });

function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/** No network: Electronegativity's `got` refuses every request at once. */
function goOffline() {
  const refuse = () => Promise.reject(new Error('offline: Claimdesk runs Electronegativity without network access'));
  const offlineGot = Object.assign(refuse, { get: refuse, head: refuse, post: refuse, stream: refuse, extend: () => offlineGot });
  const load = Module._load;
  Module._load = function (request, parent, isMain) {
    if (request === 'got' && parent?.filename?.includes(`${path.sep}@doyensec${path.sep}electronegativity${path.sep}`)) return offlineGot;
    return load.call(this, request, parent, isMain);
  };
}

/** A copy of the picked parts of a tree, so one scan sees exactly main + preload (+ the page's CSP). */
function stage(target) {
  const dir = fs.mkdtempSync(path.join(OUT, `${target.name}-`));
  for (const part of target.pick) {
    const from = path.join(target.dir, part);
    if (!fs.existsSync(from)) continue;
    fs.cpSync(from, path.join(dir, part), { recursive: true });
  }
  return dir;
}

const csvCell = (value) => `"${String(value ?? '').replace(/"/g, '""')}"`;

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  goOffline();
  // The tool says so when its (refused) translation download fails; that is expected here.
  const log = console.log;
  console.log = (...args) => {
    if (!(args.length === 1 && args[0] === 'Could not retrieve updated translations for the current locale')) log(...args);
  };
  const run = require('@doyensec/electronegativity');
  const version = electronVersion();
  console.log(`Electronegativity ${require('@doyensec/electronegativity/package.json').version}, Electron ${version} (from node_modules/electron), offline`);

  const used = new Set();
  const problems = [];
  for (const target of TARGETS) {
    const staged = stage(target);
    try {
      const sarif = path.join(OUT, `${target.name}.sarif`);
      const result = await run(
        {
          input: staged,
          output: sarif,
          isSarif: true,
          isRelative: true,
          electronVersionOverride: version,
          excludeFromScan: ['availablesecurityfixesglobalcheck'],
          customScan: [],
          parserPlugins: [],
          severitySet: 'informational',
          confidenceSet: 'tentative',
        },
        false,
      );
      const sourceLines = (file) => {
        try {
          return fs.readFileSync(path.join(staged, file), 'utf8').split('\n');
        } catch {
          return [];
        }
      };
      const rows = [['check', 'severity', 'confidence', 'file', 'line', 'manual review', 'allowlisted', 'description'].map(csvCell).join(',')];
      let high = 0;
      for (const issue of result.issues) {
        const severity = issue.severity.name;
        const lineText = sourceLines(issue.file)[issue.location.line - 1] ?? '';
        const allowed = ALLOWLIST.findIndex((a) => a.check === issue.id && a.file === issue.file && a.line.test(lineText));
        if (allowed >= 0) used.add(allowed);
        rows.push([issue.id, severity, issue.confidence.name, issue.file, issue.location.line, issue.manualReview, allowed >= 0, issue.description].map(csvCell).join(','));
        const where = `${target.name}/${issue.file}:${issue.location.line}`;
        console.log(`  ${severity.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id.padEnd(40)} ${where}${allowed >= 0 ? '  (allowlisted)' : ''}`);
        if (severity === 'HIGH' && allowed < 0) {
          high++;
          problems.push(`HIGH ${issue.id} at ${where}: ${issue.description}`);
        }
      }
      for (const error of result.errors) {
        console.log(`  parse ${error.tolerable ? 'warning' : 'ERROR'}: ${error.file}: ${error.message}`);
        if (!error.tolerable) problems.push(`could not parse ${target.name}/${error.file} (${error.message}): it was not checked`);
      }
      fs.writeFileSync(path.join(OUT, `${target.name}.csv`), `${rows.join('\n')}\n`);
      console.log(`${target.name}: ${result.issues.length} findings, ${high} HIGH not allowlisted, ${result.errors.length} parse errors (${path.relative(ROOT, sarif)})`);
    } finally {
      fs.rmSync(staged, { recursive: true, force: true });
    }
  }
  ALLOWLIST.forEach((entry, i) => {
    if (!used.has(i)) problems.push(`allowlist entry ${entry.check} in ${entry.file} matched nothing: remove it`);
  });
  if (problems.length) {
    console.error(`\nElectronegativity: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nElectronegativity: no HIGH findings (other than the allowlisted false positives).');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
