// How much a claim deserves a fact-checker's time, in [0,1] (0.5 and above: check-worthy),
// with the reasons and a Full Fact claim type. Checkable claims carry specifics: numbers,
// dates, named people and places, comparisons, causes, rules. Opinions, hopes and hedged
// talk do not. The article's own voice starts higher than reported or quoted speech because a
// newsroom states mostly facts while sources add evaluation; specifics move any kind up.
import type { ClaimKind, ClaimType } from '../../../shared/domain';
import type { Lexicon } from './lexicon';
import { isNameLike } from './phrases';
import type { Token } from './tokens';
import { tokenInfo, WORD } from './wordinfo';

const { CAUSE, COMPARISON, DATE, EVALUATIVE, FIRST_PERSON, HEDGE, LAW, PAIR_START, PREDICTION, QUANTITY } = WORD;

export interface Checkworthiness {
  score: number;
  reasons: string[];
  type: ClaimType;
}

const BASE: Record<ClaimKind, number> = { statement: 0.5, reported: 0.36, quote: 0.3 };
const YEAR = /^(?:1[89]|20|21)\d\d$/u;
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/u;

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
  if (!prev || !prev.word) return prev?.text === ',' ;
  if (prev.hasDigit || lex.determiners.has(prev.lower) || lex.quantityWords.has(prev.lower)) return false;
  if (!prev.cap && ADJECTIVE_ENDING.test(prev.lower) && !lex.functionWords.has(prev.lower) && !lex.prepositions.has(prev.lower)) return false;
  return !prev.cap || isKnownName(prev.lower);
}

export function assessCheckworthiness(
  tokens: readonly Token[],
  kind: ClaimKind,
  lex: Lexicon,
  isKnownName: (lowerWord: string) => boolean,
): Checkworthiness {
  let number = false;
  let date = false;
  let comparison = false;
  let cause = false;
  let prediction = false;
  let law = false;
  let evaluative = 0;
  let hedge = false;
  let opinion = false;
  let firstPerson = false;
  let previous: string | undefined;
  let previousPairStart = false;
  for (const t of tokens) {
    if (!t.word) continue;
    if (t.hasDigit) {
      if (YEAR.test(t.text)) date = true;
      else number = true;
    }
    const w = t.lower;
    const f = tokenInfo(t, lex);
    if (f & QUANTITY) number = true;
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
  const entities = new Set<string>();
  for (let i = 0; i < tokens.length && entities.size < 4; i++) {
    const t = tokens[i];
    if (t && isProperNoun(tokens, i, lex, isKnownName)) entities.add(t.lower);
  }

  const reasons: string[] = [];
  let score = BASE[kind];
  if (number) { score += 0.2; reasons.push('number'); }
  if (date) { score += 0.15; reasons.push('date'); }
  if (entities.size > 0) { score += 0.05 * Math.min(3, entities.size); reasons.push('named entity'); }
  if (comparison) { score += 0.1; reasons.push('comparison'); }
  if (cause) { score += 0.15; reasons.push('cause'); }
  if (law) { score += 0.12; reasons.push('law or rule'); }
  if (prediction) { score += 0.05; reasons.push('prediction'); }
  if (evaluative > 0) { score -= 0.08 * Math.min(2, evaluative); reasons.push('evaluative wording'); }
  if (hedge) { score -= 0.1; reasons.push('hedged'); }
  if (opinion) { score -= 0.1; reasons.push('opinion or intention'); }
  if (firstPerson && !number && !date) { score -= 0.05; reasons.push('personal'); }
  score = Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;

  let type: ClaimType = 'other';
  if (number) type = 'quantity';
  else if (cause) type = 'correlation_causation';
  else if (law) type = 'law_rule';
  else if (prediction) type = 'prediction';
  else if (firstPerson) type = 'personal_experience';
  return { score, reasons, type };
}

/** Past this many words a sentence is reporting, whatever boilerplate phrase it contains. */
const BOILERPLATE_MAX_WORDS = 16;

const phraseCache = new WeakMap<readonly string[], readonly (readonly string[])[]>();

function splitPhrases(list: readonly string[]): readonly (readonly string[])[] {
  let out = phraseCache.get(list);
  if (!out) {
    out = list.map((p) => p.split(' '));
    phraseCache.set(list, out);
  }
  return out;
}

function phraseAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) return false;
  return true;
}

/** "By Jane Doe and John Roe", "Von Martina Muster": a short line of names after "by"/"von". */
function isByline(tokens: readonly Token[], lex: Lexicon): boolean {
  const wordTokens = tokens.filter((t) => t.word);
  const first = wordTokens[0];
  if (!first || wordTokens.length < 2 || wordTokens.length > 8) return false;
  if (first.lower !== (lex.language === 'de' ? 'von' : 'by')) return false;
  const and = lex.language === 'de' ? 'und' : 'and';
  return wordTokens.slice(1).every((t) => t.cap || t.lower === and);
}

/**
 * Newsroom furniture that is no claim: bylines, "Lesen Sie auch", editor's notes, photo credits,
 * "could not be independently verified" notes, "contributed to this report", interview closings.
 * Only short sentences are judged, so a long report that quotes such a phrase stays a claim.
 */
export function isBoilerplate(tokens: readonly Token[], lex: Lexicon): boolean {
  const words: string[] = [];
  let short = true;
  for (const t of tokens) {
    if (!t.word) continue;
    if (words.length >= BOILERPLATE_MAX_WORDS) {
      short = false;
      break;
    }
    words.push(t.lower);
  }
  if (words.length === 0) return false;
  if (isCreditLine(tokens, lex)) return true; // "Foto: dpa"
  if (splitPhrases(lex.boilerplateOpeners).some((p) => phraseAt(words, 0, p))) return true;
  if (!short) return false;
  const markers = splitPhrases(lex.boilerplateMarkers);
  for (let i = 0; i < words.length; i++) if (markers.some((p) => phraseAt(words, i, p))) return true;
  return isByline(tokens, lex);
}

const BARE_EVALUATION_MAX_WORDS = 6;

/**
 * "That's a fact.", "That's not my opinion.", "Das stimmt so nicht.": a short verdict on what
 * was just said, with no figure and no name of its own, is rhetoric rather than a claim.
 */
export function isBareEvaluation(tokens: readonly Token[], lex: Lexicon): boolean {
  const words: Token[] = [];
  for (const t of tokens) {
    if (/\d/u.test(t.text)) return false;
    if (!t.word) continue;
    if (words.length >= BARE_EVALUATION_MAX_WORDS) return false;
    // A name of its own makes it a claim about someone (German capitalises every noun, so there only the opener counts).
    if (lex.language === 'en' && words.length > 0 && t.cap && t.lower !== 'i') return false;
    words.push(t);
  }
  const lower = words.map((t) => t.lower);
  return splitPhrases(lex.bareEvaluationOpeners).some((p) => phraseAt(lower, 0, p));
}

/** A photo credit line ("Foto: dpa", "Photo: Jane Doe/AP"): the paragraph before it is a caption. */
export function isCreditLine(tokens: readonly Token[], lex: Lexicon): boolean {
  const first = tokens[0];
  const second = tokens[1];
  return !!first && first.word && lex.creditWords.has(first.lower) && !!second && (second.text === ':' || second.text === '/');
}
