// The address a spawned `claimdesk serve` prints once it listens ("… serving at URL"), shared
// by the benches that time serve start from the spawn.
import type { ChildProcessWithoutNullStreams, ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

type ServeChild = ChildProcessWithoutNullStreams | ChildProcessByStdio<null, Readable, Readable>;

/** Resolves with the URL (with its ?token=) the child prints; rejects if it exits first. */
export function serveAddress(child: ServeChild): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving at (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}
