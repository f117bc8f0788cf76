// claimdesk claimants [--json] | claimants show NAME|ID [--json] | claimants merge KEEP OTHER
// | claimants rename NAME|ID NEW_NAME | claimants split NAME|ID --alias A… [--name N]
// | claimants assign CLAIM_ID NAME|ID | claimants undo NAME|ID | claimants history NAME|ID
// | claimdesk stats [--from] [--to] [--json]
// The --json shapes are the ones issue #18 promises: a script reads exactly these keys.
import type { Claimant, ClaimantEvent, DeskStats } from '../../shared/claimants.contract';
import type { MethodResult } from '../../shared/contract';
import { call, parse, UsageError, withApp, type CliIo } from './common';
import { printTable } from './table';

/**
 * A claimant as the CLI's JSON promises it (no version: that is for the app's writes). Keys are
 * only ever added at the end: firstSeen (as claimants.list: the earliest article, or null).
 */
const claimantJson = (c: Claimant) => ({
  id: c.id,
  name: c.name,
  type: c.type,
  aliases: c.aliases,
  claims: c.claims,
  articles: c.articles,
  verdicts: c.verdicts,
  firstSeen: c.firstSeen,
});
/** "3 claims in 1 article": each count with its own singular or plural. */
export const claimantSummaryLine = (c: Pick<Claimant, 'claims' | 'articles'>) =>
  `${c.claims} ${c.claims === 1 ? 'claim' : 'claims'} in ${c.articles} ${c.articles === 1 ? 'article' : 'articles'}`;
const record = (v: Claimant['verdicts']) => `${v.verified} verified · ${v.disputed} disputed · ${v.inconclusive} inconclusive · ${v.open} open`;

export async function runClaimants(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub.startsWith('-')) return list(args, io);
  if (sub === 'show') return show(rest, io);
  if (sub === 'merge') return merge(rest, io);
  if (sub === 'rename') return rename(rest, io);
  if (sub === 'split') return split(rest, io);
  if (sub === 'assign') return assign(rest, io);
  if (sub === 'undo') return undo(rest, io);
  if (sub === 'history') return history(rest, io);
  throw new UsageError(`claimants takes show, merge, rename, split, assign, undo or history, not "${sub.slice(0, 100)}".`);
}

async function list(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, query: { type: 'string', short: 'q' } });
  if (positionals.length) throw new UsageError('claimants (the list) takes no arguments; use claimants show NAME.');
  return withApp(values.db, async (app) => {
    const { claimants, total, unresolved } = await call<MethodResult<'claimants.list'>>(app, 'claimants.list', { query: values.query, limit: 10_000 });
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ claimants: claimants.map(claimantJson) }, null, 2)}\n`);
      return 0;
    }
    printTable(
      io.stdout,
      ['Claimant', 'Type', 'Claims', 'Articles', 'Verified', 'Disputed', 'Inconcl.', 'Open', 'Id'],
      claimants.map((c) => [c.name, c.type, c.claims, c.articles, c.verdicts.verified, c.verdicts.disputed, c.verdicts.inconclusive, c.verdicts.open, c.id]),
    );
    if (total > claimants.length) io.stdout.write(`(${claimants.length} of ${total})\n`);
    if (unresolved.length) io.stdout.write(`\nUnresolved (fits several people, or a role with no name): ${unresolved.map((u) => `${u.name} (${u.claims})`).join(', ')}\n`);
    return 0;
  }, { readOnly: true });
}

function oneRef(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`claimants ${what} takes one NAME or ID.`);
  return positionals[0]!;
}

async function show(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const ref = oneRef(positionals, 'show');
  return withApp(values.db, async (app) => {
    const { claimant, claims } = await call<MethodResult<'claimants.get'>>(app, 'claimants.get', { claimant: ref });
    if (values.json) {
      const out = { claimant: claimantJson(claimant), claims: claims.map((c) => ({ id: c.id, articleId: c.articleId, text: c.text, verdict: c.verdict, ratingLabel: c.ratingLabel })) };
      io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    }
    io.stdout.write(`${claimant.name} (${claimant.type}, ${claimant.id})\n`);
    io.stdout.write(`Also seen as: ${claimant.aliases.filter((a) => a !== claimant.name).join(', ') || '—'}\n`);
    io.stdout.write(`${claimantSummaryLine(claimant)}: ${record(claimant.verdicts)}\n\n`);
    printTable(io.stdout, ['Date', 'Verdict', 'Rating', 'Claim', 'Article'], claims.map((c) => [c.date.slice(0, 10), c.verdict, c.ratingLabel, c.text, c.articleTitle]));
    return 0;
  }, { readOnly: true });
}

async function merge(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  if (positionals.length !== 2) throw new UsageError('claimants merge takes KEEP and OTHER (each a name or an id).');
  return withApp(values.db, async (app) => {
    const kept = await call<Claimant>(app, 'claimants.merge', { keep: positionals[0], other: positionals[1] });
    if (values.json) io.stdout.write(`${JSON.stringify({ claimant: claimantJson(kept) }, null, 2)}\n`);
    else io.stdout.write(`Merged "${positionals[1]}" into ${kept.name} (${kept.id}): ${kept.claims} claims. Undo: claimdesk claimants undo ${kept.id}\n`);
    return 0;
  });
}

async function rename(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  if (positionals.length !== 2) throw new UsageError('claimants rename takes NAME|ID and the NEW_NAME.');
  return withApp(values.db, async (app) => {
    const renamed = await call<Claimant>(app, 'claimants.rename', { claimant: positionals[0], name: positionals[1] });
    if (values.json) io.stdout.write(`${JSON.stringify({ claimant: claimantJson(renamed) }, null, 2)}\n`);
    else io.stdout.write(`Renamed to ${renamed.name} (${renamed.id}). Undo: claimdesk claimants undo ${renamed.id}\n`);
    return 0;
  });
}

async function split(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, alias: { type: 'string', multiple: true }, claim: { type: 'string', multiple: true }, name: { type: 'string' } });
  const ref = oneRef(positionals, 'split');
  if (!values.alias?.length && !values.claim?.length) throw new UsageError('claimants split needs --alias NAME or --claim ID (repeatable).');
  return withApp(values.db, async (app) => {
    const out = await call<MethodResult<'claimants.split'>>(app, 'claimants.split', { claimant: ref, aliases: values.alias, claimIds: values.claim, name: values.name });
    if (values.json) io.stdout.write(`${JSON.stringify({ kept: claimantJson(out.kept), created: claimantJson(out.created) }, null, 2)}\n`);
    else io.stdout.write(`Split ${out.created.claims} claims off ${out.kept.name} into ${out.created.name} (${out.created.id}). Undo: claimdesk claimants undo ${out.kept.id}\n`);
    return 0;
  });
}

async function assign(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  if (positionals.length !== 2) throw new UsageError('claimants assign takes the CLAIM_ID and the claimant (a name or an id).');
  const [claimId, ref] = positionals as [string, string];
  return withApp(values.db, async (app) => {
    const c = await call<Claimant>(app, 'claimants.assign', { claimId, claimant: ref });
    if (values.json) io.stdout.write(`${JSON.stringify({ claimant: claimantJson(c) }, null, 2)}\n`);
    else io.stdout.write(`Claim ${claimId} is now ${c.name}'s (${c.id}): ${c.claims} claims. Undo: claimdesk claimants undo ${c.id}\n`);
    return 0;
  });
}

async function undo(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const ref = oneRef(positionals, 'undo');
  return withApp(values.db, async (app) => {
    const c = await call<Claimant>(app, 'claimants.undo', { claimant: ref });
    if (values.json) io.stdout.write(`${JSON.stringify({ claimant: claimantJson(c) }, null, 2)}\n`);
    else io.stdout.write(`Undone. ${c.name} (${c.id}) has ${c.claims} claims.\n`);
    return 0;
  });
}

async function history(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const ref = oneRef(positionals, 'history');
  return withApp(values.db, async (app) => {
    const events = await call<ClaimantEvent[]>(app, 'claimants.history', { claimant: ref });
    if (values.json) io.stdout.write(`${JSON.stringify({ events }, null, 2)}\n`);
    else printTable(io.stdout, ['When', 'Who', 'What', 'Undone'], events.map((e) => [e.at, e.actor, e.action, e.undone ? 'yes' : '']));
    return 0;
  }, { readOnly: true });
}

export async function runStats(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, from: { type: 'string' }, to: { type: 'string' }, lang: { type: 'string' } });
  if (positionals.length) throw new UsageError('stats takes no arguments, only --from DATE, --to DATE, --lang and --json.');
  return withApp(values.db, async (app) => {
    const stats = await call<DeskStats>(app, 'stats.desk', { from: values.from, to: values.to, language: values.lang });
    if (values.json) {
      const { verdicts, perWeek, reviewers, medianHoursToVerdict } = stats;
      io.stdout.write(`${JSON.stringify({ verdicts, perWeek, reviewers, medianHoursToVerdict }, null, 2)}\n`);
      return 0;
    }
    io.stdout.write(`Verdicts: ${record(stats.verdicts)}\n`);
    io.stdout.write(`Median time from import to verdict: ${stats.medianHoursToVerdict === null ? '—' : `${stats.medianHoursToVerdict} h`}\n`);
    io.stdout.write(`Open claims by check-worthiness: ${stats.openByCheckworthiness.map((b) => `${b.band} ${b.claims}`).join(' · ')}\n\n`);
    printTable(io.stdout, ['Week', 'Verified', 'Disputed', 'Inconcl.', 'Open'], stats.perWeek.map((w) => [w.week, w.verified, w.disputed, w.inconclusive, w.open]));
    io.stdout.write('\n');
    printTable(io.stdout, ['Reviewer', 'Verdicts'], stats.reviewers.map((r) => [r.name || '(unnamed)', r.verdicts]));
    return 0;
  }, { readOnly: true });
}
