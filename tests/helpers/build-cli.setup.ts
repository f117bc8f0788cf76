// Vitest global set-up: the tests that run `claimdesk` spawn bin/claimdesk.js, which runs the
// build in out/cli. Build it first when it is missing or older than the sources, so those
// tests exercise the built command as users run it (not the tsx fallback for development).
import { execFileSync } from 'node:child_process';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ROOT, builtCliState } = require('../../scripts/built-cli.cjs') as { ROOT: string; builtCliState(): 'missing' | 'stale' | 'current' };

export default function setup(): void {
  const state = builtCliState();
  if (state === 'current') return;
  process.stderr.write(`claimdesk build is ${state}: running npm run build before the tests…\n`);
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
  if (builtCliState() !== 'current') throw new Error('npm run build ran, but out/cli/cli.js is still older than the sources.');
}
