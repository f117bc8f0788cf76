// npm run eval -- TASK --corpus PATH [--from N] [--limit N] [--holdout N] [--misses FILE]
//
// Scores the extractor in-process on a development corpus that lives outside the repository
// (its path is an argument; nothing here runs in npm test). Tasks:
//   de-attr   German attribution (GermEval 2023 SpkAtt Wikinews JSONL): claimant recall on named
//             sources, kind accuracy, false attribution rate.
//   en-attr   English attribution, the same measures, on news labelled sentence by sentence
//             (the labelled-article format described in attribution.ts).
// --exact matches claimant words as written, as the team's score-corpora.mjs does (a base form such
// as "Statistisches Landesamt" for gold "des Statistischen Landesamts" is then a miss); by default
// the German scorer forgives the genitive and adjective endings the extractor normalises.
// --from/--limit pick a slice of the corpus's articles; --holdout N reports articles before N
// (tuned on) and from N on (held out) apart, beside the whole; --misses writes every miss as a
// tab-separated line for study.
//   claimant-grouping  groups every speaker of the German attribution corpus (or of en-attr news,
//             the extractor's claimant strings; --corpus A,B,C groups several files) into claimants and
//             scores same-person recall and false merges against hand-made labels
//             (bench/eval/claimant-grouping.ts; --labels FILE to use other labels; --no-text groups without the
//             people the article's text names in full, as before naming rules 16).
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evalClaimantGrouping } from './claimant-grouping';
import { addCounts, ENGLISH, figures, GERMAN, GERMAN_EXACT, noCounts, scoreArticle, scoreLabelledArticle, type AnnotatedArticle, type AttributionCounts, type LabelledArticle } from './attribution';

/** A task scores the articles of one corpus (one JSON line each); a new language adds an entry here. */
interface EvalTask {
  describe: string;
  score: (article: unknown, miss?: (line: string) => void) => AttributionCounts;
}

const tasks: Record<string, EvalTask> = {
  'de-attr': {
    describe: 'German attribution on annotated news (GermEval 2023 SpkAtt format)',
    score: (doc, miss) => scoreArticle(doc as AnnotatedArticle, values.exact ? GERMAN_EXACT : GERMAN, miss),
  },
  'en-attr': {
    describe: 'English attribution on news labelled sentence by sentence (format in bench/eval/attribution.ts)',
    score: (doc, miss) => scoreLabelledArticle(doc as LabelledArticle, ENGLISH, miss),
  },
};

function usage(message: string): never {
  console.error(`${message}\nusage: npm run eval -- TASK --corpus PATH [--from N] [--limit N] [--holdout N] [--misses FILE] [--exact]\ntasks: ${Object.entries(tasks).map(([k, t]) => `${k} (${t.describe})`).join('; ')}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { corpus: { type: 'string' }, from: { type: 'string' }, limit: { type: 'string' }, holdout: { type: 'string' }, misses: { type: 'string' }, labels: { type: 'string' }, 'no-text': { type: 'boolean' }, exact: { type: 'boolean' } },
});
const taskName = positionals[0];
// Claimant grouping scores pairs of mentions across the whole corpus, not article by article.
if (taskName === 'claimant-grouping') {
  if (!values.corpus) usage('--corpus PATH is required');
  console.log(JSON.stringify(evalClaimantGrouping(values.corpus, values.labels, values.misses, !values['no-text']), null, 1));
  process.exit(0);
}
if (!taskName || !tasks[taskName]) usage(`unknown task ${JSON.stringify(taskName ?? '')}`);
if (!values.corpus) usage('--corpus PATH is required');
const task = tasks[taskName]!;
const from = Number(values.from ?? 0);
const limit = Number(values.limit ?? Infinity);
const holdout = values.holdout === undefined ? undefined : Number(values.holdout);
if (![from, limit].every((n) => n >= 0) || (holdout !== undefined && !(holdout >= 0))) usage('--from, --limit and --holdout take numbers');

const articles = readFileSync(values.corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
const misses = values.misses;
if (misses) writeFileSync(misses, '');
const miss = misses ? (line: string) => appendFileSync(misses, `${line}\n`) : undefined;

let tuned = noCounts();
let heldOut = noCounts();
const started = performance.now();
articles.slice(from, from + limit).forEach((doc, i) => {
  const counts = task.score(doc, miss);
  if (holdout !== undefined && from + i >= holdout) heldOut = addCounts(heldOut, counts);
  else tuned = addCounts(tuned, counts);
});
const seconds = (performance.now() - started) / 1000;
const all = figures(addCounts(tuned, heldOut));
if (holdout === undefined) console.log(JSON.stringify({ [taskName]: all }));
else console.log(JSON.stringify({ [taskName]: { all, [`before ${holdout}`]: figures(tuned), [`from ${holdout} (held out)`]: figures(heldOut) } }, null, 1));
console.error(`${all.docs} articles in ${seconds.toFixed(1)} s`);
