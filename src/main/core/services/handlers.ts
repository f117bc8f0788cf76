// The contract's methods bound to their services. One line per method: no logic here.
import type { MethodName, MethodResult, ParsedInput } from '../../../shared/contract';
import { LATEST_SCHEMA_VERSION } from '../../../../db/migrations';
import { backupDatabase, checkAndRepair, listBackups } from '../store/maintenance';
import * as articles from './article.service';
import * as claims from './claim.service';
import * as claimants from './claimant.service';
import { deskStats } from './stats.service';
import { flagWithEmptyLibrary } from './factcheck.empty-library';
import type { ServiceContext } from './context';
import { loadWhenNeeded } from '../lazy';
import type { Platform } from './platform';
import { exportReport, renderReportForScope } from './report.service';
import { search } from './search.service';
import { getSettings, setSettings } from './settings.service';
import * as sources from './source.service';
import * as trash from './trash.service';
import { articleToOpen, rememberSelection } from './workspace.service';

/** The importers (parsers, decoders, the worker) load on the first import, not at every start. */
const IMPORT_SERVICE = './import.service';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const importService = loadWhenNeeded<typeof import('./import.service')>(() => import('./import.service'), () => require(IMPORT_SERVICE));

export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodResult<M>> };

/** The fact-check library (stemmers, stop word lists, the streaming parser) loads when first used. */
const FACTCHECK_SERVICE = './factcheck.service';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const factchecks = loadWhenNeeded<typeof import('./factcheck.service')>(() => import('./factcheck.service'), () => require(FACTCHECK_SERVICE));

/** Snapshots and link checks (the fetcher, warcio, the parsers) load when first used. */
const SNAPSHOT_SERVICE = './snapshot.service';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const snapshots = loadWhenNeeded<typeof import('./snapshot.service')>(() => import('./snapshot.service'), () => require(SNAPSHOT_SERVICE));
const LINK_CHECK_SERVICE = './link-check.service';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const linkChecks = loadWhenNeeded<typeof import('./link-check.service')>(() => import('./link-check.service'), () => require(LINK_CHECK_SERVICE));

export function createHandlers(ctx: ServiceContext, platform: Platform): Handlers {
  const handlers: Handlers = {
    'app.openExternal': async (input) => ({ opened: await platform.openExternal(input.url) }),
    'app.info': async () => ({ version: ctx.appVersion, databasePath: ctx.store.path, schemaVersion: LATEST_SCHEMA_VERSION, host: ctx.host }),
    'articles.create': (input) => articles.createArticle(ctx, input),
    'articles.createSample': () => articles.createSampleArticle(ctx),
    'import.preview': async (input) => (await importService()).previewImport(ctx, input),
    'import.file': async (input) => (await importService()).importUploadedFile(ctx, input),
    'import.url': async (input) => (await importService()).importOne(ctx, input.url),
    'articles.list': (input) => articles.listArticles(ctx, input),
    'articles.get': (input) => articles.getArticle(ctx, input.id, input),
    'workspace.open': (input) => openWorkspace(ctx, handlers, input),
    'workspace.remember': (input) => rememberSelection(ctx, input),
    'articles.update': (input) => articles.updateArticleMetadata(ctx, input),
    'articles.delete': (input) => trash.moveArticleToTrash(ctx, input.id),
    'articles.restore': (input) => trash.restoreArticle(ctx, input.id),
    'articles.listTrash': () => trash.listTrash(ctx),
    'articles.emptyTrash': (input) => trash.emptyTrash(ctx, input),
    'articles.reextract': (input) => articles.reextractArticle(ctx, input.id),
    'claims.list': (input) => claims.listClaims(ctx, input),
    'claims.get': (input) => claims.getClaim(ctx, input.id),
    'claims.page': (input) => articles.claimsPage(ctx, input),
    'claims.create': (input) => claims.createClaim(ctx, input),
    'claims.update': (input) => claims.updateClaim(ctx, input),
    'claims.delete': (input) => claims.deleteClaim(ctx, input),
    'claims.restore': (input) => claims.restoreClaim(ctx, input.id),
    'claims.setVerdict': (input) => claims.setVerdict(ctx, input),
    'claims.history': (input) => claims.claimHistory(ctx, input.claimId),
    'claims.ratingLabels': () => claims.ratingLabels(ctx),
    'sources.add': (input) => sources.addSource(ctx, input),
    'sources.update': (input) => sources.editSource(ctx, input),
    'sources.remove': (input) => sources.removeSource(ctx, input),
    'sources.snapshot': async (input) => (await snapshots()).retakeSnapshots(ctx, input, ctx.snapshotFetchOptions),
    'sources.attachSnapshot': async (input) => (await snapshots()).attachSnapshotFile(ctx, input),
    'sources.snapshotText': async (input) => (await snapshots()).snapshotText(ctx, input),
    'sources.check': async (input) => (await linkChecks()).checkSources(ctx, input, { fetch: ctx.snapshotFetchOptions }),
    'sources.diff': async (input) => (await linkChecks()).sourceDiff(ctx, input),
    search: (input) => search(ctx, input),
    'settings.get': () => getSettings(ctx),
    'settings.set': (input) => setSettings(ctx, input),
    // On the writer's connection once no transaction holds it (a long import gives the event loop back inside one).
    'maintenance.check': () => ctx.store.db.connection().execute(async () => checkAndRepair(ctx.store.sqlite)),
    'maintenance.backup': () => backupDatabase(ctx.store.sqlite, ctx.store.path, 'manual'),
    'maintenance.listBackups': async () => listBackups(ctx.store.path),
    'reports.export': (input) => exportReport(ctx, input),
    'factchecks.import': async (input) => (await factchecks()).startImport(ctx, input),
    'factchecks.importStatus': async (input) => (await factchecks()).importStatus(ctx, input.jobId),
    'factchecks.list': async (input) => (await factchecks()).list(ctx, input),
    'factchecks.match': async (input) => (await factchecks()).match(ctx, input),
    'factchecks.flagClaims': async (input) => (await flagWithEmptyLibrary(ctx, input)) ?? (await factchecks()).flagClaims(ctx, input),
    'factchecks.cite': async (input) => (await factchecks()).cite(ctx, input),
    'claimants.list': (input) => claimants.listClaimants(ctx, input),
    'claimants.get': (input) => claimants.getClaimant(ctx, input),
    'claimants.rename': (input) => claimants.renameClaimant(ctx, input),
    'claimants.merge': (input) => claimants.mergeClaimants(ctx, input),
    'claimants.split': (input) => claimants.splitClaimant(ctx, input),
    'claimants.history': (input) => claimants.claimantHistory(ctx, input),
    'claimants.undo': (input) => claimants.undoLastChange(ctx, input),
    'claimants.assign': (input) => claimants.assignClaim(ctx, input),
    'stats.desk': (input) => deskStats(ctx, input),
    'reports.save': async (input) => {
      const rendered = await renderReportForScope(ctx, input);
      const saved = await platform.saveFile(rendered.fileName, rendered.body);
      return { saved: typeof saved === 'string', path: saved ?? null, warnings: rendered.warnings ?? [] };
    },
  };
  return handlers;
}

/**
 * The first screen in one call (workspace.open): the page asks for it before its app has loaded,
 * and the article that opens is read in the same round trip as the list that names it, instead
 * of in a second one the page could send only once its main thread was free again.
 */
async function openWorkspace(ctx: ServiceContext, handlers: Handlers, input: ParsedInput<'workspace.open'>): Promise<MethodResult<'workspace.open'>> {
  const settings = await handlers['settings.get']({});
  const list = await handlers['articles.list']({});
  const ratingLabels = await handlers['claims.ratingLabels']({});
  const { articleId: id, claimId } = await articleToOpen(ctx, list, input.id);
  const article = id ? await handlers['articles.get'](input.claimsLimit === undefined ? { id } : { id, claimsLimit: input.claimsLimit }) : null;
  return { settings, articles: list, ratingLabels, article, claimId };
}
