// The preparing half of a bulk import, in a worker thread: read, parse, normalise and extract
// each file, so the main thread only writes. Files come in and go out in the same order.
import { parentPort } from 'node:worker_threads';
import { prepareFile, type PrepareOutcome } from './import.service';

export type PrepareRequest = { seq: number; target: string };
export type PrepareResult = PrepareOutcome & { seq: number; target: string };

parentPort?.on('message', async ({ seq, target }: PrepareRequest) => {
  parentPort!.postMessage({ seq, target, ...(await prepareFile(target)) } satisfies PrepareResult);
});
