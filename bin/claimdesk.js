#!/usr/bin/env node
// The claimdesk command. It runs the build made ahead of time (out/cli/cli.js; `npm ci` makes
// it through `prepare`, `npm run build` remakes it), so no TypeScript is compiled when a user
// runs a command.
//
// During development the sources can be newer than that build (an edit, a checkout): then it
// runs the sources through tsx instead, slower, and says so on stderr, so a command never runs
// code older than what is checked out. Without a build and without the sources it says what to do.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const args = process.argv.slice(2);
// --version is package.json's version whichever way the command runs: answered here, before
// the build's freshness is checked (a walk over every source file) or the command is loaded.
// Written to the descriptor, not through process.stdout: making that stream (a pipe's or a
// terminal's) was a twentieth of the command's instructions (525 M → 501 M, cachegrind).
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const text = `${require('../package.json').version}\n`;
  try {
    fs.writeSync(1, text);
  } catch (error) {
    // A non-blocking descriptor that is full takes the stream after all; a reader gone is no error.
    if (error.code === 'EAGAIN') process.stdout.write(text);
    else if (error.code !== 'EPIPE') throw error;
  }
  return;
}
const { ROOT, BUILT_CLI, builtCliState } = require('../scripts/built-cli.cjs');

const state = builtCliState();
if (state === 'current') {
  require('../scripts/code-cache.cjs').useCodeCache(path.dirname(BUILT_CLI));
  require(BUILT_CLI);
} else {
  const source = path.join(ROOT, 'src', 'main', 'cli', 'index.ts');
  let tsx = null;
  try {
    tsx = require.resolve('tsx');
  } catch {
    // tsx is not installed: only the build can run.
  }
  if (!tsx || !fs.existsSync(source)) {
    process.stderr.write(`claimdesk: the command is not built (${BUILT_CLI} is ${state}). Run "npm run build" in ${ROOT}.\n`);
    process.exit(1);
  }
  process.stderr.write(`claimdesk: ${state === 'missing' ? 'not built yet' : 'the build is older than the sources'}; running the sources through tsx (slower). "npm run build" makes it fast again.\n`);
  // --import tsx: the command loads its subcommands with import(), which needs tsx's ESM hook too.
  // (child_process is required only here: loading it takes tens of milliseconds of every command.)
  const { spawn } = require('node:child_process');
  const child = spawn(process.execPath, ['--import', 'tsx', source, ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}
