import { extractClaims } from '../core/extraction';
import { parseFile } from '../core/services/import.service';
import { parse, UsageError, type CliIo } from './common';
import { printTable } from './table';

/**
 * The file is read exactly as `claimdesk import` reads it (the same sniffing, decoding and
 * normalisation), so offsets index the text an import would store. For a normalised UTF-8 text
 * file that is the file itself, which the extraction scorer relies on.
 */
export async function runExtract(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, lang: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('extract takes exactly one FILE.');
  if (values.lang !== undefined && values.lang !== 'de' && values.lang !== 'en') throw new UsageError('--lang must be de or en.');
  const file = positionals[0]!;
  const { text } = await parseFile(file);
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
