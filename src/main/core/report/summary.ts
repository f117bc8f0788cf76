import type { ReportModel } from '../../../shared/report';

/** What the caller needs of the model besides the rendered report: the file name, the sources to
 *  write snapshots of (--with-snapshots). Small, so a report built in a worker sends only this. */
export interface ReportSummary {
  generatedAt: string;
  firstArticleTitle: string | null;
  sourceIds: string[];
}
/** What the host needs to know of a report built elsewhere: its date, its first title, its sources. */
export function summariseReport(model: ReportModel): ReportSummary {
  return {
    generatedAt: model.generatedAt,
    firstArticleTitle: model.articles[0]?.title ?? null,
    sourceIds: model.articles.flatMap((a) => [...a.reviewedClaims, ...a.unreviewedClaims].flatMap((c) => c.sources.map((s) => s.id))),
  };
}
