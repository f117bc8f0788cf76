// Report rendering benchmark: a synthetic report of 10,000 claims (100 articles x 100 claims,
// realistic text lengths, 1-4 sources each, some corrections), timed per format.
// Targets: HTML under 1 s, PDF under 15 s. Run directly: npx tsx bench/report.ts
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { renderReport } from '../src/main/core/report/render';
import type { Source, Verdict } from '../src/shared/domain';
import type { ReportArticle, ReportClaim, ReportModel } from '../src/shared/report';
import { prng as rng } from '../scripts/lib/prng';

const WORDS = (
  'die der und Regierung Prozent Millionen Jahr Bericht Daten laut Studie höher niedriger Zahl seit ' +
  'the government said percent million year report data according study higher lower number since ' +
  'Arbeitslosigkeit Inflation Wohnungen Energie Klima Schulen Gesundheit Polizei Kriminalität Haushalt ' +
  'unemployment inflation housing energy climate schools health police crime budget über für Bürger'
).split(' ');


export function syntheticReportModel(articles = 100, claimsPerArticle = 100): ReportModel {
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (min: number, max: number): string => {
    const target = min + Math.floor(rand() * (max - min));
    let s = '';
    while (s.length < target) s += (s ? ' ' : '') + pick(WORDS);
    return `${s[0]!.toUpperCase()}${s.slice(1)} ${Math.floor(rand() * 1000)} ${pick(WORDS)}.`;
  };
  const verdicts: Verdict[] = ['verified', 'disputed', 'inconclusive', 'unreviewed'];
  const totals = { unreviewed: 0, verified: 0, disputed: 0, inconclusive: 0 };
  const out: ReportArticle[] = [];
  for (let a = 0; a < articles; a++) {
    const articleId = `a${a}`;
    const reviewed: ReportClaim[] = [];
    const unreviewed: ReportClaim[] = [];
    const counts = { unreviewed: 0, verified: 0, disputed: 0, inconclusive: 0 };
    for (let c = 0; c < claimsPerArticle; c++) {
      const id = `${articleId}-c${c}`;
      const verdict = rand() < 0.25 ? 'unreviewed' : pick(verdicts.slice(0, 3));
      const text = sentence(60, 320);
      const sources: Source[] =
        verdict === 'unreviewed'
          ? []
          : Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, i) => ({
              id: `${id}-s${i}`,
              claimId: id,
              url: `https://www.example-${i}.org/${pick(WORDS)}/${Math.floor(rand() * 1e9)}/bericht-${i}.html`,
              title: sentence(20, 90),
              publisher: pick(['Statistisches Bundesamt', 'Eurostat', 'Office for National Statistics', 'Bundestag']),
              stance: pick(['supports', 'refutes', 'context'] as const),
              excerpt: rand() < 0.3 ? sentence(40, 200) : null,
              archivedUrl: rand() < 0.5 ? `https://web.archive.org/web/2025/https://www.example.org/${i}` : null,
              accessedAt: '2025-01-20',
              addedBy: 'Bench',
              addedAt: '2025-01-20T09:00:00Z',
              snapshot: null,
              linkCheck: null,
            }));
      const claim: ReportClaim = {
        id,
        anchor: `claim-${id}`,
        articleId,
        start: c * 400,
        end: c * 400 + text.length,
        text,
        claimant: rand() < 0.7 ? `${pick(['Anna', 'Ben', 'Jane', 'Omar'])} ${pick(['Müller', 'Smith', 'Yilmaz'])}` : null,
        claimantRole: rand() < 0.5 ? pick(['Minister', 'Sprecherin', 'Mayor']) : null,
        kind: pick(['statement', 'reported', 'quote'] as const),
        checkworthiness: Math.round(rand() * 100) / 100,
        claimType: pick(['quantity', 'prediction', 'other'] as const),
        verdict,
        ratingLabel: verdict === 'unreviewed' ? null : pick([null, 'Falsch', 'Richtig', 'Misleading']),
        rationale: verdict === 'unreviewed' ? null : `${sentence(150, 400)} ${sentence(50, 250)}`,
        reviewer: verdict === 'unreviewed' ? null : 'Jana Prüfer',
        reviewedAt: verdict === 'unreviewed' ? null : '2025-01-22T10:00:00Z',
        firstReviewedAt: verdict === 'unreviewed' ? null : '2025-01-21T10:00:00Z',
        sources,
        earlierFactChecks: [],
        corrections:
          verdict !== 'unreviewed' && rand() < 0.05
            ? [{ at: '2025-01-22T10:00:00Z', actor: 'Desk', fromVerdict: 'inconclusive', toVerdict: verdict, fromRatingLabel: null, toRatingLabel: null, rationale: sentence(30, 120) }]
            : [],
      };
      counts[verdict]++;
      totals[verdict]++;
      (verdict === 'unreviewed' ? unreviewed : reviewed).push(claim);
    }
    out.push({
      id: articleId,
      title: sentence(30, 90),
      url: `https://news.example.com/${articleId}`,
      publisher: 'Example News',
      author: 'Erika Mustermann',
      publishedAt: '2025-01-20',
      language: a % 2 ? 'en' : 'de',
      counts,
      reviewedClaims: reviewed,
      unreviewedClaims: unreviewed,
    });
  }
  return {
    schemaVersion: 1,
    generatedAt: '2025-02-04T16:45:00Z',
    language: 'en',
    generator: 'Claimdesk bench',
    scope: { kind: 'all' },
    organisation: { name: 'Faktencheck Bench', url: 'https://bench.example.org/', methodology: 'We check claims. '.repeat(20) },
    totals,
    articles: out,
  };
}

export async function benchReport(): Promise<Record<string, string | number>> {
  const model = syntheticReportModel();
  const claims = model.articles.reduce((n, a) => n + a.reviewedClaims.length + a.unreviewedClaims.length, 0);
  const result: Record<string, string | number> = { claims };
  for (const format of ['html', 'pdf', 'md', 'csv', 'json', 'claimreview'] as const) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const report = await renderReport(model, format);
    result[`${format}_ms`] = Math.round(performance.now() - t0);
    // CPU time (user+system, all threads incl. GC): less sensitive to a busy machine than wall time.
    const cpu = process.cpuUsage(cpu0);
    result[`${format}_cpu_ms`] = Math.round((cpu.user + cpu.system) / 1000);
    result[`${format}_bytes`] = typeof report.body === 'string' ? Buffer.byteLength(report.body) : report.body.byteLength;
  }
  // Targets: bench/targets.ts.
  result.rss_mb = Math.round(process.memoryUsage().rss / 1e6);
  result.load_avg_1m = Math.round(loadavg()[0]! * 100) / 100;
  return result;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  benchReport().then(
    (r) => console.table(r),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
