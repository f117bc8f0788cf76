#!/usr/bin/env node
// better-sqlite3 is a native module: built for Node it runs the tests, the CLI and serve;
// built for Electron it runs the desktop app. This makes sure it is built for the one asked
// for, and rebuilds only when it is not (a marker file records the last target).
//
//   node scripts/ensure-native.mjs node      before tests, bench, CLI
//   node scripts/ensure-native.mjs electron  before npm start / npm run dev
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const target = process.argv[2];
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const moduleDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const marker = path.join(moduleDir, 'build', '.claimdesk-target');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function loadsInNode() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"], { cwd: root, stdio: 'pipe' });
  return probe.status === 0;
}

function writeMarker(value) {
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  fs.writeFileSync(marker, value);
}

if (target === 'node') {
  if (loadsInNode()) process.exit(0);
  console.error('better-sqlite3 is not built for this Node; rebuilding it (about a minute)…');
  execFileSync(npm, ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit' });
  if (!loadsInNode()) {
    console.error('better-sqlite3 still does not load in Node after a rebuild. Check that python3 and a C++ compiler are installed.');
    process.exit(1);
  }
  writeMarker(`node-${process.versions.modules}`);
} else if (target === 'electron') {
  const { electronBinary } = require('./electron-binary.cjs');
  const electronVersion = require('electron/package.json').version;
  if (!electronBinary()) {
    console.error(
      `The Electron ${electronVersion} binary is not installed (node_modules/electron/dist is missing).\n` +
        'Install it with a network that reaches Electron\'s downloads (npm install without ELECTRON_SKIP_BINARY_DOWNLOAD),\n' +
        'or use the same app in a browser: npm run serve',
    );
    process.exit(1);
  }
  const wanted = `electron-${electronVersion}`;
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === wanted) process.exit(0);
  console.error(`Rebuilding better-sqlite3 for Electron ${electronVersion}…`);
  // npm_config_nodedir points node-gyp at Node's headers; Electron needs its own.
  const env = { ...process.env };
  delete env.npm_config_nodedir;
  delete env.NPM_CONFIG_NODEDIR;
  execFileSync(npx, ['electron-rebuild', '-f', '-w', 'better-sqlite3', '-v', electronVersion], { cwd: root, stdio: 'inherit', env });
  writeMarker(wanted);
} else {
  console.error('usage: ensure-native.mjs node|electron');
  process.exit(2);
}
