// Link rot: fetch every source again, politely, and compare with its snapshot.
//   gone       404 or 410, or the host no longer exists
//   moved      the address now ends somewhere else than when the snapshot was taken
//   changed    same place, different bytes (SHA-256); a diff of the readable text says how
//   unchanged  same bytes
//   error      anything else (a 500, a timeout, a refused redirect): try again later
// Results are stored per source (source_checks) with the date; the snapshot is not replaced.
import { createTwoFilesPatch } from 'diff';
import type { MethodResult, ParsedInput } from '../../../shared/contract';
import type { LinkCheckResult } from '../../../shared/domain';
import type { DiffLine, LinkCheckEntry } from '../../../shared/sources.contract';
import { AppError, notFound } from '../errors';
import { captureUrl, readableTextOf, readableTextOfWarc, type CaptureOptions } from '../snapshots/capture';
import { runPolitely, type PoliteOptions } from '../snapshots/polite';
import { snapshotFilesOf, type SnapshotFiles } from '../snapshots/snapshot-store';
import { readWarc } from '../snapshots/warc';
import { findLinkCheckRow, saveLinkCheck } from '../store/snapshot.repository';
import { findSourceRow } from '../store/source.repository';
import type { SourceCheckTable } from '../store/tables';
import type { ServiceContext } from './context';

const MAX_DIFF_CHARS = 20_000;

export interface CheckOptions extends PoliteOptions {
  fetch?: CaptureOptions;
  /** Called after each source (done, total): the CLI prints progress on stderr. */
  onProgress?: (done: number, total: number, entry: LinkCheckEntry) => void;
}

export async function checkSources(ctx: ServiceContext, input: ParsedInput<'sources.check'>, options: CheckOptions = {}): Promise<MethodResult<'sources.check'>> {
  let query = ctx.store.db
    .selectFrom('sources as s')
    .innerJoin('claims as c', 'c.id', 's.claim_id')
    // A trashed article's sources are not checked (not even by id): it is out of every list until restored.
    .innerJoin('articles as a', 'a.id', 'c.article_id')
    .leftJoin('source_snapshots as ss', 'ss.source_id', 's.id')
    .select(['s.id', 's.url', 'ss.status', 'ss.file', 'ss.sha256', 'ss.final_url'])
    .where('c.deleted_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    .orderBy('s.added_at')
    .orderBy('s.id');
  if (input.ids) query = query.where('s.id', 'in', input.ids.length ? input.ids : ['']);
  const rows = await query.execute();
  let done = 0;
  const files = snapshotFilesOf(ctx.store);
  // Results are written in batches (one transaction, so one sync to disk, per batch rather than
  // per source: at 10,000 sources the syncs alone outlasted the politeness limit). A stop loses
  // at most the last second of results; the check can simply run again.
  const unsaved: SourceCheckTable[] = [];
  let lastWrite = performance.now();
  const write = async () => {
    lastWrite = performance.now();
    const batch = unsaved.splice(0);
    if (batch.length) await ctx.store.db.transaction().execute(async (trx) => {
      for (const row of batch) await saveLinkCheck(trx, row);
    });
  };
  const sources = await runPolitely(
    rows,
    (row) => row.url,
    async (row): Promise<LinkCheckEntry> => {
      const fetched = await captureUrl(row.url, options.fetch ?? {}, ctx.now);
      let result: LinkCheckResult;
      let detail: string | null = null;
      let diff: string | null = null;
      if (!fetched.ok) {
        const gone = fetched.kind === 'dns' || fetched.httpStatus === 404 || fetched.httpStatus === 410;
        result = gone ? 'gone' : 'error';
        detail = fetched.reason;
      } else {
        const archived = row.status === 'archived' && row.sha256 !== null;
        const before = archived ? (row.final_url ?? row.url) : row.url;
        if (archived && row.final_url === null) {
          // An attached file has no address to compare: the bytes decide.
          result = fetched.sha256 === row.sha256 ? 'unchanged' : 'changed';
        } else if (fetched.finalUrl !== before) {
          result = 'moved';
          detail = `Now at ${fetched.finalUrl} (was ${before}).`;
        } else if (!archived) {
          result = 'unchanged';
          detail = 'The page answers; there is no snapshot to compare it with.';
        } else {
          result = fetched.sha256 === row.sha256 ? 'unchanged' : 'changed';
        }
        if (result === 'changed' && row.file) {
          diff = await textDiff(files, row.file, fetched.payload, fetched.contentType, fetched.finalUrl);
          detail = diff === '' ? 'The bytes differ, the readable text does not (markup, scripts or ads changed).' : 'The readable text changed.';
          if (diff === '') diff = null;
        }
      }
      const entry: LinkCheckEntry = { sourceId: row.id, url: row.url, result, checkedAt: fetched.retrievedAt, detail, diff };
      unsaved.push({
        source_id: row.id,
        result,
        checked_at: fetched.retrievedAt,
        http_status: fetched.httpStatus,
        final_url: fetched.finalUrl,
        sha256: fetched.ok ? fetched.sha256 : null,
        detail,
        diff,
      });
      if (unsaved.length >= 250 || performance.now() - lastWrite > 1000) await write();
      options.onProgress?.(++done, rows.length, entry);
      return entry;
    },
    options,
  ).finally(write);
  return { sources };
}

/** The readable text of the snapshot against today's, as a unified diff (empty when the text is the same). */
async function textDiff(files: SnapshotFiles, file: string, payload: Uint8Array, contentType: string | null, url: string): Promise<string | null> {
  try {
    const stored = await readWarc(await files.read(file));
    const before = stored.readableText ?? (await readableTextOfWarc(stored)) ?? '';
    const after = (await readableTextOf(payload, contentType, url)) ?? '';
    if (before === after) return '';
    const patch = createTwoFilesPatch('snapshot', 'now', `${before}\n`, `${after}\n`, undefined, undefined, { context: 1 });
    return patch.length > MAX_DIFF_CHARS ? `${patch.slice(0, MAX_DIFF_CHARS)}\n… (diff cut at ${MAX_DIFF_CHARS} characters)` : patch;
  } catch {
    return null;
  }
}

/** The diff the last check found, as lines to show as text: added, removed, unchanged around them, and the gaps between. */
export async function sourceDiff(ctx: ServiceContext, input: ParsedInput<'sources.diff'>): Promise<MethodResult<'sources.diff'>> {
  if (!(await findSourceRow(ctx.store.db, input.id))) throw notFound('source', input.id);
  const check = await findLinkCheckRow(ctx.store.db, input.id);
  if (!check) throw new AppError('not_found', 'This source has not been checked yet. Check the sources in Settings › Sources or with `claimdesk sources check`.');
  return { result: check.result, checkedAt: check.checked_at, detail: check.detail, lines: check.diff ? diffLines(check.diff) : [] };
}

/** A unified diff (as createTwoFilesPatch writes it) as typed lines; the file headers are left out. */
export function diffLines(patch: string): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const line of patch.split('\n')) {
    if (line.startsWith('Index:') || line.startsWith('===') || line.startsWith('--- ') || line.startsWith('+++ ') || line === '\\ No newline at end of file') continue;
    if (line.startsWith('@@')) lines.push({ kind: 'gap', text: '' });
    else if (line.startsWith('+')) lines.push({ kind: 'added', text: line.slice(1) });
    else if (line.startsWith('-')) lines.push({ kind: 'removed', text: line.slice(1) });
    else if (line.startsWith(' ')) lines.push({ kind: 'same', text: line.slice(1) });
    else if (line.startsWith('…')) lines.push({ kind: 'gap', text: line });
  }
  if (lines[0]?.kind === 'gap' && lines[0].text === '') lines.shift();
  return lines;
}
