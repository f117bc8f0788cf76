// English attribution on news nobody on the team wrote: claimant recall, kind accuracy and false
// attributions, measured in-process on a labelled set kept outside the repository (the texts
// belong to their publishers). Never part of `npm test`.
//
//   npx tsx scripts/eval-en-attr.ts PATH/en-attribution.jsonl [--misses FILE]
//
// The set is JSON Lines, one document a line:
//   { "id": "…", "url": "…", "paragraphs": [[ { "text": "…", "kind": K, "source": S }, … ], … ] }
// Sentences of a paragraph are joined by one space, paragraphs by a blank line, which gives the
// article text. K is "quote" (direct speech), "reported" (indirect speech, "according to …",
// "X said that …"), "none" (the article's own voice) or "skip" (ambiguous: left out of every
// figure). S is the claimant as the text names it, resolved (a pronoun's person, "the company" →
// its name, "the memo" → its author); lower case for unnamed sources ("officials").
//
// Matching follows the German de-attr task of the shared scorer: the claim covering at least 60%
// of a sentence counts; its claimant is right when it shares a capitalised word (3+ letters, not a
// pronoun or article) with the gold source; only sources containing such a word count for recall.
// Kind accuracy is over every attributed sentence; a false attribution is a claimant on a "none"
// sentence.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { extractClaims, type ExtractedClaim } from '../src/main/core/extraction';

export interface LabelledSentence {
  text: string;
  kind: 'quote' | 'reported' | 'none' | 'skip';
  source: string | null;
}

export interface LabelledDocument {
  id: string;
  url?: string;
  paragraphs: LabelledSentence[][];
}

export interface EnAttributionScore {
  docs: number;
  attributions: number;
  named_sources: number;
  claimant_recall: number;
  kind_accuracy: number;
  plain_sentences: number;
  false_attribution_rate: number;
}

interface Span {
  start: number;
  end: number;
}

const NOT_A_NAME = /^(he|she|it|they|we|you|his|her|its|their|the|a|an|this|that|these|those|mr|mrs|ms|dr|according)$/i;

function capitalisedWords(s: string | null | undefined): string[] {
  return (s ?? '').split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w) && !NOT_A_NAME.test(w));
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function covering(claims: readonly ExtractedClaim[], s: Span): ExtractedClaim | null {
  let best: ExtractedClaim | null = null;
  for (const c of claims) {
    if (overlap(c, s) >= 0.6 * (s.end - s.start) && (!best || overlap(c, s) > overlap(best, s))) best = c;
  }
  return best;
}

/** The article text of a labelled document and the span of each of its sentences. */
export function assemble(doc: LabelledDocument): { text: string; sentences: (LabelledSentence & Span)[] } {
  let text = '';
  const sentences: (LabelledSentence & Span)[] = [];
  doc.paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += '\n\n';
    paragraph.forEach((s, i) => {
      if (i > 0) text += ' ';
      sentences.push({ ...s, start: text.length, end: text.length + s.text.length });
      text += s.text;
    });
  });
  return { text, sentences };
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

export function scoreEnAttribution(docs: readonly LabelledDocument[], miss: (line: string) => void = () => {}): EnAttributionScore {
  let attributions = 0, kindOk = 0, named = 0, hit = 0, plain = 0, falseAttr = 0;
  for (const doc of docs) {
    const { text, sentences } = assemble(doc);
    const { claims } = extractClaims(text, { language: 'en' });
    sentences.forEach((s, i) => {
      if (s.kind === 'skip') return;
      const c = covering(claims, s);
      const where = `${doc.id}:${i}`;
      if (s.kind === 'none') {
        plain++;
        if (c?.claimant) {
          falseAttr++;
          miss(`false-attr\t${where}\tgot=${c.claimant}\t${s.text}`);
        }
        return;
      }
      attributions++;
      if (c && c.kind === s.kind) kindOk++;
      else miss(`kind\t${where}\tgold=${s.kind}\tgot=${c ? c.kind : '(no claim)'}\t${s.text}`);
      const want = capitalisedWords(s.source);
      if (!want.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return;
      named++;
      const got = capitalisedWords(c?.claimant).map((w) => w.toLowerCase());
      if (want.some((w) => got.includes(w.toLowerCase()))) hit++;
      else miss(`claimant\t${where}\tgold=${s.source}\tgot=${c ? c.claimant : '(no claim)'}\t${s.text}`);
    });
  }
  return {
    docs: docs.length,
    attributions,
    named_sources: named,
    claimant_recall: r3(hit / (named || 1)),
    kind_accuracy: r3(kindOk / (attributions || 1)),
    plain_sentences: plain,
    false_attribution_rate: r3(falseAttr / (plain || 1)),
  };
}

export function readLabelledSet(file: string): LabelledDocument[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledDocument);
}

function main(argv: string[]): void {
  const file = argv.find((a) => !a.startsWith('--'));
  const missIndex = argv.indexOf('--misses');
  const missFile = missIndex >= 0 ? argv[missIndex + 1] : undefined;
  if (!file) {
    console.error('usage: tsx scripts/eval-en-attr.ts PATH/en-attribution.jsonl [--misses FILE]');
    process.exit(2);
  }
  if (missFile) writeFileSync(missFile, '');
  const score = scoreEnAttribution(readLabelledSet(file), missFile ? (line) => appendFileSync(missFile, line + '\n') : undefined);
  console.log(JSON.stringify({ 'en-attr': score }));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) main(process.argv.slice(2));
