// claimdesk list: the articles with their claim counts.
import { articleSummariesJson, listArticleSummaries } from '../core/store/article.repository';
import { parse, withStoreReader, type CliIo } from './common';
import { printTable } from './table';

export async function runList(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { json: { type: 'boolean' } });
  return withStoreReader(values.db, async ({ store }) => {
    // What articles.list answers for no query (its service is this one read), without loading
    // the dispatch, the contract's schemas and every service for a call whose input is empty.
    if (values.json) {
      io.stdout.write(await articleSummariesJson(store.db));
      io.stdout.write('\n');
      return 0;
    }
    const articles = await listArticleSummaries(store.db);
    printTable(
      io.stdout,
      ['ID', 'Title', 'Lang', 'Claims', 'Verified', 'Disputed', 'Inconcl.', 'Imported'],
      articles.map((a) => [a.id, a.title, a.language, a.claimCount, a.counts.verified ?? 0, a.counts.disputed ?? 0, a.counts.inconclusive ?? 0, a.importedAt.slice(0, 16).replace('T', ' ')]),
    );
    return 0;
  });
}
