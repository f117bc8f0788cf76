// The attribution task: who said each sentence, and how (quote or reported speech), measured on
// a corpus of articles whose attributions are annotated. The measures are those of the team's
// score-corpora.mjs --task de-attr, computed in-process (no process per article).
//
// Corpus format (one article per line, JSON): `id`, `sentences` (strings, in order; the article
// text is them joined with a single space), `attributions[]` with `source`, `form` (Direct,
// Indirect, FreeIndirect, Reported), `messageSentences` (sentence indices) and `nested`. A
// labelled set in another language is converted to this shape and given its own
// AttributionLanguage (which words never name a source).
import { extractClaims, type ExtractedClaim } from '../../src/main/core/extraction';

export interface AnnotatedAttribution {
  source: string | null;
  form: string;
  messageSentences: number[];
  nested: boolean;
}

export interface AnnotatedArticle {
  id: string;
  sentences: string[];
  attributions: AnnotatedAttribution[];
}

/** What never names a source, per language: pronouns, articles, adverbs of attribution. */
export interface AttributionLanguage {
  /** Capitalised words that are not names (compared case-insensitively). */
  pronouns: RegExp;
  /** Sentence-initial function words that are dropped from the gold source (compared as written). */
  determiners: RegExp;
  /**
   * Endings of a genitive that the extractor names in the nominative ("des Landesrechnungshofs" →
   * "Landesrechnungshof"): a gold word counts as named when the claimant has it without one of these.
   */
  genitiveEndings?: readonly string[];
  /**
   * Strong nominative endings that the extractor gives an adjective in "-en" of a genitive phrase
   * ("des Statistischen Landesamts" → "Statistisches Landesamt"): a gold word in "-en" counts as
   * named when the claimant has it with "-en" replaced by one of these.
   */
  adjectiveEndings?: readonly string[];
}

export const GERMAN: AttributionLanguage = {
  pronouns: /^(er|sie|es|ich|wir|ihr|man|dieser|diese|jener|der|die|das|demnach|dabei|so)$/i,
  determiners: /^(Die|Der|Das|Den|Dem|Des|Ein|Eine|Nach|Laut|Wie)$/,
  genitiveEndings: ['s', 'es'],
  adjectiveEndings: ['es', 'er'],
};

/** German matched word for word, as the team's score-corpora.mjs matches (no forgiven endings). */
export const GERMAN_EXACT: AttributionLanguage = { pronouns: GERMAN.pronouns, determiners: GERMAN.determiners };

/** English: the claimant of "he said" is whoever "he" is; "The", "According" name no one. */
export const ENGLISH: AttributionLanguage = {
  pronouns: /^(he|she|it|they|we|you|his|her|its|their|the|this|that|these|those|mr|mrs|ms|dr|according)$/i,
  determiners: /^(The|A|An|According)$/,
};

/**
 * A labelled article (the en-attr set: one JSON object per line):
 *   { "id": "…", "url": "…", "paragraphs": [[ { "text": "…", "kind": K, "source": S }, … ], … ] }
 * The sentences of a paragraph are joined by one space and paragraphs by a blank line, which
 * gives the article text (so quotations that run on over paragraphs, and headings, stay as the
 * publisher set them). K is "quote" (direct speech), "reported" (indirect speech: "X said that
 * …", "according to X", "X expects …"), "none" (the article's own voice) or "skip" (ambiguous:
 * in no figure). S is the claimant as the article names it, resolved as a reader would (a
 * pronoun's person, "the company" → its name, "the memo" → its author); lower case for a source
 * the article does not name ("officials", "a spokesman").
 */
export interface LabelledSentence {
  text: string;
  kind: 'quote' | 'reported' | 'none' | 'skip';
  source: string | null;
}

export interface LabelledArticle {
  id: string;
  url?: string;
  paragraphs: LabelledSentence[][];
}

export interface AttributionFigures {
  docs: number;
  named_sources: number;
  claimant_recall: number;
  kind_accuracy: number;
  false_attribution_rate: number;
  /** Sample sizes behind kind accuracy and the false attribution rate. */
  attributions: number;
  plain_sentences: number;
  /** 95% Wilson score intervals [low, high] of the three rates: the sets are small. */
  ci95: { claimant_recall: [number, number]; kind_accuracy: [number, number]; false_attribution_rate: [number, number] };
}

/** Counts that add up across articles, so parts of a corpus can be reported apart and together. */
export interface AttributionCounts {
  docs: number;
  named: number;
  hit: number;
  kinds: number;
  kindOk: number;
  plain: number;
  falseAttr: number;
}

export const noCounts = (): AttributionCounts => ({ docs: 0, named: 0, hit: 0, kinds: 0, kindOk: 0, plain: 0, falseAttr: 0 });

export function addCounts(a: AttributionCounts, b: AttributionCounts): AttributionCounts {
  return { docs: a.docs + b.docs, named: a.named + b.named, hit: a.hit + b.hit, kinds: a.kinds + b.kinds, kindOk: a.kindOk + b.kindOk, plain: a.plain + b.plain, falseAttr: a.falseAttr + b.falseAttr };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The 95% Wilson score interval of `hits` successes in `n` trials (sound near 0 and 1, unlike the normal approximation). */
export function wilson(hits: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.96;
  const p = hits / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [round3(Math.max(0, centre - half)), round3(Math.min(1, centre + half))];
}

export function figures(c: AttributionCounts): AttributionFigures {
  return {
    docs: c.docs,
    named_sources: c.named,
    claimant_recall: round3(c.hit / (c.named || 1)),
    kind_accuracy: round3(c.kindOk / (c.kinds || 1)),
    false_attribution_rate: round3(c.falseAttr / (c.plain || 1)),
    attributions: c.kinds,
    plain_sentences: c.plain,
    ci95: { claimant_recall: wilson(c.hit, c.named), kind_accuracy: wilson(c.kindOk, c.kinds), false_attribution_rate: wilson(c.falseAttr, c.plain) },
  };
}

interface Span {
  start: number;
  end: number;
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The claim covering at least 60% of the span, the one covering most of it first. */
function covering(claims: readonly ExtractedClaim[], s: Span): ExtractedClaim | null {
  let best: ExtractedClaim | null = null;
  for (const c of claims) if (overlap(c, s) >= 0.6 * (s.end - s.start) && (!best || overlap(c, s) > overlap(best, s))) best = c;
  return best;
}

function joinSentences(sentences: readonly string[]): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  sentences.forEach((t, i) => {
    if (i) text += ' ';
    spans.push({ start: text.length, end: text.length + t.length });
    text += t;
  });
  return { text, spans };
}

/**
 * Scores one article. A sentence's claimant is right when it shares a capitalised word (3+
 * letters, not a pronoun or article) with the gold source of the first top-level Direct or
 * Indirect attribution whose message covers that sentence; only sources that contain a name
 * count. Kind is quote for Direct, reported for Indirect. A sentence with no attribution whose
 * claim has a claimant is a false attribution.
 */
/** Whether the gold word `w` (lower case) is among the claimant's words, as written or in the nominative of its genitive. */
function named(w: string, got: readonly string[], lang: AttributionLanguage): boolean {
  if (got.includes(w)) return true;
  if (lang.genitiveEndings?.some((e) => w.length > e.length + 3 && w.endsWith(e) && got.includes(w.slice(0, -e.length)))) return true;
  return w.length > 4 && w.endsWith('en') && !!lang.adjectiveEndings?.some((e) => got.includes(w.slice(0, -2) + e));
}

export function scoreArticle(doc: AnnotatedArticle, lang: AttributionLanguage, miss: (line: string) => void = () => {}): AttributionCounts {
  const caps = (s: string | null | undefined): string[] =>
    (s ?? '').split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w) && !lang.pronouns.test(w));
  const counts = noCounts();
  counts.docs = 1;
  const { text, spans } = joinSentences(doc.sentences);
  const { claims } = extractClaims(text);
  doc.sentences.forEach((s, i) => {
    const c = covering(claims, spans[i]!);
    const atts = doc.attributions.filter((a) => !a.nested && a.messageSentences.includes(i));
    if (!atts.length) {
      counts.plain++;
      if (c?.claimant) {
        counts.falseAttr++;
        miss(`false-attr\t${doc.id}:${i}\tgot=${c.claimant}\t${s}`);
      }
      return;
    }
    const a = atts.find((x) => x.form === 'Direct' || x.form === 'Indirect');
    if (!a || a !== atts[0]) return;
    counts.kinds++;
    const wantKind = a.form === 'Direct' ? 'quote' : 'reported';
    if (c && c.kind === wantKind) counts.kindOk++;
    else miss(`kind\t${doc.id}:${i}\twant=${wantKind}\tgot=${c ? c.kind : '(no claim)'}\t${s}`);
    const want = caps(a.source).filter((w) => !lang.determiners.test(w));
    if (!(want.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && (a.source ?? '').split(/\s+/).length <= 12)) return;
    counts.named++;
    const got = caps(c?.claimant).map((w) => w.toLowerCase());
    if (want.some((w) => named(w.toLowerCase(), got, lang))) counts.hit++;
    else miss(`claimant\t${doc.id}:${i}\tgold=${a.source}\tgot=${c ? c.claimant : '(no claim)'}\t${s}`);
  });
  return counts;
}

function joinParagraphs(paragraphs: readonly (readonly LabelledSentence[])[]): { text: string; sentences: (LabelledSentence & Span)[] } {
  let text = '';
  const sentences: (LabelledSentence & Span)[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (p) text += '\n\n';
    paragraph.forEach((s, i) => {
      if (i) text += ' ';
      sentences.push({ ...s, start: text.length, end: text.length + s.text.length });
      text += s.text;
    });
  });
  return { text, sentences };
}

/**
 * Scores one labelled article with the measures of scoreArticle: claimant recall on sentences
 * whose source contains a name, kind accuracy on every attributed sentence, false attributions
 * on sentences in the article's own voice.
 */
export function scoreLabelledArticle(doc: LabelledArticle, lang: AttributionLanguage, miss: (line: string) => void = () => {}): AttributionCounts {
  const caps = (s: string | null | undefined): string[] =>
    (s ?? '').split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w) && !lang.pronouns.test(w));
  const counts = noCounts();
  counts.docs = 1;
  const { text, sentences } = joinParagraphs(doc.paragraphs);
  const { claims } = extractClaims(text);
  sentences.forEach((s, i) => {
    if (s.kind === 'skip') return;
    const c = covering(claims, s);
    if (s.kind === 'none') {
      counts.plain++;
      if (c?.claimant) {
        counts.falseAttr++;
        miss(`false-attr\t${doc.id}:${i}\tgot=${c.claimant}\t${s.text}`);
      }
      return;
    }
    counts.kinds++;
    if (c && c.kind === s.kind) counts.kindOk++;
    else miss(`kind\t${doc.id}:${i}\twant=${s.kind}\tgot=${c ? c.kind : '(no claim)'}\t${s.text}`);
    const want = caps(s.source).filter((w) => !lang.determiners.test(w));
    if (!want.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return;
    counts.named++;
    const got = caps(c?.claimant).map((w) => w.toLowerCase());
    if (want.some((w) => got.includes(w.toLowerCase()))) counts.hit++;
    else miss(`claimant\t${doc.id}:${i}\tgold=${s.source}\tgot=${c ? c.claimant : '(no claim)'}\t${s.text}`);
  });
  return counts;
}
