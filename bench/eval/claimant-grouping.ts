// npm run eval -- claimant-grouping --corpus PATH[,PATH...] [--labels FILE] [--misses FILE]
//
// A corpus is either the German attribution corpus (articles with `attributions[].source`: the
// annotated speaker spans are the mentions) or labelled-paragraph news (the en-attr format of
// attribution.ts, `paragraphs[][]`): there the labelled `source` is a canonical name written by the
// labeller, so the mentions are what the app groups, the extractor's claimant strings of the article
// ("Trump", "Businessman Grant Cardone", "Al-Rashidi"). Several files (comma-separated) are grouped
// in that order into one library.
//
// Grouping quality on text nobody here wrote: every attribution source span of the German
// Wikinews attribution corpus (GermEval 2023 SpkAtt JSONL) is grouped, article after article
// into one library, as the app groups claimant names; the hand-made labels
// (bench/eval/data/claimant-labels.de.tsv: which named mentions are the same person, across
// articles too) then say
// - same-person recall: of the pairs of mentions of one person, the share under one claimant;
// - false merges: of the pairs of labelled mentions put under one claimant, the share that are
//   two different people.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { groupArticle } from '../../src/main/core/claimants/group';
import { emptyIndex } from '../../src/main/core/claimants/resolve';
import { textNamesOf } from '../../src/main/core/claimants/text-names';
import { extractClaims } from '../../src/main/core/extraction';

interface CorpusArticle {
  id: string;
  sentences?: string[];
  attributions?: Array<{ source: string | null }>;
  paragraphs?: Array<Array<{ text: string }>>;
}

/** The article's text: the German corpus's sentences joined by a space, else its paragraphs. */
const articleText = (article: CorpusArticle) =>
  article.sentences ? article.sentences.join(' ') : (article.paragraphs ?? []).map((p) => p.map((s) => s.text).join(' ')).join('\n\n');

/** The speaker mentions of one article, in order: annotated spans, else the extractor's claimants. */
export function articleMentions(article: CorpusArticle): string[] {
  if (article.attributions) return article.attributions.map((a) => a.source).filter((s): s is string => Boolean(s?.trim()));
  return extractClaims(articleText(article)).claims.map((c) => c.claimant).filter((s): s is string => Boolean(s?.trim()));
}

export const DEFAULT_LABELS = path.join(__dirname, 'data', 'claimant-labels.de.tsv');

export function evalClaimantGrouping(corpusPath: string, labelsPath = DEFAULT_LABELS, missesPath?: string, withText = true) {
  const labels = new Map<string, string>();
  for (const line of readFileSync(labelsPath, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [article, source, person] = line.split('\t');
    if (article && source && person) labels.set(`${article}\t${source}`, person.trim());
  }
  const articles = corpusPath.split(',').flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CorpusArticle));
  const mentionsOf = new Map(articles.map((a) => [a.id, articleMentions(a)]));
  const index = emptyIndex();
  let n = 0;
  const mentions: Array<{ key: string; person: string; claimant: string | null }> = [];
  const started = performance.now();
  for (const article of articles) {
    const sources = mentionsOf.get(article.id)!;
    // As the app groups: with the people the article's text names in full (asked for a bare surname).
    const fullNames = withText ? textNamesOf(articleText(article), article.attributions ? 'de' : 'en') : undefined;
    const grouped = groupArticle(sources, index, () => `k${++n}`, fullNames);
    for (const source of new Set(sources)) {
      const person = labels.get(`${article.id}\t${source}`);
      if (person) mentions.push({ key: `${article.id}\t${source}`, person, claimant: grouped.byName.get(source.trim()) ?? null });
    }
  }
  const ms = performance.now() - started;
  let samePairs = 0;
  let sameTogether = 0;
  let together = 0;
  let wrongTogether = 0;
  const missLines: string[] = [];
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i]!;
      const b = mentions[j]!;
      const joined = a.claimant !== null && a.claimant === b.claimant;
      if (a.person === b.person) {
        samePairs++;
        if (joined) sameTogether++;
        else missLines.push(`apart\t${a.person}\t${a.key.replace('\t', ': ')}\t${b.key.replace('\t', ': ')}`);
      }
      if (joined) {
        together++;
        if (a.person !== b.person) {
          wrongTogether++;
          missLines.push(`merged\t${a.person} + ${b.person}\t${a.key.replace('\t', ': ')}\t${b.key.replace('\t', ': ')}`);
        }
      }
    }
  }
  // Labels whose mention the corpus (or today's extractor) no longer yields are not scored: counted,
  // and listed with the misses, so a changed claimant string is seen rather than silently unscored.
  const found = new Set(mentions.map((m) => m.key));
  const notFound = [...labels.keys()].filter((k) => !found.has(k));
  const labelsNotFound = notFound.length;
  for (const key of notFound) missLines.push(`not found\t${labels.get(key)}\t${key.replace('\t', ': ')}`);
  if (missesPath) {
    writeFileSync(missesPath, '');
    for (const line of missLines) appendFileSync(missesPath, `${line}\n`);
  }
  const labelledArticles = new Set(mentions.map((m) => m.key.split('\t')[0])).size;
  return {
    'claimant-grouping': {
      articlesGrouped: articles.length,
      labelledArticles,
      labelledMentions: mentions.length,
      people: new Set(mentions.map((m) => m.person)).size,
      labelsNotFound,
      unresolvedMentions: mentions.filter((m) => m.claimant === null).length,
      samePersonPairs: samePairs,
      samePersonRecall: samePairs ? Number((sameTogether / samePairs).toFixed(3)) : null,
      pairsGroupedTogether: together,
      falseMergeRate: together ? Number((wrongTogether / together).toFixed(3)) : 0,
      msPerArticle: Number((ms / Math.max(1, articles.length)).toFixed(3)),
    },
  };
}
