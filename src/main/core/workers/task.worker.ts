// Entry of the limited worker thread (see run-task.ts): runs one named task at a time and
// answers with its result or its error, as plain data.
import { parentPort } from 'node:worker_threads';
import { taskRunners, type TaskFailure, type TaskName } from './tasks';

export interface TaskRequest {
  id: number;
  task: TaskName;
  input: unknown;
}
export type TaskResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: TaskFailure };

parentPort?.on('message', async ({ id, task, input }: TaskRequest) => {
  let response: TaskResponse;
  try {
    const run = taskRunners[task] as (input: unknown) => Promise<unknown>;
    response = { id, ok: true, value: await run(input) };
  } catch (error) {
    const e: Error & { code?: unknown } = error instanceof Error ? error : new Error(String(error));
    const code = typeof e.code === 'string' ? { code: e.code } : {};
    response = { id, ok: false, error: { name: e.name, message: e.message, ...code } };
  }
  parentPort!.postMessage(response);
});
