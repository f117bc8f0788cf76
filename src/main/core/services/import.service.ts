// Getting articles in: files, folders and URLs become articles, one transaction each.
// One bad file is reported with its reason and the rest go on.
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleSummary } from '../../../shared/domain';
import type { MethodResult } from '../../../shared/contract';
import { AppError } from '../errors';
import { fetchArticle, ImportError, MAX_IMPORT_BYTES, type ImportedDocument } from '../import';
import { Worker } from 'node:worker_threads';
import { createArticle, prepareArticle, storePreparedArticles, titleForText, type PreparedArticle } from './article.service';
import { parseDocumentOffThread, parseUploadOffThread } from '../import/in-worker';
import type { PrepareRequest, PrepareResult } from './import.worker';
import type { ServiceContext } from './context';

export type ImportOutcome =
  | { target: string; status: 'imported' | 'duplicate'; article: ArticleSummary; warnings: string[] }
  | { target: string; status: 'failed' | 'skipped'; reason: string; reasonCode: string | null };

export interface ImportSummary {
  imported: number;
  duplicates: number;
  failed: number;
  /** Files that are no document Claimdesk reads (images, archives, programs): listed with the reason, not failures. */
  skipped: number;
  results: ImportOutcome[];
}

export const isUrl = (target: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(target) || /^(javascript|data|file|mailto):/i.test(target);

/** Reads one file with the size limit checked before a single byte is read. */
export async function parseFile(file: string): Promise<ImportedDocument> {
  let stat: fs.Stats;
  try {
    // Synchronous on purpose: one small file at a time, and awaiting the thread pool left the
    // event loop idle for a sixth of a bulk import.
    stat = fs.statSync(file);
  } catch {
    throw new ImportError('not_found', `${file}: no such file.`);
  }
  if (!stat.isFile()) throw new ImportError('not_found', `${file} is not a file.`);
  if (stat.size > MAX_IMPORT_BYTES) {
    throw new ImportError('too_large', `${path.basename(file)} is ${(stat.size / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB.`);
  }
  const bytes = fs.readFileSync(file);
  return parseDocumentOffThread({ bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName: path.basename(file) });
}

/** An imported document as the article it becomes: its text and the metadata found in it. */
function articleInputOf(doc: ImportedDocument) {
  return { text: doc.text, title: doc.title, url: doc.url, publisher: doc.publisher, author: doc.author, publishedAt: doc.publishedAt, language: doc.language };
}

export async function saveDocument(ctx: ServiceContext, doc: ImportedDocument) {
  return createArticle(ctx, articleInputOf(doc));
}

/**
 * Every file below a folder (hidden files and folders skipped), in a stable order, and the links
 * it did not follow. A link is followed when what it points to is inside the folder the person
 * chose (the folder's real path): a link out of it (to ~/.ssh, to /) is skipped with its reason,
 * as is a link to nothing. Each real folder and file is taken once, so a link back up the tree
 * (sub/up -> ..) is no loop and a file reached by two names is imported once.
 */
export async function listFiles(dir: string): Promise<{ files: string[]; refused: ImportOutcome[] }> {
  const root = await fs.promises.realpath(dir);
  const seen = new Set<string>([root]);
  const files: string[] = [];
  const refused: ImportOutcome[] = [];
  const inside = (real: string) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  /** folder as it will be shown (under the path given); realFolder its real path. */
  const walk = async (folder: string, realFolder: string): Promise<void> => {
    const entries = await fs.promises.readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      let real = path.join(realFolder, entry.name);
      if (entry.isSymbolicLink()) {
        const target = await fs.promises.realpath(full).catch(() => null);
        const stat = target === null ? null : await fs.promises.stat(target).catch(() => null);
        if (target === null || stat === null) {
          refused.push({ target: full, status: 'skipped', reason: `${full} is a link to nothing; it was not followed.`, reasonCode: 'link_broken' });
          continue;
        }
        if (!inside(target)) {
          refused.push({ target: full, status: 'skipped', reason: `${full} is a link out of the folder being imported (to ${target}); links are followed only within it.`, reasonCode: 'link_outside' });
          continue;
        }
        real = target;
        isDirectory = stat.isDirectory();
        isFile = stat.isFile();
      }
      if (!isDirectory && !isFile) continue; // a socket, a device, a pipe
      if (seen.has(real)) continue; // the same folder or file under another name: taken once
      seen.add(real);
      if (isDirectory) await walk(full, real);
      else files.push(full);
    }
  };
  await walk(dir, root);
  return { files, refused };
}

/**
 * Expands folders to their files; URLs and files stay as given. A path the person named is
 * followed wherever it leads (a link to a file or folder they chose is their choice); inside a
 * folder see listFiles.
 */
export async function expandTargets(targets: string[]): Promise<{ files: string[]; refused: ImportOutcome[] }> {
  const files: string[] = [];
  const refused: ImportOutcome[] = [];
  for (const target of targets) {
    if (isUrl(target)) {
      files.push(target);
      continue;
    }
    const stat = await fs.promises.stat(target).catch(() => null);
    if (stat?.isDirectory()) {
      const listed = await listFiles(target);
      files.push(...listed.files);
      refused.push(...listed.refused);
    } else files.push(target);
  }
  return { files, refused };
}

/** Why an import failed: the plain sentence, and a stable code where the failure has one. */
export function failureOf(error: unknown): { reason: string; reasonCode: string | null } {
  if (error instanceof ImportError) return { reason: error.message, reasonCode: error.code };
  if (error instanceof AppError) return { reason: error.message, reasonCode: typeof error.details?.reason === 'string' ? error.details.reason : error.code };
  return { reason: `Unexpected error: ${(error as Error)?.message ?? String(error)}`, reasonCode: null };
}

/** Reasons that mean "this is not a document we read" rather than "this document went wrong". */
const NOT_A_DOCUMENT = new Set<string>(['binary', 'unsupported']);

/** A file that was not imported: skipped when it is no document Claimdesk reads, else failed. */
export function notImported(target: string, failure: { reason: string; reasonCode: string | null }): ImportOutcome {
  const status = failure.reasonCode !== null && NOT_A_DOCUMENT.has(failure.reasonCode) ? 'skipped' : 'failed';
  return { target, status, ...failure };
}

function tally(summary: ImportSummary, outcome: ImportOutcome): void {
  summary.results.push(outcome);
  if (outcome.status === 'imported') summary.imported++;
  else if (outcome.status === 'duplicate') summary.duplicates++;
  else if (outcome.status === 'skipped') summary.skipped++;
  else summary.failed++;
}

export async function importOne(ctx: ServiceContext, target: string): Promise<ImportOutcome> {
  try {
    const doc = isUrl(target) ? await fetchArticle(target) : await parseFile(target);
    const { article, duplicate } = await saveDocument(ctx, doc);
    return { target, status: duplicate ? 'duplicate' : 'imported', article, warnings: doc.warnings };
  } catch (error) {
    return notImported(target, failureOf(error));
  }
}

/** Reads without saving, so the person can check and edit the metadata first. */
export async function previewImport(
  ctx: ServiceContext,
  input: { fileName: string; contentBase64: string } | { url: string } | { text: string },
): Promise<MethodResult<'import.preview'>> {
  void ctx;
  // Pasted text is stored as given: only the title saving would derive for it is new.
  if ('text' in input) {
    const pasted = { title: null, author: null, publisher: null, publishedAt: null, url: null, language: null, format: 'text' as const, warnings: [] };
    return { text: input.text, ...pasted, suggestedTitle: await titleForText(input.text) };
  }
  try {
    const doc = 'url' in input ? await fetchArticle(input.url) : await parseUploadOffThread({ fileName: input.fileName, contentBase64: input.contentBase64 });
    // The title saving this document as it is would store (see articleInputOf and articles.create).
    return { ...doc, suggestedTitle: doc.title?.trim() || (await titleForText(doc.text)) };
  } catch (error) {
    if (error instanceof ImportError) throw new AppError('import', error.message, { reason: error.code });
    throw error;
  }
}

export async function importUploadedFile(ctx: ServiceContext, input: { fileName: string; contentBase64: string }): Promise<ImportOutcome> {
  try {
    const doc = await parseUploadOffThread({ fileName: input.fileName, contentBase64: input.contentBase64 });
    const { article, duplicate } = await saveDocument(ctx, doc);
    return { target: input.fileName, status: duplicate ? 'duplicate' : 'imported', article, warnings: doc.warnings };
  } catch (error) {
    return notImported(input.fileName, failureOf(error));
  }
}

export async function importTargets(
  ctx: ServiceContext,
  targets: string[],
  onProgress?: (done: number, total: number, current: string) => void,
  signal?: AbortSignal,
): Promise<ImportSummary> {
  const { files, refused } = await expandTargets(targets);
  const summary: ImportSummary = { imported: 0, duplicates: 0, failed: 0, skipped: 0, results: [] };
  for (const outcome of refused) tally(summary, outcome);
  const worker = files.length >= PIPELINE_MIN_FILES && !files.some(isUrl) ? startPrepareWorker() : null;
  if (!worker) return importEach(ctx, files, summary, onProgress, signal);
  try {
    return await importPipelined(ctx, worker, files, summary, onProgress, signal);
  } finally {
    await worker.terminate();
  }
}

const PIPELINE_MIN_FILES = 20;
const IN_FLIGHT = 32;
/** At most this many articles share one transaction in a bulk import. */
const BATCH_MAX = 32;

/**
 * A worker that prepares files (read, parse, extract) while this thread writes them: on two
 * cores that is most of the difference between ~430 and ~600 articles a second. Built (the
 * claimdesk command, out/cli) it runs import.worker.js beside this chunk; from the sources
 * (tests, the bench) it runs import.worker.ts through tsx. Inside Electron it is null (a
 * worker cannot load from the app's asar archive), and the import runs in this thread.
 */
function startPrepareWorker(): Worker | null {
  if (process.versions.electron) return null;
  try {
    if (!__filename.endsWith('.ts')) {
      const built = path.join(__dirname, 'import.worker.js');
      return fs.existsSync(built) ? new Worker(built) : null;
    }
    const workerFile = __filename.replace(/import\.service\.ts$/, 'import.worker.ts');
    // Absolute paths: the eval'd worker resolves modules from the current folder, not from here.
    const tsx = require.resolve('tsx/cjs/api');
    return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(workerFile)});`, { eval: true });
  } catch {
    return null;
  }
}

/** Reads, parses and extracts one file: what the worker does, and what this thread does if the worker is gone. */
export async function prepareFile(target: string): Promise<PrepareOutcome> {
  try {
    const doc = await parseFile(target);
    const prepared = await prepareArticle(articleInputOf(doc));
    return { ok: true, prepared, warnings: doc.warnings };
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  }
}

export type PrepareOutcome = { ok: true; prepared: PreparedArticle; warnings: string[] } | { ok: false; reason: string; reasonCode: string | null };

async function importPipelined(
  ctx: ServiceContext,
  worker: Worker,
  files: string[],
  summary: ImportSummary,
  onProgress?: (done: number, total: number, current: string) => void,
  signal?: AbortSignal,
): Promise<ImportSummary> {
  const waiting = new Map<number, (result: PrepareOutcome | null) => void>();
  const ready = new Map<number, PrepareOutcome>();
  // Once the worker is gone (an error, or an exit nobody asked for), the rest is prepared here.
  let workerGone = false;
  const giveUp = () => {
    workerGone = true;
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
  };
  worker.on('message', (result: PrepareResult) => {
    const resolve = waiting.get(result.seq);
    if (resolve) {
      waiting.delete(result.seq);
      resolve(result);
    } else ready.set(result.seq, result);
  });
  worker.on('error', giveUp);
  worker.on('exit', giveUp);
  const fromWorker = (seq: number) =>
    new Promise<PrepareOutcome | null>((resolve) => {
      const done = ready.get(seq);
      if (done) {
        ready.delete(seq);
        resolve(done);
      } else if (workerGone) resolve(null);
      else waiting.set(seq, resolve);
    });
  /** A result the worker has already sent, without waiting for one. */
  const takeReady = (seq: number): PrepareOutcome | undefined => {
    const done = ready.get(seq);
    if (done) ready.delete(seq);
    return done;
  };
  const send = (seq: number) => {
    if (seq < files.length && !workerGone) worker.postMessage({ seq, target: files[seq]! } satisfies PrepareRequest);
  };
  for (let seq = 0; seq < Math.min(IN_FLIGHT, files.length); seq++) send(seq);

  // Files prepared while the last batch was written are stored together, in one transaction
  // (storePreparedArticles), in file order: the batch grows only when writing is what waits.
  let seq = 0;
  while (seq < files.length && !signal?.aborted) {
    const batch: Array<{ target: string; result: PrepareOutcome }> = [];
    do {
      const target = files[seq]!;
      onProgress?.(seq, files.length, target);
      let result: PrepareOutcome | undefined;
      if (batch.length === 0) {
        result = (await fromWorker(seq)) ?? (await prepareFile(target));
        // One turn of the event loop lets the worker's queued answers arrive (each is delivered
        // as a task of its own), so the batch takes in everything already prepared.
        await new Promise<void>((resolve) => setImmediate(resolve));
      } else result = takeReady(seq);
      if (!result) break;
      batch.push({ target, result });
      send(seq + IN_FLIGHT);
      seq++;
    } while (seq < files.length && batch.length < BATCH_MAX && !signal?.aborted);
    const stored = batch.filter((b) => b.result.ok);
    const answers = await storePreparedArticles(ctx, stored.map((b) => (b.result as Extract<PrepareOutcome, { ok: true }>).prepared));
    const answerOf = new Map(stored.map((b, i) => [b, answers[i]!] as const));
    for (const b of batch) {
      let outcome: ImportOutcome;
      const answer = answerOf.get(b);
      if (!b.result.ok) outcome = notImported(b.target, b.result);
      else if (!answer || 'error' in answer) outcome = notImported(b.target, failureOf(answer?.error));
      else outcome = { target: b.target, status: answer.duplicate ? 'duplicate' : 'imported', article: answer.article, warnings: b.result.warnings };
      tally(summary, outcome);
    }
  }
  onProgress?.(files.length, files.length, '');
  return summary;
}

async function importEach(
  ctx: ServiceContext,
  files: string[],
  summary: ImportSummary,
  onProgress?: (done: number, total: number, current: string) => void,
  signal?: AbortSignal,
): Promise<ImportSummary> {
  for (const [i, target] of files.entries()) {
    if (signal?.aborted) break;
    onProgress?.(i, files.length, target);
    const outcome = await importOne(ctx, target);
    tally(summary, outcome);
  }
  onProgress?.(files.length, files.length, '');
  return summary;
}
