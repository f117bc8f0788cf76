import path from 'node:path';
import { extractClaims } from '../core/extraction';
import { parseDocument } from '../core/import';
import { parse, readFileOrFail, UsageError, type CliIo } from './common';
import { printTable } from './table';

const PLAIN = new Set(['', '.txt', '.text', '.md', '.markdown']);

/**
 * Offsets index the file's text as read in UTF-8, exactly (the scorer and people's scripts
 * rely on that), so plain text is decoded as is; other formats go through the importer first.
 */
export async function runExtract(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, lang: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('extract takes exactly one FILE.');
  if (values.lang !== undefined && values.lang !== 'de' && values.lang !== 'en') throw new UsageError('--lang must be de or en.');
  const file = positionals[0]!;
  const bytes = readFileOrFail(file);
  const text = PLAIN.has(path.extname(file).toLowerCase())
    ? bytes.toString('utf8')
    : (await parseDocument({ bytes: new Uint8Array(bytes), fileName: path.basename(file) })).text;
  const { language, claims } = extractClaims(text, { language: values.lang as 'de' | 'en' | undefined });
  if (values.json) {
    const out = claims.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      claimant: c.claimant,
      claimantRole: c.claimantRole,
      kind: c.kind,
      checkworthiness: c.checkworthiness,
      reasons: c.reasons,
      type: c.type,
    }));
    io.stdout.write(`${JSON.stringify({ language, claims: out }, null, 1)}\n`);
    return 0;
  }
  printTable(
    io.stdout,
    ['Claimant', 'Kind', 'Score', 'Text'],
    claims.map((c) => [c.claimant ?? '(article)', c.kind, c.checkworthiness.toFixed(2), c.text]),
    90,
  );
  io.stdout.write(`\n${claims.length} claims (${language}).\n`);
  return 0;
}
