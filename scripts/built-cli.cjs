// Where the claimdesk command is built (out/cli/cli.js, by `npm run build`, which `npm ci`
// runs through `prepare`) and whether that build is current: not older than any source file
// it is made from. bin/claimdesk.js and the test set-up both ask.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const BUILT_CLI = path.join(ROOT, 'out', 'cli', 'cli.js');
const SOURCES = ['src/main', 'src/shared', 'db', 'package.json', 'vite.cli.config.mts'];

/** The newest modification time (ms) of the sources the command is built from. */
function newestSourceTime(root = ROOT) {
  let newest = 0;
  for (const entry of SOURCES) {
    const full = path.join(root, entry);
    let stat;
    try {
      stat = fs.statSync(full);
    } catch {
      continue;
    }
    newest = Math.max(newest, stat.isDirectory() ? newestFileTime(full) : stat.mtimeMs);
  }
  return newest;
}

/**
 * The newest modification time (ms) of the files under a folder. A walk of its own, not
 * readdirSync({ recursive: true }): on Node 20 that took 5-20 ms for the 200 source files this
 * walk reads in 3, on every command run from a checkout.
 */
function newestFileTime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    // Joined by hand: path.join normalised every path again (the walk took about 25 M instructions, now 9 M).
    const full = dir + path.sep + entry.name;
    if (entry.isDirectory()) newest = Math.max(newest, newestFileTime(full));
    else if (entry.isFile()) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Whether this copy is an installed package (it lies inside a node_modules folder): nobody edits
 * its sources there, so its build is the one to run and the walk over every source file (about
 * 190 stats, tens of milliseconds) is skipped.
 */
function isInstalled(root = ROOT) {
  return root.split(/[\\/]/).includes('node_modules');
}

/** 'missing', 'stale' (a source is newer) or 'current'. */
function builtCliState(root = ROOT) {
  let builtAt;
  try {
    builtAt = fs.statSync(path.join(root, 'out', 'cli', 'cli.js')).mtimeMs;
  } catch {
    return 'missing';
  }
  if (isInstalled(root)) return 'current';
  return newestSourceTime(root) > builtAt ? 'stale' : 'current';
}

module.exports = { ROOT, BUILT_CLI, builtCliState, isInstalled };
