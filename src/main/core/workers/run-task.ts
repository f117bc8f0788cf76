// Heavy work on untrusted input (parsing DOCX, PDF and HTML; rendering reports) runs in a worker
// thread with a heap limit and a deadline, so that a hostile or huge file costs one refused
// call with its reason, never the host process (an out-of-memory in the main thread ends it),
// and the main thread stays free to answer other calls meanwhile.
//
// One worker per pool ('parse', 'report', 'body') is kept while it is busy and for a short while after,
// and runs one task at a time: a worker that breaks a limit is ended, and the task that broke
// it is the one refused. Where no worker can be started (a bundle built without the worker
// entry), the task runs in this thread with the size caps of the parsers as the only guard.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, Worker } from 'node:worker_threads';
import type { TaskRequest, TaskResponse } from './task.worker';
import { taskRunners, type TaskFailure, type TaskName, type Tasks } from './tasks';

export interface PoolLimits {
  /** Heap (old generation) of the worker, in MB. Buffers outside the heap are bounded by the parsers' own caps. */
  maxHeapMb: number;
  /** Time one task may take. */
  timeoutMs: number;
  /** Stack of the worker, in MB (deeply nested input). */
  stackMb: number;
}

export type PoolName = 'parse' | 'report' | 'body' | 'match';

export const POOL_LIMITS: Record<PoolName, PoolLimits> = {
  parse: { maxHeapMb: 768, timeoutMs: 60_000, stackMb: 16 },
  report: { maxHeapMb: 1024, timeoutMs: 300_000, stackMb: 8 },
  // Large request bodies of the serve host (at most 100 MB of JSON).
  body: { maxHeapMb: 1024, timeoutMs: 60_000, stackMb: 8 },
  // "Checked before?" matching of the host's background flagging (factcheck.service.ts): a job
  // answers within about 50 ms of matching; its caches of library analyses are bounded.
  match: { maxHeapMb: 512, timeoutMs: 120_000, stackMb: 8 },
};

/** A task ended for breaking a limit (or its worker died): what, and the limit. */
export class TaskLimitError extends Error {
  override readonly name = 'TaskLimitError';
  constructor(
    readonly reason: 'memory' | 'time' | 'crashed',
    readonly limits: PoolLimits,
    message: string,
  ) {
    super(message);
  }
}

/** An error the task itself threw, rebuilt on this side with its name and code. */
export class TaskError extends Error {
  readonly code: string | undefined;
  constructor(failure: TaskFailure) {
    super(failure.message);
    this.name = failure.name;
    this.code = failure.code;
  }
}

const IDLE_MS = 20_000;

interface Pending {
  request: TaskRequest;
  transfer: ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

class Pool {
  private worker: Worker | null = null;
  private queue: Pending[] = [];
  private running: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private nextId = 1;

  constructor(
    readonly name: PoolName,
    readonly limits: PoolLimits,
  ) {}

  run(task: TaskName, input: unknown, transfer: ArrayBuffer[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, task, input }, transfer, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const worker = this.ensureWorker();
    const job = this.queue.shift()!;
    if (!worker) {
      // No worker available: run here.
      (taskRunners[job.request.task] as (input: unknown) => Promise<unknown>)(job.request.input).then(job.resolve, job.reject);
      return this.pump();
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.running = job;
    worker.ref();
    this.timer = setTimeout(() => this.fail(new TaskLimitError('time', this.limits, `it took longer than ${Math.round(this.limits.timeoutMs / 1000)} s`)), this.limits.timeoutMs);
    worker.postMessage(job.request, job.transfer);
  }

  private ensureWorker(): Worker | null {
    if (this.worker) return this.worker;
    const worker = startWorker(this.limits);
    if (!worker) return null;
    worker.on('message', (response: TaskResponse) => {
      const job = this.running;
      if (!job || job.request.id !== response.id) return;
      this.finish();
      if (response.ok) job.resolve(response.value);
      else job.reject(new TaskError(response.error));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(new TaskLimitError(memory ? 'memory' : 'crashed', this.limits, memory ? `it needed more than ${this.limits.maxHeapMb} MB of memory` : `its worker failed (${error.message})`));
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      if (this.running) this.fail(new TaskLimitError('crashed', this.limits, 'its worker ended unexpectedly'));
    });
    this.worker = worker;
    return worker;
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = null;
    if (this.queue.length > 0) return void setImmediate(() => this.pump());
    const worker = this.worker;
    worker?.unref();
    this.idleTimer = setTimeout(() => {
      if (this.worker === worker && !this.running) {
        this.worker = null;
        void worker?.terminate();
      }
    }, IDLE_MS);
    this.idleTimer.unref();
  }

  /** Ends the worker once it is idle. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    await worker?.terminate();
  }

  /** Ends the worker and refuses the running task with `error`; the queue goes on in a new worker. */
  private fail(error: TaskLimitError): void {
    const job = this.running;
    const worker = this.worker;
    this.worker = null;
    this.finish();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    void worker?.terminate();
    job?.reject(error);
    this.pump();
  }
}

/**
 * The worker entry: the TypeScript source through tsx where the sources run as TypeScript (the
 * claimdesk command, tests), else task.worker.js of the bundle (electron-vite builds it).
 */
function startWorker(limits: PoolLimits): Worker | null {
  const resourceLimits = { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: limits.stackMb };
  try {
    if (__filename.endsWith('.ts')) {
      const entry = join(__dirname, 'task.worker.ts');
      // Absolute paths: the eval'd worker resolves modules from the current folder, not from here.
      const tsx = require.resolve('tsx/cjs/api');
      return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`, { eval: true, resourceLimits });
    }
    // Beside this file, or one folder up when this code was bundled into a shared chunk.
    const entry = [join(__dirname, 'task.worker.js'), join(__dirname, '..', 'task.worker.js')].find((file) => existsSync(file));
    return entry ? new Worker(entry, { resourceLimits }) : null;
  } catch {
    return null;
  }
}

const pools = new Map<PoolName, Pool>();

/** Changes a pool's limits (tests prove a broken limit is an error); its current worker ends. */
export async function setPoolLimits(pool: PoolName, limits: Partial<PoolLimits>): Promise<void> {
  await pools.get(pool)?.close();
  pools.set(pool, new Pool(pool, { ...POOL_LIMITS[pool], ...limits }));
}

/** Runs `task` in the pool's worker; `transfer` hands buffers over instead of copying them. */
export function runTask<K extends TaskName>(pool: PoolName, task: K, input: Tasks[K]['input'], transfer: ArrayBuffer[] = []): Promise<Tasks[K]['output']> {
  // Already in a worker (the bulk import's preparing worker): off the host's thread, and its
  // starter handles its end (the import goes on in the host, through this pool), so run here.
  if (!isMainThread) return runTaskHere(task, input);
  let p = pools.get(pool);
  if (!p) {
    p = new Pool(pool, POOL_LIMITS[pool]);
    pools.set(pool, p);
  }
  return p.run(task, input, transfer) as Promise<Tasks[K]['output']>;
}

/** Runs `task` in this thread, without the worker's limits (for one-shot commands). */
export function runTaskHere<K extends TaskName>(task: K, input: Tasks[K]['input']): Promise<Tasks[K]['output']> {
  return (taskRunners[task] as (input: Tasks[K]['input']) => Promise<Tasks[K]['output']>)(input);
}
