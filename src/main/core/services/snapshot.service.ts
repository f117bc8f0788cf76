// Source snapshots: take one (fetch → WARC file → row), attach a file instead, read the stored
// text back with the excerpt found in it. Loaded on first use (snapshot.scheduler.ts).
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { MethodResult, ParsedInput } from '../../../shared/contract';
import type { Source } from '../../../shared/domain';
import { AppError, notFound } from '../errors';
import { formatBytes } from '../import/errors';
import { detectFormat } from '../import/sniff';
import { MAX_IMPORT_BYTES } from '../import/types';
import { captureUrl, readableTextOf, readableTextOfWarc, sha256Hex, type CaptureOptions } from '../snapshots/capture';
import { findExcerpt } from '../snapshots/excerpt';
import { newSnapshotFileName } from '../snapshots/snapshot-files';
import { snapshotFilesOf } from '../snapshots/snapshot-store';
import { buildWarc, concatBytes, conversionRecord, readWarc } from '../snapshots/warc';
import { findSnapshotRow, keepEarlierSnapshot, markSnapshotPending, replaceSnapshotFile, saveArchivedSnapshot, saveFailedSnapshot } from '../store/snapshot.repository';
import { findSourceRow, getSource } from '../store/source.repository';
import type { ServiceContext } from './context';

const software = (ctx: ServiceContext) => `Claimdesk ${ctx.appVersion} (warcio)`;

/**
 * Fetches a source and stores its snapshot, readable text included (see archiveSnapshot).
 */
export async function takeSnapshot(ctx: ServiceContext, sourceId: string, options: CaptureOptions = {}): Promise<Source | undefined> {
  const taken = await archiveSnapshot(ctx, sourceId, options);
  if (taken.readableText) {
    await taken.readableText;
    return getSource(ctx.store.db, sourceId);
  }
  return taken.source;
}

/**
 * Fetches a source and archives it: the row says `pending` while this runs; the WARC file with
 * the response as received (bytes, headers, SHA-256) is complete on disk before the row names it
 * and says `archived`. The readable text (Readability, a PDF's text layer) takes longer, up to
 * seconds for a page of megabytes: it is extracted after that, off the main thread, and
 * `readableText` settles when the file with the text added has replaced the first one. Until
 * then (or if the process stops first) sources.snapshotText extracts it on demand.
 * A retake that fails keeps the earlier copy. Aborted (the app closing): nothing is written and
 * the row stays pending for the next start.
 */
export async function archiveSnapshot(ctx: ServiceContext, sourceId: string, options: CaptureOptions = {}): Promise<{ source: Source | undefined; readableText: Promise<void> | null }> {
  const source = await findSourceRow(ctx.store.db, sourceId);
  if (!source) return { source: undefined, readableText: null };
  const before = await findSnapshotRow(ctx.store.db, sourceId);
  if (before?.status !== 'pending') await markSnapshotPending(ctx.store.db, sourceId, ctx.now());
  const captured = await captureUrl(source.url, options, ctx.now);
  if (options.signal?.aborted) return { source: await getSource(ctx.store.db, sourceId), readableText: null };

  if (!captured.ok) {
    await ctx.store.db.transaction().execute(async (trx) => {
      const current = await findSnapshotRow(trx, sourceId);
      if (!current) return; // the source went meanwhile
      if (current.file) {
        await keepEarlierSnapshot(trx, sourceId, `A new snapshot failed on ${captured.retrievedAt.slice(0, 10)}: ${captured.reason} This copy is from ${current.retrieved_at?.slice(0, 10) ?? 'earlier'}.`);
      } else {
        await saveFailedSnapshot(trx, sourceId, { retrievedAt: captured.retrievedAt, httpStatus: captured.httpStatus, finalUrl: captured.finalUrl, contentType: captured.contentType, reason: captured.reason });
      }
    });
    return { source: await getSource(ctx.store.db, sourceId), readableText: null };
  }

  const recordId = `<urn:uuid:${randomUUID()}>`;
  const warc = await buildWarc({
    targetUri: captured.finalUrl,
    date: captured.retrievedAt,
    http: { status: captured.httpStatus, statusText: captured.statusText, headers: captured.headers },
    contentType: captured.contentType,
    payload: captured.payload,
    truncated: captured.truncated,
    readableText: null,
    software: software(ctx),
    recordId,
  });
  const reason = captured.truncated ? `Truncated: the page is larger than ${formatBytes(MAX_IMPORT_BYTES)}; the first ${formatBytes(captured.payload.byteLength)} were kept.` : null;
  const file = await storeArchived(ctx, sourceId, warc, {
    origin: 'fetch',
    sha256: captured.sha256,
    retrievedAt: captured.retrievedAt,
    httpStatus: captured.httpStatus,
    finalUrl: captured.finalUrl,
    contentType: captured.contentType,
    bytes: captured.payload.byteLength,
    reason,
  });
  const archived = await getSource(ctx.store.db, sourceId);
  if (!file) return { source: archived, readableText: null };
  const job = addReadableText(ctx, sourceId, file, warc, { targetUri: captured.finalUrl, date: captured.retrievedAt, refersTo: recordId, payload: captured.payload, contentType: captured.contentType });
  ctx.afterwards?.add(job);
  void job.finally(() => ctx.afterwards?.delete(job));
  return { source: archived, readableText: job };
}

/**
 * Extracts the readable text of an archived snapshot and writes the file again with it appended
 * as a conversion record (a new name: files never change once written, backups link to them).
 * The row moves to the new file only if it still names the first one (a retake or a delete
 * meanwhile wins). Never throws: a snapshot without its text is still a snapshot.
 */
async function addReadableText(
  ctx: ServiceContext,
  sourceId: string,
  file: string,
  warc: Uint8Array,
  from: { targetUri: string; date: string; refersTo: string; payload: Uint8Array; contentType: string | null },
): Promise<void> {
  try {
    const text = await readableTextOf(from.payload, from.contentType, from.targetUri);
    if (text === null) return;
    const withText = concatBytes([warc, await conversionRecord({ targetUri: from.targetUri, date: from.date, refersTo: from.refersTo, text })]);
    const files = snapshotFilesOf(ctx.store);
    const next = newSnapshotFileName(sourceId, from.date);
    await files.write(next, withText);
    let moved = false;
    try {
      moved = await ctx.store.db.transaction().execute((trx) => replaceSnapshotFile(trx, sourceId, file, next));
    } finally {
      if (!moved) await files.remove(next);
    }
    if (moved) await files.remove(file);
  } catch (error) {
    console.warn(`[claimdesk] the readable text of source ${sourceId}'s snapshot could not be stored: ${(error as Error).message}`);
  }
}

/** Writes the file, then points the row at it; the copy it replaces is removed only after that. */
async function storeArchived(ctx: ServiceContext, sourceId: string, warc: Uint8Array, fields: Omit<Parameters<typeof saveArchivedSnapshot>[2], 'file'>): Promise<string | null> {
  const files = snapshotFilesOf(ctx.store);
  const file = newSnapshotFileName(sourceId, fields.retrievedAt);
  await files.write(file, warc);
  let replaced: string | null = null;
  let kept = false;
  try {
    kept = await ctx.store.db.transaction().execute(async (trx) => {
      if (!(await findSourceRow(trx, sourceId))) return false; // removed while we fetched
      replaced = (await findSnapshotRow(trx, sourceId))?.file ?? null;
      await saveArchivedSnapshot(trx, sourceId, { ...fields, file });
      return true;
    });
  } finally {
    if (!kept) await files.remove(file);
  }
  if (replaced && replaced !== file) await files.remove(replaced);
  return kept ? file : null;
}

/** Retry on demand: one source, or every failed (and interrupted) one. Waits for the results. */
export async function retakeSnapshots(ctx: ServiceContext, input: ParsedInput<'sources.snapshot'>, options: CaptureOptions = {}): Promise<MethodResult<'sources.snapshot'>> {
  let ids: string[];
  if (input.id) {
    if (!(await findSourceRow(ctx.store.db, input.id))) throw notFound('source', input.id);
    ids = [input.id];
  } else {
    const rows = await ctx.store.db
      .selectFrom('sources as s')
      .leftJoin('source_snapshots as ss', 'ss.source_id', 's.id')
      .select('s.id')
      .where((eb) => eb.or([eb('ss.status', 'in', input.missing ? ['failed', 'pending'] : ['failed']), ...(input.missing ? [eb('ss.status', 'is', null)] : [])]))
      .orderBy('s.added_at')
      .execute();
    ids = rows.map((r) => r.id);
  }
  const sources: Source[] = [];
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      // Waits for the copy to be archived; its readable text follows in the background.
      const { source: taken } = await archiveSnapshot(ctx, id, options);
      if (taken) sources.push(taken);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, ids.length) }, worker));
  sources.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
  return { sources };
}

/** The reviewer's own copy (a PDF, a screenshot, a saved page) becomes the snapshot. */
export async function attachSnapshotFile(ctx: ServiceContext, input: ParsedInput<'sources.attachSnapshot'>): Promise<MethodResult<'sources.attachSnapshot'>> {
  const source = await findSourceRow(ctx.store.db, input.id);
  if (!source) throw notFound('source', input.id);
  const raw = Buffer.from(input.contentBase64, 'base64');
  if (raw.length === 0) throw new AppError('validation', `${input.fileName} is empty.`);
  if (raw.length > MAX_IMPORT_BYTES) throw new AppError('validation', `${input.fileName} is ${formatBytes(raw.length)}; a snapshot can be at most ${formatBytes(MAX_IMPORT_BYTES)}.`);
  const bytes = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  const fileName = path.basename(input.fileName);
  const contentType = contentTypeOf(bytes, fileName);
  const now = ctx.now();
  const readableText = contentType.startsWith('image/') ? null : await readableTextOf(bytes, contentType, source.url, fileName);
  const warc = await buildWarc({ targetUri: source.url, date: now, contentType, payload: bytes, truncated: false, fileName, readableText, software: software(ctx) });
  await storeArchived(ctx, input.id, warc, {
    origin: 'file',
    sha256: sha256Hex(bytes),
    retrievedAt: now,
    httpStatus: null,
    finalUrl: null,
    contentType,
    bytes: bytes.byteLength,
    reason: `Attached by the reviewer: ${fileName}.`,
  });
  return { source: (await getSource(ctx.store.db, input.id))! };
}

const IMAGE_SIGNATURES: Array<[string, number[]]> = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38]],
];

function contentTypeOf(bytes: Uint8Array, fileName: string): string {
  for (const [type, signature] of IMAGE_SIGNATURES) if (signature.every((b, i) => bytes[i] === b)) return type;
  if (bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[8] === 0x57 && bytes[9] === 0x45) return 'image/webp';
  try {
    const format = detectFormat({ bytes, fileName });
    return { pdf: 'application/pdf', html: 'text/html', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', markdown: 'text/markdown', text: 'text/plain' }[format];
  } catch {
    return 'application/octet-stream';
  }
}

/** The stored readable text, never HTML: the renderer shows it as text. */
export async function snapshotText(ctx: ServiceContext, input: ParsedInput<'sources.snapshotText'>): Promise<MethodResult<'sources.snapshotText'>> {
  const source = await getSource(ctx.store.db, input.id);
  if (!source) throw notFound('source', input.id);
  const row = await findSnapshotRow(ctx.store.db, input.id);
  if (!row?.file) throw new AppError('not_found', 'This source has no snapshot yet.');
  let contents: Awaited<ReturnType<typeof readWarc>>;
  try {
    contents = await readWarc(await snapshotFilesOf(ctx.store).read(row.file));
  } catch (error) {
    throw new AppError('database', `The snapshot file ${row.file} could not be read (${(error as Error).message}). Take the snapshot again.`);
  }
  const text = contents.readableText ?? (await readableTextOfWarc(contents));
  const excerpt = source.excerpt;
  const match = text !== null && excerpt ? findExcerpt(text, excerpt) : null;
  return {
    text,
    excerpt,
    excerptFound: excerpt ? match !== null : null,
    excerptStart: match?.start ?? null,
    excerptEnd: match?.end ?? null,
    snapshot: source.snapshot!,
  };
}

