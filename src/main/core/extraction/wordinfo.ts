// Everything the rules ask about a single word, answered by one cached look-up. The rules ask
// the same questions (closed class? role? cue for a number, a date, a cause?) about every
// token, and on a 10 MB text a dozen set probes per token dominate the run time.
import { CONCEPT_KEYS, conceptNumber } from './checkworthiness-cues';
import type { Lexicon } from './lexicon';
import { keepSlotInfo, type Token } from './tokens';


// One object read once per importing module (module bindings can be getters under some loaders).
export const WORD = Object.freeze({
  CLOSED: 1,
  ROLE: 2,
  TITLE: 4,
  CALENDAR: 8,
  COMMON_NOUN: 16,
  QUANTITY: 32,
  DATE: 64,
  COMPARISON: 128,
  CAUSE: 256,
  PREDICTION: 512,
  LAW: 1024,
  EVALUATIVE: 2048,
  HEDGE: 4096,
  FIRST_PERSON: 8192,
  /** First word of some two-word cue ("mehr" of "mehr als"): the pair must be checked. */
  PAIR_START: 16384,
  DETERMINER: 32768,
  PREPOSITION: 65536,
  FUNCTION: 131072,
  /** A word without which no attribution rule can match (see hasAttributionCue). */
  CUE: 262144,
  SUBJUNCTIVE: 524288,
  /** A body word or a word with a body suffix: isInstitutionWord, cached here (a loop over suffixes otherwise). */
  INSTITUTION: 1048576,
  /** A source noun, or in German a compound ending in one ("Polizeiangaben"): isSourceNoun, cached here. */
  SOURCE_NOUN: 2097152,
  /**
   * German: an inflected form of a common noun that is no first name or surname, by the noun
   * lexicon (lex.isNoun: "Zeuge", "Trainer", "Namen"); a capitalised word without it may be a name.
   */
  NOUN: 4194304,
  // Bits 23-26 hold the word's cue concept (CONCEPT_SHIFT). The bits above it answer, once per
  // word, the membership questions the rules ask most often of every word of every sentence
  // (lex.speechVerbs.has(t.lower) and the like: a hash-set probe each). No marking (markNamedMonths,
  // markAcronyms) ever clears them: they say exactly what the lexicon's set says of `lower`.
  /** lex.speechVerbs.has(lower) */
  SPEECH_VERB: 1 << 27,
  /** lex.contentVerbs.has(lower) */
  CONTENT_VERB: 1 << 28,
  /** lex.participles.has(lower) */
  PARTICIPLE: 1 << 29,
  /** lex.auxiliaries.has(lower) */
  AUXILIARY: 1 << 30,
  /** lex.passiveAuxiliaries.has(lower) (the sign bit: test with `!== 0`, never `> 0`) */
  PASSIVE_AUX: 1 << 31,
});
const { CLOSED, ROLE, TITLE, CALENDAR, COMMON_NOUN, QUANTITY, DATE, COMPARISON, CAUSE, PREDICTION, LAW, EVALUATIVE, HEDGE, FIRST_PERSON, PAIR_START, DETERMINER, PREPOSITION, FUNCTION, CUE, SUBJUNCTIVE, INSTITUTION, SOURCE_NOUN, NOUN, SPEECH_VERB, CONTENT_VERB, PARTICIPLE, AUXILIARY, PASSIVE_AUX } = WORD;

/**
 * The bits from here up hold the word's cue concept in the lexicon's language (its number in
 * CONCEPT_KEYS; see conceptOfFlags): the German check-worthiness features read it from the token's
 * flags instead of looking the word up again.
 */
const CONCEPT_SHIFT = 23;
/** Four bits: CONCEPT_KEYS has at most 16 entries (a unit test holds it to that). */
const CONCEPT_MASK = 15;
export const MAX_CONCEPTS = CONCEPT_MASK + 1;

/** The cue concept (conceptOf) of the word whose wordInfo flags these are. */
export function conceptOfFlags(flags: number): string | null {
  return CONCEPT_KEYS[(flags >>> CONCEPT_SHIFT) & CONCEPT_MASK] ?? null;
}

const LIMIT = 100000;
const pairStarts = new WeakMap<Lexicon, ReadonlySet<string>>();
const cueSets = new WeakMap<Lexicon, ReadonlySet<string>>();

/** Speech and content verbs, trailing markers, source nouns ("an estimate from X") and the prepositions of "according to" forms. */
function cuesOf(lex: Lexicon): ReadonlySet<string> {
  let cues = cueSets.get(lex);
  if (!cues) {
    cues = new Set([
      ...lex.speechVerbs, ...lex.contentVerbs, ...lex.separableVerbs.keys(), ...lex.trailingMarkers,
      ...lex.participles, ...lex.sourceNouns, ...lex.speechParticiples, ...lex.reportingConjunctions, ...lex.copulas, ...lex.accordingPrepositions, 'laut', 'zufolge', 'nach', 'demnach', 'according', 'heißt',
    ]);
    cueSets.set(lex, cues);
  }
  return cues;
}

function closedClass(lower: string, lex: Lexicon): boolean {
  return lex.functionWords.has(lower) || lex.prepositions.has(lower) || lex.determiners.has(lower) ||
    lex.auxiliaries.has(lower) || lex.passiveAuxiliaries.has(lower) || lex.speechVerbs.has(lower) ||
    lex.contentVerbs.has(lower) || lex.separableVerbs.has(lower) || lex.trailingMarkers.has(lower) ||
    lex.subjunctives.has(lower);
}

function roleWord(lower: string, lex: Lexicon): boolean {
  if (lex.roleWords.has(lower)) return true;
  if (lex.language === 'en' && lower.endsWith('s') && lex.roleWords.has(lower.slice(0, -1))) return true;
  for (const s of lex.roleSuffixes) if (lower.length > s.length && lower.endsWith(s)) return true;
  // "Distrikt-Gouverneur", "Ex-Präsident", "secretary-general", "vice-president": a compound is what its last part is.
  const hyphen = lower.lastIndexOf('-');
  if (hyphen > 0 && hyphen < lower.length - 2) return roleWord(lower.slice(hyphen + 1), lex);
  return false;
}

function startsOfPairs(lex: Lexicon): ReadonlySet<string> {
  let set = pairStarts.get(lex);
  if (!set) {
    const all = [lex.comparisonWords, lex.causeWords, lex.predictionWords, lex.opinionWords, lex.nonClaimOpeners];
    set = new Set(all.flatMap((s) => [...s]).filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));
    pairStarts.set(lex, set);
  }
  return set;
}

function compute(lower: string, lex: Lexicon): number {
  let f = 0;
  if (closedClass(lower, lex)) f |= CLOSED;
  if (roleWord(lower, lex)) f |= ROLE;
  if (lex.titles.has(lower)) f |= TITLE;
  if (lex.months.has(lower) || lex.weekdays.has(lower)) f |= CALENDAR | DATE;
  if (lex.dateWords.has(lower)) f |= DATE;
  for (const s of lex.commonNounSuffixes) {
    if (lower.length > s.length + 2 && lower.endsWith(s)) {
      f |= COMMON_NOUN;
      break;
    }
  }
  if (lex.quantityWords.has(lower)) f |= QUANTITY;
  if (lex.comparisonWords.has(lower)) f |= COMPARISON;
  if (lex.causeWords.has(lower)) f |= CAUSE;
  if (lex.predictionWords.has(lower)) f |= PREDICTION;
  if (lex.lawWords.has(lower)) f |= LAW;
  if (lex.evaluativeWords.has(lower)) f |= EVALUATIVE;
  if (lex.hedgeWords.has(lower)) f |= HEDGE;
  if (lex.firstPersonSingular.has(lower)) f |= FIRST_PERSON;
  if (startsOfPairs(lex).has(lower)) f |= PAIR_START;
  if (lex.determiners.has(lower)) f |= DETERMINER;
  if (lex.prepositions.has(lower)) f |= PREPOSITION;
  if (lex.functionWords.has(lower)) f |= FUNCTION;
  if (cuesOf(lex).has(lower) || lex.circleSuffixes.some((s) => lower.length > s.length + 2 && lower.endsWith(s))) f |= CUE;
  if (lex.subjunctives.has(lower)) f |= SUBJUNCTIVE;
  if (institutionWord(lower, lex)) f |= INSTITUTION;
  // A compound of a source noun cues as its last part does ("In einem Jahresbericht … steht").
  if (sourceNoun(lower, lex)) f |= SOURCE_NOUN | CUE;
  if (lex.isNoun?.(lower)) f |= NOUN;
  f |= (conceptNumber(lower, lex.language) & CONCEPT_MASK) << CONCEPT_SHIFT;
  if (lex.speechVerbs.has(lower)) f |= SPEECH_VERB;
  if (lex.contentVerbs.has(lower)) f |= CONTENT_VERB;
  if (lex.participles.has(lower)) f |= PARTICIPLE;
  if (lex.auxiliaries.has(lower)) f |= AUXILIARY;
  if (lex.passiveAuxiliaries.has(lower)) f |= PASSIVE_AUX;
  return f;
}

// The two below are read through their flags (phrases.ts isInstitutionWord, attribution.ts
// isSourceNoun): each loops over a list of suffixes or nouns, and the rules ask them of the same
// words sentence after sentence.
function institutionWord(lower: string, lex: Lexicon): boolean {
  if (lex.institutionWords.has(lower)) return true;
  for (const s of lex.institutionSuffixes) if (lower.length >= s.length && lower.endsWith(s)) return true;
  // "Bündnisse", "Landesämter", "Verbände": a plural read as its singular, where its ending says so.
  const one = lex.singular?.(lower);
  return !!one && institutionWord(one, lex);
}

function sourceNoun(lower: string, lex: Lexicon): boolean {
  if (lex.sourceNouns.has(lower)) return true;
  const one = lex.singular?.(lower);
  if (one && sourceNoun(one, lex)) return true;
  // German compounds: "Polizeiangaben", "Medienberichten", "Expertenmeinung".
  if (lex.language !== 'de') return false;
  if (lex.sourceNounLookalikes) for (const w of lex.sourceNounLookalikes) if (lower.endsWith(w)) return false;
  for (const n of lex.sourceNouns) if (n.length >= 5 && lower.length > n.length + 2 && lower.endsWith(n)) return true;
  return false;
}

export function wordInfo(lower: string, lex: Lexicon): number {
  let cache = lex.wordCache;
  if (!cache) {
    cache = new Map();
    lex.wordCache = cache;
  }
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  const f = compute(lower, lex);
  if (cache.size >= LIMIT) cache.clear();
  cache.set(lower, f);
  return f;
}

/** wordInfo of a token's `lower`, computed once per token (the rules ask about a token repeatedly). */
export function tokenInfo(t: Token, lex: Lexicon): number {
  if (t.infoLex === lex) return t.info;
  const f = wordInfo(t.lower, lex);
  t.info = f;
  t.infoLex = lex;
  keepSlotInfo(t, lex, f);
  return f;
}

/**
 * Whether token `t` (or nothing: false) has any of the wordInfo `bits`: for the membership bits
 * (SPEECH_VERB …) the answer of `lex.speechVerbs.has(t?.lower ?? '')`, without the set probe.
 */
export function tokenIs(t: Token | undefined, bits: number, lex: Lexicon): boolean {
  return t !== undefined && (tokenInfo(t, lex) & bits) !== 0;
}

/**
 * A month that is also a name ("May", "June") is a name, not a date, after a given name ("Bryan
 * May", "Theresa May") or as the subject of a speech verb ("May said", "May added"); never
 * before a number ("May 28"). Marks those tokens so every rule reads them as names.
 */
export function markNamedMonths(tokens: readonly Token[], lex: Lexicon): void {
  const named = lex.namedMonths;
  if (!named || named.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || !t.cap || t.allCaps || !named.has(t.lower)) continue;
    const next = tokens[i + 1];
    if (next && next.hasDigit) continue;
    const prev = tokens[i - 1];
    const afterGivenName = !!prev && prev.word && prev.cap && !prev.allCaps && !prev.hasDigit &&
      (tokenInfo(prev, lex) & (CLOSED | TITLE | CALENDAR | DATE | QUANTITY | ROLE)) === 0 && !lex.sentenceOpeners.has(prev.lower);
    const speaks = !!next && next.word && !next.cap && (lex.speechVerbs.has(next.lower) || lex.contentVerbs.has(next.lower));
    if (!afterGivenName && !speaks) continue;
    t.info = wordInfo(t.lower, lex) & ~(CALENDAR | DATE | CLOSED | FUNCTION);
    t.infoLex = lex;
  }
}

/**
 * Where a language writes bodies as acronyms (lex.acronymLinks), a word in capitals inside a
 * sentence that is not itself in capitals is an acronym, not the closed-class word it spells:
 * "the WHO said", "US officials". Marks those tokens so the rules read them as names.
 */
export function markAcronyms(tokens: readonly Token[], lex: Lexicon): void {
  if (!lex.acronymLinks) return;
  let lowerWords = 0;
  for (const t of tokens) if (t.word && !t.allCaps && !t.hasDigit && t.text.length > 1) lowerWords++;
  if (lowerWords < 2) return;
  for (const t of tokens) {
    if (!t.word || !t.allCaps || t.quoted || t.text.length > 6) continue;
    const f = tokenInfo(t, lex);
    if ((f & CLOSED) === 0) continue;
    t.info = f & ~(CLOSED | FUNCTION | DETERMINER | PREPOSITION);
  }
}

/**
 * Whether a word ends in "e", "en", "er", "es" or "em" (a German inflected adjective or article
 * ending): /(?:e|en|er|es|em)$/u read from the end, where the regex tries every start position.
 */
export function adjectiveEnding(word: string): boolean {
  const n = word.length;
  if (n === 0) return false;
  const last = word.charCodeAt(n - 1);
  if (last === 0x65) return true; // e
  return n >= 2 && word.charCodeAt(n - 2) === 0x65 && (last === 0x6e || last === 0x72 || last === 0x73 || last === 0x6d); // en er es em
}
