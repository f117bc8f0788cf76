// Entry point of the claimdesk command.
import { main } from './main';

// A reader that stops early (`claimdesk list --json | head`) closes the pipe under a long
// answer: the rest of the output has nowhere to go, which is not the command's failure. The
// command still finishes what it was doing (an import half done is not cut off: nothing is
// lost), its further output is dropped, and no stack trace is printed.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.stdout.write = (() => true) as typeof process.stdout.write;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`claimdesk: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
