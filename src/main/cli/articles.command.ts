// `claimdesk articles …`: what the article header does in the app (edit details, re-extract,
// delete to the trash) and the trash itself, through the same contract methods.
import type { MethodResult } from '../../shared/contract';
import { call, parse, UsageError, withApp, type CliIo } from './common';
import { printTable } from './table';

type Io = CliIo;

const SUBCOMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  edit: runEdit,
  delete: runDelete,
  restore: runRestore,
  reextract: runReextract,
  trash: runTrash,
  'empty-trash': runEmptyTrash,
};

export async function runArticles(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const run = sub ? SUBCOMMANDS[sub] : undefined;
  if (!run) throw new UsageError(`articles needs one of: ${Object.keys(SUBCOMMANDS).join(', ')}.`);
  return run(rest, io);
}

function oneId(positionals: string[], sub: string): string {
  if (positionals.length !== 1) throw new UsageError(`articles ${sub} takes one article ID.`);
  return positionals[0]!;
}

const json = (io: Io, value: unknown) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

/** A flag given as "" clears the field; a flag not given leaves it as it is. */
const clearable = (value: string | undefined) => (value === undefined ? undefined : value.trim() === '' ? null : value);

async function runEdit(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    json: { type: 'boolean' },
    title: { type: 'string' },
    author: { type: 'string' },
    date: { type: 'string' },
    publisher: { type: 'string' },
    url: { type: 'string' },
    lang: { type: 'string' },
  });
  const id = oneId(positionals, 'edit');
  const fields = {
    title: values.title,
    author: clearable(values.author),
    publishedAt: clearable(values.date),
    publisher: clearable(values.publisher),
    url: clearable(values.url),
    language: values.lang,
  };
  if (Object.values(fields).every((v) => v === undefined)) throw new UsageError('articles edit needs at least one of --title, --author, --date, --publisher, --url, --lang.');
  return withApp(values.db, async (app) => {
    const article = await call<MethodResult<'articles.update'>>(app, 'articles.update', { id, ...fields });
    if (values.json) json(io, { article });
    else {
      io.stdout.write(`Updated ${article.id}: ${article.title}\n`);
      const details: Array<[string, string | null]> = [
        ['Outlet', article.publisher],
        ['Author', article.author],
        ['Date', article.publishedAt],
        ['URL', article.url],
        ['Language', article.language],
      ];
      for (const [label, value] of details) io.stdout.write(`  ${`${label}:`.padEnd(10)}${value ?? '—'}\n`);
    }
    return 0;
  });
}

async function runReextract(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const id = oneId(positionals, 'reextract');
  return withApp(values.db, async (app) => {
    const result = await call<MethodResult<'articles.reextract'>>(app, 'articles.reextract', { id });
    if (values.json) {
      json(io, result);
      return 0;
    }
    io.stdout.write(
      `Re-extracted ${id}: ${result.added} added, ${result.removed} removed, ${result.updated} updated, ${result.kept} kept (reviewed or edited, untouched).\n`,
    );
    for (const c of result.addedClaims) io.stdout.write(`+ ${c.text}\n`);
    for (const c of result.removedClaims) io.stdout.write(`- ${c.text}\n`);
    return 0;
  });
}

async function runDelete(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const id = oneId(positionals, 'delete');
  return withApp(values.db, async (app) => {
    const result = await call<MethodResult<'articles.delete'>>(app, 'articles.delete', { id });
    if (values.json) json(io, { id, ...result });
    else io.stdout.write(`Moved ${id} to the trash. Undo: claimdesk articles restore ${id}\n`);
    return 0;
  });
}

async function runRestore(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const id = oneId(positionals, 'restore');
  return withApp(values.db, async (app) => {
    const article = await call<MethodResult<'articles.restore'>>(app, 'articles.restore', { id });
    if (values.json) json(io, { article });
    else io.stdout.write(`Restored ${article.id}: ${article.title}\n`);
    return 0;
  });
}

async function runTrash(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  if (positionals.length) throw new UsageError('articles trash takes no arguments.');
  return withApp(values.db, async (app) => {
    const articles = await call<MethodResult<'articles.listTrash'>>(app, 'articles.listTrash', {});
    if (values.json) json(io, { articles });
    else if (articles.length === 0) io.stdout.write('The trash is empty.\n');
    else {
      printTable(
        io.stdout,
        ['ID', 'Title', 'Claims', 'Deleted', 'Deleted for good'],
        articles.map((a) => [a.id, a.title, a.claimCount, a.deletedAt.slice(0, 16).replace('T', ' '), a.purgeAt.slice(0, 10)]),
      );
    }
    return 0;
  });
}

async function runEmptyTrash(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  return withApp(values.db, async (app) => {
    const result = await call<MethodResult<'articles.emptyTrash'>>(app, 'articles.emptyTrash', positionals.length ? { ids: positionals } : {});
    if (values.json) json(io, result);
    else io.stdout.write(`Deleted ${result.removed} article(s) from the trash for good.\n`);
    return 0;
  });
}
