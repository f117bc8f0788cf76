// claimdesk list: the articles with their claim counts.
import { call, parse, withApp, type CliIo } from './common';
import { printTable } from './table';

export async function runList(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { json: { type: 'boolean' } });
  return withApp(values.db, async (app) => {
    const articles = await call<Array<{ id: string; title: string; language: string; claimCount: number; counts: Record<string, number>; importedAt: string }>>(app, 'articles.list', {});
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
      return 0;
    }
    printTable(
      io.stdout,
      ['ID', 'Title', 'Lang', 'Claims', 'Verified', 'Disputed', 'Inconcl.', 'Imported'],
      articles.map((a) => [a.id, a.title, a.language, a.claimCount, a.counts.verified ?? 0, a.counts.disputed ?? 0, a.counts.inconclusive ?? 0, a.importedAt.slice(0, 16).replace('T', ' ')]),
    );
    return 0;
  }, { readOnly: true });
}
