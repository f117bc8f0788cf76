// Newsroom furniture and bare evaluations: sentences that are no claim at all, whatever their
// score. How check-worthy a claim is comes from the learned model (scorer.ts, fed by
// checkworthiness-features.ts).
import type { Lexicon } from './lexicon';
import type { Token } from './tokens';

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

const firstWordCache = new WeakMap<readonly string[], ReadonlyMap<string, readonly (readonly string[])[]>>();

/** The phrases of a list by their first word: a sentence's words are each looked up once, not tried against every phrase. */
function phrasesByFirstWord(list: readonly string[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  let out = firstWordCache.get(list);
  if (!out) {
    const map = new Map<string, (readonly string[])[]>();
    for (const p of splitPhrases(list)) {
      const at = map.get(p[0] ?? '');
      if (at) at.push(p);
      else map.set(p[0] ?? '', [p]);
    }
    out = map;
    firstWordCache.set(list, out);
  }
  return out;
}

function phraseAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) return false;
  return true;
}

/** "By Jane Doe and John Roe", "Von Martina Muster": a short line of names after "by"/"von". */
function isByline(tokens: readonly Token[], lex: Lexicon): boolean {
  if (tokens.find((t) => t.word)?.lower !== (lex.language === 'de' ? 'von' : 'by')) return false;
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
  if (phrasesByFirstWord(lex.boilerplateOpeners).get(words[0]!)?.some((p) => phraseAt(words, 0, p))) return true;
  if (!short) return false;
  const markers = phrasesByFirstWord(lex.boilerplateMarkers);
  for (let i = 0; i < words.length; i++) if (markers.get(words[i]!)?.some((p) => phraseAt(words, i, p))) return true;
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
    // An ASCII digit (as /\d/ reads it) stands only in a word token, and only in one with hasDigit.
    if (t.hasDigit && /\d/u.test(t.text)) return false;
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
