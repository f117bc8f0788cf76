// What the check-worthiness model sees of a sentence, computed in one place for training and
// for the app: the hand features (numbers, dates, names, comparisons, causes, rules, hedges,
// opinions, first person, questions, length) through the language's lexicon, and the lexical
// features (words and word pairs). The English model reads the words themselves; the transfer
// model (German, and any language without labelled data) reads cue concepts instead, which mean
// the same in both languages (checkworthiness-cues.ts).
import type { ClaimType } from '../../../shared/domain';
import { conceptOf, CUE_LEXICON_VERSION } from './checkworthiness-cues';
import type { Lexicon } from './lexicon';
import { isNameLike } from './phrases';
import type { Token } from './tokens';
import { conceptOfFlags, tokenInfo, WORD, adjectiveEnding } from './wordinfo';

const { CAUSE, COMPARISON, DATE, EVALUATIVE, FIRST_PERSON, HEDGE, LAW, PAIR_START, PREDICTION, QUANTITY } = WORD;

/** The hand features, in the order of the model's weight vector. Each value is in [0, 1]. */
export const HAND_FEATURES = [
  'number', 'quantity', 'date', 'entity', 'comparison', 'cause', 'law', 'prediction',
  'evaluative', 'hedge', 'opinion', 'first_person', 'question', 'exclamation', 'symbol', 'short', 'long',
] as const;
export type HandFeature = (typeof HAND_FEATURES)[number];

/** Past this many tokens the words of a sentence add nothing (and a 1 MB "sentence" costs nothing more). */
const MAX_LEXICAL_TOKENS = 400;
/**
 * The English model's words are length-normalised: their summed weight counts
 * WORD_SCALE / √(number of word and pair keys), so a long sentence's many words do not outvote
 * what its hand features say, and a short one's few words still count. (10-fold CV on
 * ClaimBuster, 4 December 2026: F1 0.771 → 0.778 against plain sums.)
 */
const WORD_SCALE = 3;
const SHORT_WORDS = 7;
const LONG_WORDS = 30;
const YEAR = /^(?:1[89]|20|21)\d\d$/u;
/** Punctuation that says something about the sentence, kept among its words. */
const TELLING_MARKS = new Set(['?', '!', '%', '$', '€', '£', '¥']);
const SYMBOLS = new Set(['%', '$', '€', '£', '¥', '‰']);

/**
 * How the features are made, as one string: the model file records a hash of it, and a model
 * trained on other features is refused at start-up. Bump when any feature changes meaning.
 */
export const FEATURE_SPEC = [
  'hand:' + HAND_FEATURES.join(','),
  `lexical:lower-words,digits-as-0,marks-${[...TELLING_MARKS].join('')},unigrams,bigrams,start-^,max-${MAX_LEXICAL_TOKENS},words-scaled-${WORD_SCALE}/sqrt(2n)`,
  `short<${SHORT_WORDS},long>=${LONG_WORDS}`,
  `cues:${CUE_LEXICON_VERSION}`,
].join(';');

/** FNV-1a, 32 bits, as 8 hex digits: a stable fingerprint without Node's crypto. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export const FEATURE_HASH = fingerprint(FEATURE_SPEC);

export interface SentenceFeatures {
  /** Values of HAND_FEATURES, in that order. */
  hand: number[];
  /**
   * The sentence's words as the English model reads them (lower case, digits as "0", telling
   * marks kept; empty for the concepts reader). Its keys are the words and word pairs: wordKeys().
   */
  forms: string[];
  /** Cue concepts ("c:jobs", "c:think"): what the transfer model reads, in any language (empty for the words reader). */
  concepts: string[];
  type: ClaimType;
}

const pairMaps = new WeakMap<ReadonlySet<string>, ReadonlyMap<string, ReadonlySet<string>>>();

/** The two-word entries of a cue set as first word → second words. */
function pairsOf(set: ReadonlySet<string>): ReadonlyMap<string, ReadonlySet<string>> {
  let map = pairMaps.get(set);
  if (!map) {
    const m = new Map<string, Set<string>>();
    for (const p of set) {
      const space = p.indexOf(' ');
      if (space < 0) continue;
      const first = p.slice(0, space);
      const rest = m.get(first) ?? new Set<string>();
      rest.add(p.slice(space + 1));
      m.set(first, rest);
    }
    map = m;
    pairMaps.set(set, map);
  }
  return map;
}

/** Whether "w next" is in the set (tokens hold no spaces, so this is the first word and the rest). */
function pairHit(set: ReadonlySet<string>, w: string, next: string | undefined): boolean {
  return next !== undefined && (pairsOf(set).get(w)?.has(next) ?? false);
}

/**
 * A proper noun, guessed without a gazetteer. English: a capitalised word that does not open the
 * sentence. German capitalises all nouns, so a capitalised word counts only with no article or
 * inflected adjective before it ("aus China", "mit Russland", "Serbien"), and not with a common
 * noun ending. Acronyms ("USA", "EU") and people the article names always count.
 */
function isProperNoun(tokens: readonly Token[], i: number, lex: Lexicon, isKnownName: (w: string) => boolean): boolean {
  const t = tokens[i];
  if (!t || !t.word) return false;
  if (t.allCaps && t.text.length >= 2 && !t.hasDigit) return true;
  if (!isNameLike(t, lex)) return false;
  if (isKnownName(t.lower)) return true;
  const prev = tokens[i - 1];
  const opensSentence = !prev || (!prev.word && i <= 2);
  if (opensSentence) return false;
  if (lex.language === 'en') return true;
  if (!prev || !prev.word) return prev?.text === ',';
  if (prev.hasDigit || lex.determiners.has(prev.lower) || lex.quantityWords.has(prev.lower)) return false;
  if (!prev.cap && adjectiveEnding(prev.lower) && !lex.functionWords.has(prev.lower) && !lex.prepositions.has(prev.lower)) return false;
  return !prev.cap || isKnownName(prev.lower);
}

function lexicalForm(t: Token): string | null {
  if (t.word) return t.hasDigit ? '0' : t.lower;
  return TELLING_MARKS.has(t.text) ? t.text : null;
}

/** Which lexical features to compute: the English model's words, the transfer model's concepts, or both (training). */
export type LexicalReader = 'words' | 'concepts' | 'both';

/** The reader a language's model uses: words for English, concepts for every other language. */
export const readerFor = (language: string): 'words' | 'concepts' => (language === 'en' ? 'words' : 'concepts');

/** The features of one sentence. `isKnownName` says whether the article names a person so. */
export function sentenceFeatures(
  tokens: readonly Token[],
  lex: Lexicon,
  isKnownName: (lowerWord: string) => boolean,
  reader: LexicalReader = readerFor(lex.language),
): SentenceFeatures {
  const wantWords = reader !== 'concepts';
  const wantConcepts = reader !== 'words';
  let number = false;
  let quantity = false;
  let date = false;
  let comparison = false;
  let cause = false;
  let prediction = false;
  let law = false;
  let evaluative = 0;
  let hedge = false;
  let opinion = false;
  let firstPerson = false;
  let symbol = false;
  let wordsSeen = 0;
  let previous: string | undefined;
  let previousPairStart = false;
  let lastMark = '';
  const forms: string[] = [];
  const concepts: string[] = [];
  let lexical = 0;
  for (const t of tokens) {
    if (lexical < MAX_LEXICAL_TOKENS) {
      const form = lexicalForm(t);
      if (form !== null) {
        lexical++;
        if (wantWords) forms.push(form);
        if (wantConcepts) {
          // A word's concept is in its flags (a word with a digit reads as '0', which is no word).
          const concept = t.word && !t.hasDigit ? conceptOfFlags(tokenInfo(t, lex)) : conceptOf(form, lex.language);
          if (concept && !concepts.includes(concept)) concepts.push(concept);
        }
      }
    }
    if (!t.word) {
      if (SYMBOLS.has(t.text)) symbol = true;
      if (t.text === '?' || t.text === '!' || t.text === '.') lastMark = t.text;
      continue;
    }
    lastMark = '';
    wordsSeen++;
    if (t.hasDigit) {
      if (YEAR.test(t.text)) date = true;
      else number = true;
    }
    const w = t.lower;
    const f = tokenInfo(t, lex);
    if (f & QUANTITY) quantity = true;
    if (f & DATE) date = true;
    if (f & COMPARISON) comparison = true;
    if (f & CAUSE) cause = true;
    if (f & PREDICTION) prediction = true;
    if (f & LAW) law = true;
    if (f & EVALUATIVE) evaluative++;
    if (f & HEDGE) hedge = true;
    if (f & FIRST_PERSON) firstPerson = true;
    if (previousPairStart && previous !== undefined) {
      // Two-word cues ("mehr als", "due to", "I think"), checked only after a word that starts one.
      if (pairHit(lex.comparisonWords, previous, w)) comparison = true;
      if (pairHit(lex.causeWords, previous, w)) cause = true;
      if (pairHit(lex.predictionWords, previous, w)) prediction = true;
      if (pairHit(lex.opinionWords, previous, w)) opinion = true;
    }
    previous = w;
    previousPairStart = (f & PAIR_START) !== 0;
  }
  // Up to three distinct proper nouns (a small array: no Set per sentence).
  const entities: string[] = [];
  for (let i = 0; i < tokens.length && entities.length < 3; i++) {
    const t = tokens[i];
    if (t && isProperNoun(tokens, i, lex, isKnownName) && !entities.includes(t.lower)) entities.push(t.lower);
  }

  // In HAND_FEATURES order (a test holds the two in step).
  const hand = [
    number ? 1 : 0,
    quantity ? 1 : 0,
    date ? 1 : 0,
    entities.length / 3,
    comparison ? 1 : 0,
    cause ? 1 : 0,
    law ? 1 : 0,
    prediction ? 1 : 0,
    Math.min(2, evaluative) / 2,
    hedge ? 1 : 0,
    opinion ? 1 : 0,
    firstPerson ? 1 : 0,
    lastMark === '?' ? 1 : 0,
    lastMark === '!' ? 1 : 0,
    symbol ? 1 : 0,
    wordsSeen < SHORT_WORDS ? 1 : 0,
    wordsSeen >= LONG_WORDS ? 1 : 0,
  ];

  let type: ClaimType = 'other';
  if (number || quantity) type = 'quantity';
  else if (cause) type = 'correlation_causation';
  else if (law) type = 'law_rule';
  else if (prediction) type = 'prediction';
  else if (firstPerson) type = 'personal_experience';
  return { hand, forms, concepts, type };
}

/** The sentence start, as the first word of the first pair. */
export const START = '^';

/** The English model's keys of a sentence: each word and each pair of neighbours ("we lost", "^ i"), once. */
export function wordKeys(forms: readonly string[]): string[] {
  const keys = new Set<string>();
  let previous = START;
  for (const form of forms) {
    keys.add(form);
    keys.add(`${previous} ${form}`);
    previous = form;
  }
  return [...keys];
}

/**
 * What each word key of a sentence with `formCount` forms is worth to the English model: its
 * words and pairs (two keys a form) share WORD_SCALE / √(keys). Training and scoring both use it.
 */
export function wordScale(formCount: number): number {
  return WORD_SCALE / Math.sqrt(Math.max(1, 2 * formCount));
}
