// Who says a sentence. Looks only at the frame of the sentence (tokens outside quotations) and
// tries, in order of strength:
//   leading   "Putin habe betont, …", "Trump erklärte, …", "Mr. Powell has said that …",
//             "Am Montag sagte Merz, …"
//   trailing  "…, ergänzte Trump.", "…, so Putin.", "…," said Warren. / "…," she added.
//   according "laut X", "X zufolge", "nach Angaben des X", "nach seinen Berechnungen",
//             "according to X"
// The speech verb's subject wins over the subject of the reported clause, and a leading
// attribution over a trailing source ("Putin habe betont, …, berichtete das Staatsfernsehen":
// the claim is Putin's; the broadcaster only relays it).
import type { Lexicon } from './lexicon';
import { isInstitutionWord, isPossessive, isRoleWord, readPhrase, type Mention, type PhraseResult } from './phrases';
import type { Token } from './tokens';
import { tokenInfo, tokenIs, WORD, wordInfo, adjectiveEnding } from './wordinfo';

const { AUXILIARY, CALENDAR, CLOSED, CONTENT_VERB, CUE, DATE, DETERMINER, FUNCTION, PARTICIPLE, PASSIVE_AUX, PREPOSITION, QUANTITY, SPEECH_VERB, SUBJUNCTIVE } = WORD;

export type AttributionForm = 'leading' | 'trailing' | 'according';

export interface Attribution {
  mention: Mention;
  form: AttributionForm;
}

interface Clause {
  start: number;
  end: number;
}

const NAME_QUOTE_WORDS = 3;

// Unicode-property regexes used in hot code are module constants: esbuild (tsx, electron-vite,
// the CLI build) turns a /\p{…}/u literal into `new RegExp(…)`, built again at every evaluation
// (about 250 ns each) when it stands inside a function.
/** "Speaking": a capitalised participle read as a one-word name. */
const ING_NAME = /^\p{Lu}\p{Ll}{3,}ing$/u;
const HAS_CAPITAL = /\p{Lu}/u;
const OPENS_CAPITAL = /^\p{Lu}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const SHORT_NUMBER = /^\p{N}{1,4}$/u;
/** "They’ve", "We’re": a pronoun with its verb run on. */
const CONTRACTION = /^\p{L}+['’](?:ve|re|ll|d|m)$/u;
const CAPITAL_START = /^\p{Lu}/u;

/**
 * The tokens outside quotations; quotation marks stay as clause boundaries. A short quotation
 * that starts with a capital is a name or title ("die Zeitung „Yemen Observer“ berichtet",
 * "die „Aktion Deutschland hilft“"): its words stay in the frame, without the marks.
 */
export function frameOf(tokens: readonly Token[], lex?: Lexicon): Token[] {
  const links = lex?.quotedNameLinks;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.quoted) {
      out.push(t);
      continue;
    }
    let end = i;
    let words = 0;
    let punctuated = false; // "“Nobody was hurt,” the statement said": punctuation inside marks a sentence, not a name
    while (end < tokens.length && tokens[end]!.quoted) {
      const q = tokens[end++]!;
      if (q.word) words++;
      // (An apostrophe of elision after one letter is part of a name: "„L’Alliance pour la Planète“", "O’Brien";
      // "“It’s over”" is a sentence.)
      else if (q.text !== '-' && !QUOTE_MARKS.has(q.text) && !(APOSTROPHES.has(q.text) && tokens[end - 2]?.word && tokens[end - 2]!.text.length === 1)) punctuated = true;
    }
    const open = out[out.length - 1];
    const close = tokens[end];
    // "das „Departement Information und Presse“ des Ministeriums", "der „Oberste Rat zur Wiederherstellung der
    // Demokratie“": a longer quotation is a name too when all its words are capitalised but a few links (German).
    const short = words <= NAME_QUOTE_WORDS || (!!links && words <= LONG_NAME_QUOTE_WORDS && titleCased(tokens, i, end, links));
    // "der Chef der „taz“ sagte", "ein Vertreter der „con energy ag“": a short quotation in lower case after an
    // article is a name too (German), unless a capitalised noun follows the quotation, whose adjective it
    // is ("die „grüne“ Partei").
    const before = out[out.length - 2];
    const after = tokens[end + 1];
    const lowerName = words <= NAME_QUOTE_WORDS && !!lex && lex.language === 'de' && t.word && !t.cap && !t.hasDigit && !!before?.word &&
      lex.determiners.has(before.lower) && !(after?.word && after.cap);
    if (words > 0 && short && !punctuated && t.word && (t.cap || lowerName) && open && !open.word && close && !close.word && close.text !== ',' && close.text !== '.') {
      out.pop();
      for (let k = i; k < end; k++) out.push({ ...tokens[k]!, quoted: false, fromQuote: true, ...(lowerName ? { cap: true } : {}) });
      i = end; // the closing mark is dropped too
      continue;
    }
    i = end - 1;
  }
  return out;
}

const LONG_NAME_QUOTE_WORDS = 7;
const APOSTROPHES: ReadonlySet<string> = new Set(['’', "'", '′']);

/** Whether the words from `from` to `to` are capitalised but for link words ("und", "zur", "der"), the last one capitalised. */
function titleCased(tokens: readonly Token[], from: number, to: number, links: ReadonlySet<string>): boolean {
  let last: Token | undefined;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (!t.cap && !links.has(t.lower)) return false;
    last = t;
  }
  return !!last?.cap;
}

const ASIDE_MAX = 15;
const ASIDE_DASHES: ReadonlySet<string> = new Set(['–', '—']);

/** A word inside an aside that may carry its own attribution ("– so der Sprecher –", "– sagte sie –"). */
function asideCue(t: Token, lex: Lexicon): boolean {
  const l = t.lower;
  return lex.speechVerbs.has(l) || lex.contentVerbs.has(l) || lex.participles.has(l) || lex.separableVerbs.has(l) || lex.trailingMarkers.has(l) ||
    lex.accordingPrepositions.has(l) || lex.sourceNouns.has(l) || l === 'zufolge';
}

/**
 * German: the frame without asides set off by a pair of dashes ("Dies gab heute – nach langen
 * Untersuchungen – Professor X bekannt"), which stand outside the clause around them; an aside
 * with a cue of its own stays. A sentence with no dash is returned as it is; the scan past a dash
 * is bounded, so the whole is linear.
 */
export function withoutAsides(frame: Token[], lex: Lexicon): Token[] {
  if (lex.language !== 'de') return frame;
  frame = withoutComparativeAsides(frame, lex);
  frame = withoutDateAppositions(frame, lex);
  if (!frame.some((t) => !t.word && ASIDE_DASHES.has(t.text))) return frame;
  const out: Token[] = [];
  for (let i = 0; i < frame.length; i++) {
    const t = frame[i]!;
    if (!t.word && ASIDE_DASHES.has(t.text) && i > 0) {
      let j = i + 1;
      let plain = true;
      for (; j < frame.length && j - i <= ASIDE_MAX; j++) {
        const x = frame[j]!;
        if (!x.word && ASIDE_DASHES.has(x.text)) break;
        if ((!x.word && x.text !== ',' && x.text !== '.' && x.text !== '-') || (x.word && asideCue(x, lex))) {
          plain = false;
          break;
        }
      }
      // Words on both sides: an aside inside the clause, not a dash that ends the sentence's first part.
      if (plain && j > i + 1 && j < frame.length - 1 && frame[j]?.text === t.text && frame[j + 1]?.word) {
        i = j;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/**
 * Where a date apposition starts at `i` ("am Donnerstag, den 7.10.", "am Dienstag, dem 28. Dezember
 * 2006,"): a weekday, a comma, "den"/"dem" and a date of digits, periods and a month name. Returns
 * where it ends (past its closing comma, if any), or -1. At most eight tokens are read.
 */
function dateAppositionEnd(frame: readonly Token[], i: number, lex: Lexicon): number {
  if (frame[i + 1]?.text !== ',' || !lex.weekdays.has(frame[i]!.lower)) return -1;
  const article = frame[i + 2];
  if (!article?.word || (article.lower !== 'den' && article.lower !== 'dem')) return -1;
  let j = i + 3;
  let digits = false;
  for (; j < frame.length && j < i + 11; j++) {
    const t = frame[j]!;
    if (t.word && t.hasDigit) digits = true;
    else if (!(t.text === '.' || (t.word && lex.months.has(t.lower)))) break;
  }
  if (!digits) return -1;
  return frame[j]?.text === ',' ? j + 1 : j;
}

/**
 * German: the frame without date appositions after a weekday ("Gysi hatte am Donnerstag, den
 * 7.10. in einem Interview gesagt, …", "Dies wurde am Dienstag, dem 28. Dezember, angegeben"):
 * the commas around the date are no clause boundary, and the clause readers would stop at them.
 * The weekday stays; the comma and the date go. A frame without such an apposition is returned as it is.
 */
function withoutDateAppositions(frame: Token[], lex: Lexicon): Token[] {
  let first = -1;
  for (let i = 0; i < frame.length - 3 && first < 0; i++) if (frame[i + 1]!.text === ',' && frame[i]!.word && dateAppositionEnd(frame, i, lex) > 0) first = i;
  if (first < 0) return frame;
  const kept = frame.slice(0, first);
  for (let i = first; i < frame.length; i++) {
    kept.push(frame[i]!);
    const end = frame[i]!.word ? dateAppositionEnd(frame, i, lex) : -1;
    if (end > 0) i = end - 1;
  }
  return kept;
}

/** "wie erwartet" at `i` (see withoutComparativeAsides). A function of its own, not a closure made per call. */
function comparativeAsideAt(frame: readonly Token[], i: number, lex: Lexicon): boolean {
  const p = frame[i + 1];
  const next = frame[i + 2];
  return frame[i]!.lower === 'wie' && !!p?.word && tokenIs(p, PARTICIPLE, lex) &&
    !(next?.word && (tokenIs(next, AUXILIARY, lex) || tokenIs(next, PASSIVE_AUX, lex)));
}

/**
 * German: "wie erwartet", "wie angekündigt", "wie befürchtet", "Wie berichtet, …": "wie" with a
 * bare participle of saying or thinking is an adverbial of comparison (as expected, as announced)
 * in the article's own voice; nobody is its subject, and it makes no sentence reported speech.
 * "wie der Sprecher erklärte" (a subject in between) and "wie berichtet wurde" (a passive with
 * its auxiliary) stay. The pair is dropped from the frame, and a comma right after it when it
 * opens the sentence.
 */
function withoutComparativeAsides(frame: Token[], lex: Lexicon): Token[] {
  let first = -1;
  for (let i = 0; i < frame.length - 1 && first < 0; i++) if (comparativeAsideAt(frame, i, lex)) first = i;
  if (first < 0) return frame;
  const kept = frame.slice(0, first);
  for (let i = first; i < frame.length; i++) {
    if (comparativeAsideAt(frame, i, lex)) {
      i += i === 0 && frame[i + 2]?.text === ',' ? 2 : 1;
      continue;
    }
    kept.push(frame[i]!);
  }
  return kept;
}

function isBoundary(t: Token): boolean {
  return !t.word && t.text !== '.' && t.text !== '-' && t.text !== '&';
}

/**
 * The clauses of the frame last split: leading and trailing attribution, contentClauseSubject and
 * passiveAgent all split the same sentence's frame (a frame is never changed once built), and
 * nothing changes the clauses handed out (readonly).
 */
let lastClauseFrame: readonly Token[] | null = null;
let lastClauses: readonly Clause[] = [];

function clausesOf(frame: readonly Token[]): readonly Clause[] {
  if (frame === lastClauseFrame) return lastClauses;
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= frame.length; i++) {
    const t = frame[i];
    if (t && !isBoundary(t)) continue;
    if (i > start) out.push({ start, end: i });
    start = i + 1;
  }
  lastClauseFrame = frame;
  lastClauses = out;
  return out;
}

const particleCache = new WeakMap<Lexicon, ReadonlySet<string>>();

/**
 * Words without which no attribution rule can match. Most sentences have none, and one pass of
 * flag look-ups spares them the phrase reading.
 */
export function hasAttributionCue(frame: readonly Token[], lex: Lexicon): boolean {
  // A colon may set a speaker's name before a quotation as a label ("Cruz: “…”").
  for (const t of frame) if (t.word ? (tokenInfo(t, lex) & CUE) !== 0 : t.text === ':') return true;
  return false;
}

/**
 * A separable verb may take one of several particles, written "hin|zurück" ("wies … hin/zurück").
 * The alternatives are found in place: callers ask for every word of a clause, and a split per word
 * cost an array and its strings each time.
 */
function isParticle(word: string | undefined, particles: string): boolean {
  if (word === undefined || word === '') return false;
  if (particles === word) return true;
  for (let at = particles.indexOf(word); at >= 0; at = particles.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || particles.charCodeAt(at - 1) === 0x7c) && (end === particles.length || particles.charCodeAt(end) === 0x7c)) return true; // '|'
  }
  return false;
}

function particlesOf(lex: Lexicon): ReadonlySet<string> {
  let set = particleCache.get(lex);
  if (!set) {
    set = new Set([...lex.separableVerbs.values()].flatMap((p) => p.split('|')));
    particleCache.set(lex, set);
  }
  return set;
}

const CONTENT_REACH = 12;

/**
 * Whether the clause after a comma can be what was said: not a relative clause ("…, der …"
 * before a verb) nor an adverbial one ("…, um …", "…, weil …", "…, als …").
 */
function opensContent(frame: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = frame[k];
  if (!t) return false;
  if (!t.word) return true;
  if (lex.complementizers.has(t.lower) || lex.personPronouns.has(t.lower)) return true;
  if (infinitiveClauseAt(frame, k, lex)) return true;
  // "…, nachdem …", "…, weil …": an adverbial clause ("wie" may open what was said: "sagte, wie ernst …").
  if (lex.subordinators.has(t.lower) && !lex.reportingConjunctions.has(t.lower)) return false;
  if (lex.relativePronouns.has(t.lower)) return !!frame[k + 1]?.cap; // "…, die Lage sei ernst" vs "…, die …"
  // "…, ihr Mandant sei unschuldig", "…, eine Einigung sei nah": an article or possessive before its noun.
  if (lex.determiners.has(t.lower) && frame[k + 1]?.word && frame[k + 1]!.cap) return true;
  return !lex.functionWords.has(t.lower) && !lex.prepositions.has(t.lower);
}

const INFINITIVE_CLAUSE_MAX = 25;

/**
 * "…, das Amt abzugeben", "…, die Steuer zu senken": a clause from `k` to the next clause mark
 * whose last word is an infinitive with its marker, and which no adverbial opener ("um", "ohne")
 * starts. After a verb of announcing, demanding or promising it is what was announced.
 */
function infinitiveClauseAt(frame: readonly Token[], k: number, lex: Lexicon): boolean {
  const inf = lex.infinitiveClause;
  if (!inf || inf.adverbialOpeners.has(frame[k]?.lower ?? '')) return false;
  let end = k;
  while (end < frame.length && end - k < INFINITIVE_CLAUSE_MAX && frame[end]!.word) end++;
  const last = frame[end - 1];
  if (end - k < 2 || !last || last.cap || !(end >= frame.length || isBoundary(frame[end]!) || frame[end]!.text === '.')) return false;
  if (frame[end - 2]?.lower === inf.marker) return true;
  const at = last.lower.indexOf(inf.marker, 2);
  return at > 0 && last.lower.length - at - inf.marker.length >= 3 && inf.prefixes.includes(last.lower.slice(0, at));
}

/**
 * A content clause after a stance verb: a comma, colon, "dass" or quotation mark within a few
 * words ("forderte die SPD im Bundestag auf, …", "beschuldigte seinerseits Thaksin, …").
 */
function hasContentAfter(frame: readonly Token[], j: number, lex: Lexicon): boolean {
  for (let k = j; k < Math.min(frame.length, j + CONTENT_REACH); k++) {
    const t = frame[k];
    if (!t) return false;
    // "pledged to cut the budget": what was promised follows as an infinitive, where the language marks one.
    if (k === j && lex.infinitiveMarkers.has(t.lower)) return true;
    // "announced he would delay the vote", "promised they will return": a subject pronoun and its auxiliary.
    const aux = frame[k + 1]?.lower ?? '';
    if (k === j && lex.contentSubjects?.has(t.lower) && (lex.auxiliaries.has(aux) || lex.passiveAuxiliaries.has(aux) || lex.progressiveAuxiliaries.has(aux))) return true;
    if (k === j && timeThenContent(frame, j, lex)) return true;
    if (k === j && nounThenAuxiliary(frame, j, lex)) return true;
    if (t.text === ',') return opensContent(frame, k + 1, lex);
    if (t.text === ':' || lex.complementizers.has(t.lower) || (!t.word && t.text !== '.' && t.text !== '-' && t.text !== '(' && t.text !== ')')) return true;
    if (t.text === '.' && k === frame.length - 1) return false;
    // "announced after the meeting that …": a phrase opened by a preposition, then the complementizer.
    if (t.word && lex.adjunctPrepositions?.has(t.lower)) {
      const that = adjunctThenComplement(frame, k + 1, lex);
      if (that > 0) return true;
    }
    // Objects and adverbials may come first ("forderte die SPD auf, …") as far as the language allows;
    // a day or a date never blocks ("announced Saturday that …").
    if (t.word && k - j >= lex.contentReach && !lex.verbAdverbs.has(t.lower) && !particlesOf(lex).has(t.lower) && (tokenInfo(t, lex) & (CALENDAR | DATE)) === 0) return false;
  }
  return false;
}

const CONTENT_SUBJECT_MAX = 4;

/**
 * English: "announced the crossings would resume", "promised the bridge will reopen": a content
 * clause without "that" whose subject is a short noun phrase (an article first, no verb, no
 * comma), then a modal or auxiliary and a verb in lower case.
 */
function nounThenAuxiliary(frame: readonly Token[], j: number, lex: Lexicon): boolean {
  if (lex.language !== 'en') return false;
  const first = frame[j];
  // "announced unions would be balloting", "said prices will rise": a bare plural noun as the subject.
  const barePlural = !!first?.word && !first.cap && first.lower.length > 3 && first.lower.endsWith('s') && !first.lower.endsWith('ss') &&
    (tokenInfo(first, lex) & (CLOSED | FUNCTION | PREPOSITION | CALENDAR | DATE)) === 0 && !tokenIs(first, SPEECH_VERB, lex) && !tokenIs(first, CONTENT_VERB, lex) && !lex.verbAdverbs.has(first.lower);
  // "predicting 1 million people would need to flee", "said 20 flights were cancelled": a number as the subject's determiner.
  if (!barePlural && !lex.determiners.has(first?.lower ?? '') && !first?.hasDigit) return false;
  for (let k = j + 1; k < Math.min(frame.length, j + 1 + CONTENT_SUBJECT_MAX); k++) {
    const t = frame[k]!;
    if (!t.word) return false;
    if ((k > j + 1 || barePlural) && !t.cap && (tokenIs(t, AUXILIARY, lex) || tokenIs(t, PASSIVE_AUX, lex)) && !/^be(?:en|ing)?$/u.test(t.lower)) {
      const v = frame[k + 1];
      return !!v?.word && !v.cap;
    }
    if ((tokenInfo(t, lex) & (CLOSED | FUNCTION | PREPOSITION)) !== 0 || tokenIs(t, SPEECH_VERB, lex) || tokenIs(t, CONTENT_VERB, lex)) return false;
  }
  return false;
}

const TIME_ADJUNCT_MAX = 5;

/**
 * "announced earlier this week it would …", "vowed on Tuesday they will …": up to TIME_ADJUNCT_MAX
 * words of time (the calendar, a year, lex.timeAdjunctWords, a preposition or article among them)
 * from `j`, then a subject pronoun and its auxiliary.
 */
function timeThenContent(frame: readonly Token[], j: number, lex: Lexicon): boolean {
  const time = lex.timeAdjunctWords;
  if (!time) return false;
  let k = j;
  let timed = false;
  for (; k < Math.min(frame.length, j + TIME_ADJUNCT_MAX); k++) {
    const t = frame[k]!;
    if (!t.word) break;
    if ((tokenInfo(t, lex) & (CALENDAR | DATE)) !== 0 || SHORT_NUMBER.test(t.text) || time.has(t.lower)) timed = true;
    else if (!lex.adjunctPrepositions?.has(t.lower) && !lex.determiners.has(t.lower)) break;
  }
  if (!timed || k === j) return false;
  // "announced on Friday (August 12) unions would …": a date in parentheses after the time.
  if (timed) k = skipParenthesis(frame, k);
  const subject = frame[k];
  const aux = frame[k + 1]?.lower ?? '';
  return (!!subject && !!lex.contentSubjects?.has(subject.lower) && (lex.auxiliaries.has(aux) || lex.passiveAuxiliaries.has(aux) || lex.progressiveAuxiliaries.has(aux))) ||
    nounThenAuxiliary(frame, k, lex);
}

const ADJUNCT_REACH = 7;

/**
 * After an adverbial's preposition at `from - 1`: up to ADJUNCT_REACH words of a noun phrase (no
 * verb, no comma, no quotation; another preposition may continue it: "in a statement on Monday")
 * and then a complementizer. Returns the complementizer's index, or -1.
 */
function adjunctThenComplement(frame: readonly Token[], from: number, lex: Lexicon): number {
  for (let k = from; k < Math.min(frame.length, from + ADJUNCT_REACH); k++) {
    const t = frame[k]!;
    if (k > from && lex.complementizers.has(t.lower)) return k;
    if (!t.word) {
      if (t.text === '-' || t.text === '.' || t.text === "'" || t.text === '’') continue;
      // "on Friday (August 12) that …": a short parenthesis inside the adverbial.
      const after = t.text === '(' ? skipParenthesis(frame, k) : k;
      if (after > k && after < frame.length) {
        k = after - 1;
        continue;
      }
      return -1;
    }
    if (tokenIs(t, SPEECH_VERB, lex) || tokenIs(t, CONTENT_VERB, lex) || tokenIs(t, AUXILIARY, lex) || tokenIs(t, PASSIVE_AUX, lex) || lex.contentSubjects?.has(t.lower)) return -1;
    if (lex.relativePronouns.has(t.lower)) return -1;
    // "announced on its website a plan that …": a second phrase not opened by a preposition is an object.
    const prev = frame[k - 1];
    if (k > from && lex.determiners.has(t.lower) && !(prev?.word && lex.prepositions.has(prev.lower))) return -1;
  }
  return -1;
}

/**
 * A claimant is a person or a body. A phrase headed by an abstract noun ("die Zurückweisungen",
 * "Zweifel an der Reform") is the object of some other verb, never a speaker.
 */
function plausibleSpeaker(m: Mention, lex: Lexicon): boolean {
  if (m.oblique) return false;
  if (m.pronoun || m.document || m.role.length > 0) return true;
  let words = m.name.length ? m.name : m.phrase.split(' ');
  // "Medienvertreter der kritischen Öffentlichkeit": the head stands before its genitive (German).
  // A bare plural with its genitive reads as a name ("Fachleute der kritischen Öffentlichkeit"): its head is first too.
  if (lex.language === 'de' && (!m.name.length || m.name.some((w) => GENITIVE_HEAD_LINKS_DE.has(w)))) {
    const link = words.findIndex((w, n) => n > 0 && GENITIVE_HEAD_LINKS_DE.has(w.toLowerCase()));
    if (link > 0) words = words.slice(0, link);
  }
  const head = (words[words.length - 1] ?? '').toLowerCase();
  // "Wenige Stunden nach der Wahl erklärte …": a stretch of time is no one.
  if (timeStretch(m, lex)) return false;
  // "Pressemeldungen der New York Times": a document with its author speaks.
  if (words !== m.name && m.name.length && isSourceNoun(head, lex)) return true;
  // "das Ergebnis einer Studie der Stiftung X": a document with its genitive speaks as a document does.
  if (lex.language === 'de' && words !== m.name && words.length < m.phrase.split(' ').length && isSourceNoun(head, lex)) return true;
  // "die Interessengemeinschaft Deponiesicherheit": a body named by what it is about (German).
  if (lex.language === 'de' && !m.name.length && words.length > 1 && isInstitutionWord((words[0] ?? '').toLowerCase(), lex)) return true;
  // "Niemand erwartet, dass …": nobody in particular makes no claim.
  if (lex.language === 'de' && words.length === 1 && NOBODY_DE.has(head)) return false;
  // "They’ve", "We’re": a pronoun with its verb run on is no name (English contractions).
  if (lex.language === 'en' && words.length === 1 && CONTRACTION.test(head)) return false;
  // "…, before dawn Sunday, …, Mayor X said": a day of the week is when, never who (the only name word there).
  if (lex.weekdays.has(head) && words.every((w) => !CAPITAL_START.test(w) || lex.weekdays.has(w.toLowerCase()))) return false;
  if (!head || isInstitutionWord(head, lex)) return true;
  return !lex.abstractNounSuffixes.some((s) => head.length > s.length + 2 && head.endsWith(s));
}

/**
 * "Wenige Stunden", "Zwei Tage", "Drei Wochen", "Tage": a stretch of time (lex.durationNouns) with
 * nothing before its head but numbers and quantifiers. "Angelika Jahr" is a name.
 */
function timeStretch(m: Mention, lex: Lexicon): boolean {
  const durations = lex.durationNouns;
  if (!durations || m.pronoun || m.role.length > 0) return false;
  const words = m.phrase.split(' ');
  // (Checked by length first: plausibleSpeaker asks for every phrase, and nearly no head is that short.)
  if (words.length > 1 && words[0]!.length <= TIME_POINT_MAX && timePoint(words, lex)) return true;
  if (!durations.has(words[words.length - 1]!.toLowerCase())) return false;
  for (let n = 0; n < words.length - 1; n++) {
    const w = words[n]!.toLowerCase();
    if (!/^\d/u.test(w) && !lex.quantityWords.has(w) && !lex.determiners.has(w) && !QUANTIFIERS_DE.has(w)) return false;
  }
  return true;
}

/** "Ende Mai", "Anfang 2006", "Mitte der Woche": a point of time (lex.timePointNouns) before a month, a year or a duration. */
function timePoint(words: readonly string[], lex: Lexicon): boolean {
  const head = words[0];
  const next = words[1];
  const after = words[2];
  if (!head || !next || !lex.timePointNouns?.has(head.toLowerCase())) return false;
  const w = next.toLowerCase();
  if (/^\d{4}$/u.test(w) || lex.months.has(w)) return true;
  return (w === 'der' || w === 'des' || w === 'dieser' || w === 'dieses') && !!after && (lex.durationNouns?.has(after.toLowerCase()) || lex.months.has(after.toLowerCase()) || lex.weekdays.has(after.toLowerCase()));
}

/** The longest noun of a point in time ("anfang", "beginn"). */
const TIME_POINT_MAX = 6;

const QUANTIFIERS_DE: ReadonlySet<string> = new Set(['wenige', 'wenigen', 'paar', 'ein', 'knapp', 'gut', 'rund', 'etwa']);

// (With the prepositions that open a body's aim: "Oberste Rat zur Wiederherstellung der Demokratie"; not "für", which also opens
// an object: "erhielt der Arbeitskreis … für die Empfehlung".)
const GENITIVE_HEAD_LINKS_DE: ReadonlySet<string> = new Set(['der', 'des', 'eines', 'einer', 'von', 'vom', 'zur', 'zum']);

/** The head of a German phrase: its last word before a genitive or prepositional link ("Rat" in "Oberster Rat zur Wiederherstellung der Demokratie"). */
function phraseHead(phrase: string, lex: Lexicon): string {
  const words = phrase.split(' ');
  const link = lex.language === 'de' ? words.findIndex((w, n) => n > 0 && GENITIVE_HEAD_LINKS_DE.has(w.toLowerCase())) : -1;
  return (words[(link > 0 ? link : words.length) - 1] ?? '').toLowerCase();
}

/** "with an estimate", "with new figures": a source noun within the next three words. */
function withSource(frame: readonly Token[], from: number, lex: Lexicon): boolean {
  for (let k = from; k < Math.min(frame.length, from + 3); k++) {
    const t = frame[k];
    if (!t || !t.word) return false;
    if (lex.sourceNouns.has(t.lower)) return true;
  }
  return false;
}

/**
 * German "etwas für rechtswidrig erklären" declares a status; it reports no speech. The word
 * after "für" must be an adjective or participle: "erklärte für die Regierung, …" is speech.
 */
function declaresAs(frame: readonly Token[], j: number, clauseEnd: number, lex: Lexicon): boolean {
  if (lex.language !== 'de' || !(frame[j]?.lower ?? '').includes('klär')) return false;
  for (let k = Math.max(0, j - 3); k < Math.min(frame.length, clauseEnd + 1) - 1; k++) {
    if (frame[k]?.text === ',') return false;
    const adj = frame[k + 1];
    if (frame[k]?.lower !== 'für' || !adj || !adj.word || adj.cap) continue;
    if ((tokenInfo(adj, lex) & (DETERMINER | CLOSED | FUNCTION)) !== 0) continue;
    return true;
  }
  return false;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‚', '‘', '’', '‹', '›']);
const BRACKET_MAX = 40;

/**
 * Where the verb bracket of the clause at `j` can close: a German particle or participle comes
 * last, after objects, parentheses and quoted words ("wies dies als „Unverschämtheit“ zurück").
 * The next comma, colon or semicolon ends it.
 */
function bracketEnd(frame: readonly Token[], j: number): number {
  let k = j;
  for (; k < Math.min(frame.length, j + BRACKET_MAX); k++) {
    const t = frame[k]!;
    if (t.text === ',' || t.text === ';' || t.text === ':') break;
  }
  return k;
}

/** A quotation after `j` in the sentence: what the verb's subject said ("nannte dies einen „Putsch“"). */
function quoteAfter(frame: readonly Token[], j: number): boolean {
  for (let k = j; k < frame.length; k++) if (QUOTE_MARKS.has(frame[k]!.text) || frame[k]!.fromQuote) return true;
  return false;
}

const DEMONSTRATIVE_DETERMINERS_DE: ReadonlySet<string> = new Set(['diese', 'dieses', 'diesen', 'dieser']);
/** What a body announces besides what it says (lex.sourceNouns): a decision, results, plans. */
const ANNOUNCED_NOUNS_DE: ReadonlySet<string> = new Set([
  'entscheidung', 'entscheidungen', 'forschungsergebnisse', 'untersuchungsergebnisse', 'pläne', 'nachricht', 'neuigkeit',
  'einzelheiten', 'details', 'vorwürfe', 'forderung', 'forderungen', 'zahl', 'nominierung', 'personalie',
]);

/** Content after a stance verb: a clause, a colon, or a quotation. */
function contentFollows(frame: readonly Token[], j: number, lex: Lexicon): boolean {
  return hasContentAfter(frame, j, lex) || quoteAfter(frame, j);
}

/**
 * Whether the sentence carries a message after the verb at all: a clause (comma, colon,
 * "dass"), a quotation, or the Konjunktiv. "X bestätigte den Vorfall" reports an act, not what
 * X said.
 */
function messageAfter(frame: readonly Token[], j: number, lex: Lexicon): boolean {
  // "„…“, äußerte sich X": the quotation right before the verb is its message.
  if (j >= 2 && closesQuotation(frame, j - 1)) return true;
  if (lex.messageObjects && rebutsMessage(frame, j, lex)) return true;
  // "asked why …", "questioned how …": a question reported right after the verb.
  if (frame[j]?.word && !frame[j]!.cap && lex.questionWords?.has(frame[j]!.lower)) return true;
  const en = lex.language === 'en';
  for (let k = j; k < frame.length; k++) {
    const t = frame[k]!;
    // English: "cited a tweet that …", "defended the ad, which …", "showed one person …, but …": a
    // relative or another clause is no message (see englishMessageMark).
    if (en && (t.text === ',' || lex.complementizers.has(t.lower))) {
      if (englishMessageMark(frame, j, k, lex)) return true;
      continue;
    }
    if (t.text === ',' || t.text === ':' || QUOTE_MARKS.has(t.text) || t.fromQuote || lex.complementizers.has(t.lower)) return true;
    // "kritisierte die Kosten als überhöht": a judgement with "als" and an adjective is what was said (German).
    const adj = frame[k + 1];
    if (lex.language === 'de' && t.lower === 'als' && adj?.word && !adj.cap && (tokenInfo(adj, lex) & (DETERMINER | CLOSED | FUNCTION | PREPOSITION)) === 0) return true;
  }
  // "Das bestätigte X", "Dies berichtete Y": the message is the sentence before.
  // "Das" as an article ("Das „Kesselhaus“ äußerte sich …", "das Ministerium") refers to nothing.
  for (let k = 0; k < Math.min(frame.length, j + 3); k++) {
    const next = frame[k + 1];
    // English: only the object right after the verb, ending its clause ("X confirmed this."); "Earlier this
    // month, workers rejected the contract" has a determiner, not an object.
    if (en && (k !== j || next?.word)) continue;
    if (frame[k]!.word && lex.anaphoricObjects.has(frame[k]!.lower) && !(next && (next.cap || QUOTE_MARKS.has(next.text)))) return true;
    // "gab diese Entscheidung bekannt", "bestätigte diese Angaben": a demonstrative before a noun of
    // what was said or decided points back to it as "dies" does (German).
    if (lex.language === 'de' && frame[k]!.word && DEMONSTRATIVE_DETERMINERS_DE.has(frame[k]!.lower) && next?.word && next.cap &&
      (ANNOUNCED_NOUNS_DE.has(next.lower) || isSourceNoun(next.lower, lex))) return true;
  }
  // "…, CNN reported Friday.": a verb that closes the sentence after a comma or quotation has its message before it.
  if (closesSentenceAfterMessage(frame, j, lex)) return true;
  return hasSubjunctive(frame, lex);
}

/** "dismissed reports of …", "rejected the claims": the verb before `j` rebuts what others said (lex.messageObjects). */
function rebutsMessage(frame: readonly Token[], j: number, lex: Lexicon): boolean {
  const verb = frame[j - 1]?.lower ?? '';
  for (let k = j; k < Math.min(frame.length, j + 3); k++) {
    const t = frame[k]!;
    if (!t.word || t.cap) return false;
    const verbs = lex.messageObjects!.get(t.lower);
    if (verbs) return verbs.has(verb);
  }
  return false;
}

/**
 * English: whether the comma or "that" at `k` opens what the verb before `j` said. A comma does
 * when a lower-case clause or a quotation follows it ("rejected the claims, calling them …"), not
 * a relative, a conjunction or a name ("…, which …", "…, but …", "…, Sarah Roe, about …"); "that"
 * does when no comma stands before it and the verb has no object with an article before it
 * ("found that …", "said Tuesday that …"; "cited a tweet that …" is a relative).
 */
function englishMessageMark(frame: readonly Token[], j: number, k: number, lex: Lexicon): boolean {
  const t = frame[k]!;
  const next = frame[k + 1];
  // After a comma, an English message opens with a quotation, a participle of saying ("…, saying …"),
  // a complementizer or a subject pronoun; "…, home to …" is an apposition to the object.
  if (t.text === ',') return !!next && (QUOTE_MARKS.has(next.text) || (next.word && !next.cap && opensContent(frame, k + 1, lex) &&
    (lex.speechParticiples.has(next.lower) || lex.complementizers.has(next.lower) || lex.personPronouns.has(next.lower) || !!lex.groupPronouns?.has(next.lower) || (tokenInfo(next, lex) & CUE) !== 0)));
  let v = j;
  while (v < k && frame[v]!.word && (lex.verbAdverbs.has(frame[v]!.lower) || (tokenInfo(frame[v]!, lex) & (CALENDAR | DATE)) !== 0)) v++;
  // "reported on Tuesday that …" has a phrase of time or place before its "that"; "reported record
  // profit that …", "posted a loss that …" an object, whose relative clause it opens.
  if (v < k && !lex.prepositions.has(frame[v]!.lower) && addresseeEnd(frame, j, lex) !== k) return false;
  for (let c = j; c < k; c++) if (frame[c]!.text === ',') return false;
  return true;
}

/** How far an addressee of at most three words reaches after a verb of telling at `j - 1` ("reminded voters that", "telling them that"); `j` when there is none. */
function addresseeEnd(frame: readonly Token[], j: number, lex: Lexicon): number {
  if (!lex.addresseeVerbs.has(frame[j - 1]?.lower ?? '')) return j;
  let k = j;
  while (k < j + ADDRESSEE_REACH && frame[k]?.word && !lex.complementizers.has(frame[k]!.lower) && !tokenIs(frame[k], SPEECH_VERB, lex)) k++;
  return k;
}

/** The words an addressee may take ("the crowd", "local reporters"). */
const ADDRESSEE_REACH = 3;

/** Only time words and adverbs after `j` (the verb ends its clause), and a comma or quotation before it. */
function closesSentenceAfterMessage(frame: readonly Token[], j: number, lex: Lexicon): boolean {
  for (let k = j; k < frame.length; k++) {
    const t = frame[k]!;
    if (!t.word) {
      if (t.text === '.' && k === frame.length - 1) break;
      return false;
    }
    // "agreed a month later", "said a day after": an indefinite article before a word of time.
    if (lex.indefiniteArticles?.has(t.lower) && lex.timeAdjunctWords?.has(frame[k + 1]?.lower ?? '')) continue;
    if (!lex.verbAdverbs.has(t.lower) && (tokenInfo(t, lex) & (CALENDAR | DATE)) === 0) return false;
  }
  for (let k = 0; k < j; k++) if (frame[k]!.text === ',' || QUOTE_MARKS.has(frame[k]!.text)) return true;
  return false;
}

function needsContent(joined: string, split: string, lex: Lexicon): boolean {
  if (lex.contentVerbs.has(joined)) return true;
  if (lex.speechVerbs.has(joined)) return false;
  return lex.contentVerbs.has(split);
}

/**
 * "responded to a shooting", "called off the strike", "insisted on proceeding": the particle after the
 * verb at `j` makes another verb; not before a time ("insisted on Monday that …").
 */
function phrasalBreak(frame: readonly Token[], j: number, lex: Lexicon): boolean {
  const after = frame[j + 1];
  if (!after?.word || after.cap || !lex.phrasalBreakers?.get(after.lower)?.has(frame[j]!.lower)) return false;
  const then = frame[j + 2];
  return !(then?.word && (tokenInfo(then, lex) & (CALENDAR | DATE)) !== 0);
}

/** "claimed more than a third of the seats", "claimed responsibility": an object that makes the verb an act (lex.actObjects). */
function actObject(frame: readonly Token[], j: number, lex: Lexicon): boolean {
  const objects = lex.actObjects?.get(frame[j]!.lower);
  if (!objects) return false;
  for (let k = j + 1; k < Math.min(frame.length, j + 3); k++) {
    const t = frame[k]!;
    if (t.hasDigit || (t.word && !t.cap && (objects.has(t.lower) || (tokenInfo(t, lex) & QUANTITY) !== 0))) return true;
    if (!t.word || !lex.determiners.has(t.lower)) return false;
  }
  return false;
}

/**
 * The index of one of `particles` standing last in the clause of the verb at `j` ("sagte … zu."),
 * or -1. Only the clause's last word counts: "zu" and "aus" are prepositions too ("sagte zu Beginn,
 * …"). The scan stops at the clause mark or after PARTICLE_REACH words.
 */
const PARTICLE_REACH = 40;

function particleClosingClause(frame: readonly Token[], j: number, particles: string): number {
  // Bounded, so a sentence of thousands of words with a verb of saying in every clause stays linear.
  const limit = Math.min(frame.length, j + 1 + PARTICLE_REACH);
  let k = j + 1;
  while (k < limit && !isBoundary(frame[k]!) && frame[k]!.text !== '.') k++;
  if (k === limit && limit < frame.length) return -1;
  const last = frame[k - 1];
  return k - 1 > j && last?.word && !last.cap && isParticle(last.lower, particles) ? k - 1 : -1;
}

/**
 * German verbs whose "particle" in the separable list is the preposition of their object
 * ("rechnet mit einem Rückgang"), joined as the rules join a particle and its verb: the one case
 * where such a particle has a phrase after it.
 */
const PREPOSITIONAL_VERBS_DE: ReadonlySet<string> = new Set(['mitrechnet', 'mitrechnete', 'mitrechnen', 'mitrechneten']);

/** Is there a verb of saying at `j` (after the subject), possibly split or closing the clause? */
function speechVerbAt(frame: readonly Token[], j: number, clauseEnd: number, lex: Lexicon, sawAux: boolean, stative = false): boolean {
  const t = frame[j];
  if (!t || !t.word) return false;
  // "X hatte Lenz gestern aufgefordert, …": after an auxiliary an object may come first; then
  // only a message after the participle makes it speech ("hat Forderungen zurückgewiesen." is an act).
  if (t.cap) return sawAux && participleCloses(frame, j, clauseEnd, lex, stative, true);
  if (declaresAs(frame, j, clauseEnd, lex)) return false;
  const f = tokenInfo(t, lex);
  // "Die Stadt ist aufgefordert, …": a state passive; its subject was addressed, not heard.
  if (stative && (f & PARTICIPLE) !== 0 && !lex.perfectWithSein.has(t.lower)) return false;
  // "Democrats countered with an estimate": the speech is the estimate's, read by "according".
  // "Smith said with a smile" is still Smith speaking.
  if (lex.language === 'en' && frame[j + 1]?.lower === 'with' && withSource(frame, j + 2, lex)) return false;
  // "if all Republicans show up", "Authorities responded to a shooting", "called off the strike": another verb.
  if (phrasalBreak(frame, j, lex) || actObject(frame, j, lex)) return false;
  // "Damit bestätigt sich die Befürchtung, dass …": it came true, nobody said it.
  if (lex.reflexiveNotSpeech?.has(t.lower) && lex.reflexives?.has(frame[j + 1]?.lower ?? '')) return false;
  const particle = lex.separableVerbs.get(t.lower);
  if ((f & SPEECH_VERB) !== 0) {
    // "sagte Hilfe zu", "sagte das Treffen ab": a particle closing the clause makes another verb,
    // which then needs what that verb needs ("sagte zu, dass …" is a pledge reported).
    const closing = particle ? particleClosingClause(frame, j, particle) : -1;
    if (closing > 0) {
      const joined = `${frame[closing]!.lower}${t.lower}`;
      if (!lex.speechVerbs.has(joined) && !lex.contentVerbs.has(joined)) return false;
      return !needsContent(joined, t.lower, lex) || contentFollows(frame, closing + 1, lex) || quoteAfter(frame, j + 1);
    }
    return !lex.speechNeedsMessage.has(t.lower) || messageAfter(frame, j + 1, lex);
  }
  if (particle !== undefined) {
    if (particle === '') return true;
    const end = Math.min(frame.length, insertedClauseEnd(frame, clauseEnd, lex) ?? Math.max(clauseEnd + 1, bracketEnd(frame, j + 1)));
    let k = -1;
    for (let at = j + 1; at < end; at++) {
      if (!isParticle(frame[at]?.lower, particle)) continue;
      // "wies Zweifel an der Planung zurück", "gab den Banken die Schuld an der Krise": a particle
      // that is also a preposition with a word after it opens a phrase; the verb's particle closes
      // its clause. A prepositional verb's preposition is its particle ("rechnet mit einem Rückgang").
      if (frame[at + 1]?.word && frame[at + 1]!.lower !== 'dass' && tokenIs(frame[at], PREPOSITION, lex) && !PREPOSITIONAL_VERBS_DE.has(`${frame[at]!.lower}${t.lower}`)) continue;
      k = at;
      break;
    }
    if (k >= 0) {
      const found = frame[k]!.lower;
      // Whether content must follow depends on the verb the particle makes: "wies … zurück" is a
      // denial on its own, "wies … hin" needs what was pointed out.
      // "gab … die Preise bekannt." announces an act; a separable verb marked `!` needs its message too.
      if (lex.speechNeedsMessage.has(`${found}${t.lower}`)) return messageAfter(frame, k + 1, lex) || quoteAfter(frame, j + 1);
      return !needsContent(`${found}${t.lower}`, t.lower, lex) || contentFollows(frame, k + 1, lex) || quoteAfter(frame, j + 1);
    }
  }
  if ((f & CONTENT_VERB) !== 0) return contentFollows(frame, j + 1, lex);
  return sawAux && participleCloses(frame, j, clauseEnd, lex, stative);
}

/**
 * German: "warf Obama, nachdem die Entscheidung bekannt wurde, vor, er habe …": a subordinate clause
 * set off by commas inside the main clause, before the particle of a separable verb. The end (past
 * the word after the second comma) to search the particle in, or null when no such clause follows.
 */
function insertedClauseEnd(frame: readonly Token[], clauseEnd: number, lex: Lexicon): number | null {
  const opener = frame[clauseEnd + 1];
  if (lex.language !== 'de' || frame[clauseEnd]?.text !== ',' || !opener?.word || opener.cap || !lex.subordinators.has(opener.lower) || AS_DE.has(opener.lower)) return null;
  for (let k = clauseEnd + 2; k < Math.min(frame.length - 1, clauseEnd + INSERTED_CLAUSE_REACH); k++) {
    const t = frame[k]!;
    if (t.text === ':' || t.text === ';' || QUOTE_MARKS.has(t.text)) return null;
    if (t.text === ',') return k + 2;
  }
  return null;
}
const INSERTED_CLAUSE_REACH = 20;

/** "Xi hatte … die Hoffnung … betont": after an auxiliary, a participle of saying closes the clause (German). */
function participleCloses(frame: readonly Token[], j: number, clauseEnd: number, lex: Lexicon, stative: boolean, needContent = false): boolean {
  if (lex.language !== 'de') return false;
  const end = Math.max(clauseEnd, bracketEnd(frame, j));
  // "will … sagen", "soll … erklären": after a modal, the infinitive of saying closes the clause.
  // The modal may stand eight words back ("will heute Ministerin Ida Falk …"; six missed a name of two words after an adverb).
  let infinitive = false;
  if (lex.modalVerbs) for (let b = Math.max(0, j - 8); b < j && !infinitive; b++) infinitive = lex.modalVerbs.has(frame[b]!.lower);
  for (let k = j; k < end; k++) {
    const w = frame[k];
    if (!w || !w.word || w.cap) continue;
    // "hat … bekannt gegeben", "hatte … deutlich gemacht": a participle written apart from its particle.
    const prev = frame[k - 1];
    const split = !!prev?.word && !prev.cap && k > j && lex.participles.has(prev.lower + w.lower);
    // "will … bekannt geben, dass …": an infinitive written apart from its particle, as the participle above.
    const splitInfinitive = !!prev?.word && !prev.cap && k > j && lex.speechVerbs.has(prev.lower + w.lower);
    if (infinitive && !tokenIs(w, PARTICIPLE, lex) && (tokenIs(w, SPEECH_VERB, lex) || splitInfinitive) && w.lower.endsWith('en') && endsBracket(frame, k + 1)) {
      // "wollte nicht bestätigen, dass …" says nothing; "wollte sich melden" is no speech.
      if (frame.slice(j, k).some((x) => lex.negations?.has(x.lower) || x.lower === 'sich')) return false;
      // Written apart, only what follows it is its message ("will das Ergebnis bekannt geben." announces an act).
      if (!tokenIs(w, SPEECH_VERB, lex)) return contentFollows(frame, k + 1, lex);
      return messageAfter(frame, k + 1, lex);
    }
    if (tokenIs(w, PARTICIPLE, lex) || split) {
      const form = split ? prev!.lower + w.lower : w.lower;
      if (declaresAs(frame, k, clauseEnd, lex)) return false;
      // "Damit hat sich bestätigt, dass …": it came true, nobody said it.
      if (lex.reflexiveNotSpeech?.has(form) && frame.slice(j, k).some((x) => lex.reflexives?.has(x.lower))) return false;
      // "war damit begründet worden": a passive; what was said is its subject.
      if (tokenIs(frame[k + 1], PASSIVE_AUX, lex) && !lex.quotingPassives.has(form)) return false;
      if (stative && !lex.perfectWithSein.has(form)) return false;
      if (needContent) return contentFollows(frame, k + 1, lex);
      if (lex.speechVerbs.has(form)) return !lex.speechNeedsMessage.has(form) || messageAfter(frame, k + 1, lex);
      return contentFollows(frame, k + 1, lex) || quoteAfter(frame, j);
    }
  }
  return false;
}

/** Whether a clause mark, the sentence end or a haben/sein after an infinitive follows at `k` ("sagen,", "gesagt haben,"). */
function endsBracket(frame: readonly Token[], k: number): boolean {
  const t = frame[k];
  return !t || !t.word || t.lower === 'dass' || t.lower === 'zu';
}

/** A short parenthesis after a name, "Stefanie Hubig (SPD) sagte", belongs to the name. */
function skipParenthesis(frame: readonly Token[], j: number): number {
  if (frame[j]?.text !== '(') return j;
  for (let k = j + 1; k < Math.min(frame.length, j + 8); k++) if (frame[k]?.text === ')') return k + 1;
  return j;
}

const AFFILIATION_MAX_TOKENS = 20;
const DEFINITE_EN: ReadonlySet<string> = new Set(['the']);
const AFFILIATION_LINKS_EN: ReadonlySet<string> = new Set(['of', 'for', 'at', 'on']);

/**
 * "Thomas Brunner von der Ostbayerischen Technischen Hochschule (OTH) Amberg-Weiden rechnet …",
 * "Jane Roe of the Brookings Institution said …": an affiliation between the speaker and the
 * verb. Only capitalised words, articles and short parentheses; returns the index after it.
 */
function skipAffiliation(frame: readonly Token[], j: number, lex: Lexicon): number {
  const q = skipQualifier(frame, j, lex);
  if (q !== j) return q;
  const prep = frame[j];
  if (!prep || !prep.word || !lex.affiliationPrepositions.has(prep.lower)) return j;
  let k = j + 1;
  let names = 0;
  while (k < Math.min(frame.length, j + AFFILIATION_MAX_TOKENS)) {
    const t = frame[k];
    if (!t) break;
    if (t.text === '(') {
      const after = skipParenthesis(frame, k);
      if (after === k) break;
      k = after;
    } else if (t.word && t.cap) {
      names++;
      k++;
    } else if (t.word && lex.determiners.has(t.lower)) k++;
    // "im niedersächsischen Landtag": an inflected adjective before a name (German).
    else if (lex.language === 'de' && t.word && !t.cap && adjectiveEnding(t.lower) && frame[k + 1]?.cap && (tokenInfo(t, lex) & (CLOSED | FUNCTION)) === 0 && !tokenIs(t, SPEECH_VERB, lex) && !tokenIs(t, CONTENT_VERB, lex)) k++;
    else if (t.text === '-' || t.text === '.') k++;
    // English: "of the University of Melbourne", "from the Finder panel": a link inside a body's
    // name, or the body's kind in lower case after its name.
    // ("of the U.S. District Court for the Eastern District of California": an article may follow the link.)
    else if (lex.language === 'en' && names > 0 && t.word && ((AFFILIATION_LINKS_EN.has(t.lower) && (frame[k + 1]?.cap || (DEFINITE_EN.has(frame[k + 1]?.lower ?? '') && frame[k + 2]?.cap))) || isInstitutionWord(t.lower, lex))) k++;
    // English: "a pilot with the canal authority", "an engineer at the port agency": a body by its
    // kind in lower case after the article (a word or two before it), as a body's name is.
    else if (lex.language === 'en' && names === 0 && t.word && lex.determiners.has(frame[k - 1]?.lower ?? '')) {
      const body = lowerCaseBodyEnd(frame, k, lex);
      if (body === k) break;
      names++;
      k = body;
    } else break;
  }
  return names > 0 ? k : j;
}

/** How many lower-case words may stand before a body's kind ("the canal authority", "the state port agency"). */
const BODY_MODIFIERS = 2;

/** After an article at `k`: lower-case words ending in a body's kind ("canal authority"); the index after it, or `k`. */
function lowerCaseBodyEnd(frame: readonly Token[], k: number, lex: Lexicon): number {
  for (let n = k; n < Math.min(frame.length, k + BODY_MODIFIERS + 1); n++) {
    const t = frame[n]!;
    if (!t.word || t.cap || t.quoted || tokenIs(t, SPEECH_VERB, lex) || tokenIs(t, CONTENT_VERB, lex) || (tokenInfo(t, lex) & (CLOSED | FUNCTION)) !== 0) return k;
    if (isInstitutionWord(t.lower, lex)) return n + 1;
  }
  return k;
}

/**
 * "a source close to the talks", "a person familiar with the matter", "an official based in Gaza":
 * a qualifier (lex.speakerQualifiers), its preposition and a short phrase, up to the speaker's verb
 * of saying (or an auxiliary); `j` when there is none.
 */
function skipQualifier(frame: readonly Token[], j: number, lex: Lexicon): number {
  const t = frame[j];
  if (!lex.speakerQualifiers?.has(t?.lower ?? '') || t!.cap || !lex.prepositions.has(frame[j + 1]?.lower ?? '')) return j;
  for (let k = j + 2; k < Math.min(frame.length, j + 2 + QUALIFIER_REACH); k++) {
    const w = frame[k]!;
    if (!w.word || w.quoted) return j;
    if (!w.cap && (tokenIs(w, SPEECH_VERB, lex) || tokenIs(w, CONTENT_VERB, lex) || tokenIs(w, AUXILIARY, lex))) return k > j + 2 ? k : j;
  }
  return j;
}

/** How many words the phrase after a speaker's qualifier may have ("close to the Cairo talks"). */
const QUALIFIER_REACH = 6;

/**
 * "Minister of Information Jamal Jarrah", "Secretary of State Jane Roe": a role read with its
 * affiliation (lex.affiliationPrepositions) whose capitalised words end in a person's name. Three
 * capitalised words or more after the preposition, the last two no body's or role's word: those two
 * (with name particles between) name the person. Returns the name words, or null ("head of the
 * Federal Reserve Board", "Minister of Foreign Affairs").
 */
function nameClosingRole(role: readonly string[], lex: Lexicon): string[] | null {
  const prep = role.findIndex((w, n) => n > 0 && (lex.affiliationPrepositions.has(w.toLowerCase()) || !!lex.roleDomainPrepositions?.has(w.toLowerCase())));
  if (prep < 0) return null;
  const after = role.slice(prep + 1);
  const caps = after.map((w, n) => [w, n] as const).filter(([w]) => OPENS_CAPITAL.test(w));
  if (caps.length < 3) return null;
  const last = caps.slice(-2);
  if (last.some(([w]) => !CAPITALISED_WORD.test(w) || isInstitutionWord(w.toLowerCase(), lex) || lex.roleWords.has(w.toLowerCase()))) return null;
  if (after.slice(caps[0]![1]).some((w) => !OPENS_CAPITAL.test(w) && !lex.nameParticles?.has(w.toLowerCase()) && !lex.determiners.has(w.toLowerCase()) && !lex.acronymLinks?.has(w.toLowerCase()))) return null;
  return after.slice(last[0]![1]);
}

function clauseEndFrom(frame: readonly Token[], j: number): number {
  let k = j;
  while (k < frame.length && !isBoundary(frame[k] as Token)) k++;
  return k;
}

/** "Subject (aux/adverbs) speech-verb" starting at token `s`. */
/**
 * "…, Essential News Production System, said chief financial officer Ken Dale.": the verb right
 * after the comma has its own subject after it (English inversion), so the name before the comma
 * is not the speaker.
 */
function invertedAfterComma(frame: readonly Token[], comma: number, lex: Lexicon): boolean {
  if (lex.language !== 'en') return false;
  const verb = frame[comma + 1];
  if (!verb?.word || verb.cap || !tokenIs(verb, SPEECH_VERB, lex)) return false;
  const after = readPhrase(frame, comma + 2, lex);
  return !!after && !after.mention.pronoun && (after.mention.name.length > 0 || after.mention.role.length > 0);
}

/** A role in lower case (up to three words) and then a name: "meteorologist Gene Norman", "chief financial officer Ken Dale". */
function roleAndNameAt(frame: readonly Token[], k: number, lex: Lexicon): PhraseResult | null {
  for (let d = 0; d < 3; d++) {
    const w = frame[k + d];
    if (!w || !w.word || w.cap || w.quoted || (tokenInfo(w, lex) & (CLOSED | CUE)) !== 0) return null;
    const next = frame[k + d + 1];
    // An agent noun in "-ist" or "-ian" is a role too ("meteorologist", "physician").
    if ((isRoleWord(w.lower, lex) || /(?:ist|ian)$/u.test(w.lower)) && next?.word && next.cap && !next.quoted) {
      const inner = readPhrase(frame, k, lex);
      return inner && inner.mention.name.length && inner.mention.role.length ? inner : null;
    }
  }
  return null;
}

/** An English adverb in "-ly" between subject and verb ("specifically", "repeatedly"); not "family", "ally", "supply". */
function lyAdverb(t: Token, lex: Lexicon): boolean {
  return lex.language === 'en' && t.word && !t.cap && t.lower.length >= 6 && t.lower.endsWith('ly') && !/^(?:family|supply|assembly|monopoly|anomaly|butterfly)$/u.test(t.lower);
}

/**
 * "California Department of Forestry and Fire Protection Chief Ken Pimlott says": a body's name
 * with "and" in it runs into the title of the person who speaks. The first conjunct is a body
 * (a name with a body word, no role), the second a named person whose role opens with the rest
 * of the body's name in capitals: the person is the subject, not the body. English only (German
 * gives roles in lower case).
 */
function bodyRunsIntoPerson(first: Mention, second: Mention, lex: Lexicon): boolean {
  if (lex.language !== 'en' || first.role.length || first.pronoun || second.pronoun) return false;
  if (!second.name.length || !second.role.length || !OPENS_CAPITAL.test(second.role[0] ?? '')) return false;
  return first.name.some((w) => isInstitutionWord(w.toLowerCase(), lex));
}

const PARTITIVE_DE: ReadonlySet<string> = new Set(['einige', 'viele', 'mehrere', 'manche', 'alle', 'beide', 'zahlreiche', 'tausende', 'hunderte', 'teile', 'vertreter']);

/**
 * "Einige der einflussreichsten Moslems", "Viele der Demonstranten": a quantifier with a partitive
 * genitive is a nominative subject, though the genitive alone reads as an object (German).
 */
function partitiveAt(frame: readonly Token[], i: number, lex: Lexicon): PhraseResult | null {
  const q = frame[i];
  const link = frame[i + 1]?.lower;
  if (lex.partitives) {
    // "a number of …": the article before the head.
    const h = q?.lower === 'a' && frame[i + 1]?.lower === 'number' ? i + 1 : i;
    const head = frame[h];
    if (!head?.word || !lex.partitives.heads.has(head.lower) || frame[h + 1]?.lower !== lex.partitives.link) return null;
    const np = readPhrase(frame, h + 2, lex);
    if (!np || !np.mention.phrase) return null;
    return { mention: { ...np.mention, plural: head.lower !== 'one', phrase: `${frame.slice(i, h + 2).map((t) => t.text).join(' ')} ${np.mention.phrase}` }, end: np.end };
  }
  if (lex.language !== 'de' || !q?.word || !PARTITIVE_DE.has(q.lower) || (link !== 'der' && link !== 'des')) return null;
  const np = readPhrase(frame, i + 1, lex);
  if (!np) return null;
  return { mention: { ...np.mention, oblique: false, plural: true, definite: false, phrase: `${q.text} ${frame[i + 1]!.text} ${np.mention.phrase}` }, end: np.end };
}

/** "selbst", "selber" right after a subject stress it; a focus particle before one ("Selbst die Zeitung …") is a function word. */
const INTENSIFIERS_DE: ReadonlySet<string> = new Set(['selbst', 'selber']);

/**
 * Per frame, the clauses (start and end, as one number) where subjectVerb found no speaker:
 * leadingAttribution and trailingAttribution try many of the same clauses, and most tries find
 * nobody. Only misses are kept, so no mention is ever shared between two readings. The readings
 * of a sentence come close together, so only the frames read last are kept, in a small ring
 * (a WeakMap entry and a Set per sentence cost more than the misses they spared); a frame that
 * fell out of the ring is simply read again.
 */
const MISS_FRAMES = 8;
const missFrames: (readonly Token[] | null)[] = new Array<readonly Token[] | null>(MISS_FRAMES).fill(null);
const missKeys: number[][] = Array.from({ length: MISS_FRAMES }, () => []);
let missNext = 0;
const CLAUSE_KEY = 4096;

/** Empties the ring, so that no frame (and no slice of the text in its tokens) outlives its extraction. */
export function forgetSubjectMisses(): void {
  missFrames.fill(null);
  for (const keys of missKeys) keys.length = 0;
}

function subjectVerb(frame: readonly Token[], s: number, clauseEnd: number, lex: Lexicon): Mention | null {
  const keyed = s >= 0 && s < CLAUSE_KEY && clauseEnd >= 0 && clauseEnd < CLAUSE_KEY;
  const key = s * CLAUSE_KEY + clauseEnd;
  let slot = -1;
  if (keyed) {
    for (let k = 0; k < MISS_FRAMES; k++) {
      if (missFrames[k] === frame) {
        slot = k;
        break;
      }
    }
    if (slot >= 0 && missKeys[slot]!.includes(key)) return null;
  }
  const m = subjectVerbAt(frame, s, clauseEnd, lex);
  if (!m && keyed) {
    if (slot < 0) {
      slot = missNext;
      missNext = (missNext + 1) % MISS_FRAMES;
      missFrames[slot] = frame;
      missKeys[slot]!.length = 0;
    }
    missKeys[slot]!.push(key);
  }
  return m;
}

/**
 * German: a noun phrase plural by its form: one the phrase reader marked plural, or "die" with an
 * adjective in "-en" after it ("die tibetischen Mönche", "die neuen Zahlen"): in the nominative and
 * accusative a singular after "die" takes "-e" ("die neue Regierung").
 */
function pluralByForm(frame: readonly Token[], s: number, m: Mention): boolean {
  if (m.pronoun || m.name.length) return false;
  if (m.plural) return true;
  const adj = frame[s + 1];
  if (frame[s]?.lower !== 'die' || !adj?.word) return false;
  if (!adj.cap) return adj.lower.length > 4 && adj.lower.endsWith('en') && !!frame[s + 2]?.cap;
  // "die Kosten", "die Ermittlungen": a noun in "-en" right after "die" is a plural (a feminine
  // singular ends otherwise: "die Regierung", "die Kommission", "die Firma").
  return !m.role.length && adj.lower.length > 4 && adj.lower.endsWith('en') && !adj.lower.endsWith('ien') && !frame[s + 2]?.cap;
}

/**
 * German: a finite verb in the singular. A plural's third person ends in "-n" ("sagen",
 * "sagten", "beschrieben") or is "sind"; a lower-case verb form ending otherwise ("sagte",
 * "beschrieb", "hat") is singular.
 */
function singularFinite(t: Token | undefined, lex: Lexicon): boolean {
  if (!t?.word || t.cap || t.lower.endsWith('n') || t.lower === 'sind') return false;
  return (tokenInfo(t, lex) & (SPEECH_VERB | CONTENT_VERB | AUXILIARY)) !== 0 || lex.separableVerbs.has(t.lower);
}

/** German personal pronouns that are only ever nominative: one of them right after the finite verb is its subject. */
const NOMINATIVE_PRONOUNS_DE: ReadonlySet<string> = new Set(['er', 'ich', 'wir', 'du']);

/**
 * "Danach sagte er, …", "Hinterher erklärte ich …": German verb-second with a nominative pronoun
 * right after the finite verb. A clause has one subject, so what stands before the verb is no
 * subject though it is a capitalised word the lexicon does not know (an adverb at the start of a
 * sentence reads like a surname: "Merkel sagte, …"); inverted() reads the pronoun. "sie" may be
 * an accusative ("Weber lobte sie") and keeps the word before the verb as the subject.
 */
function subjectPronounAfter(frame: readonly Token[], verb: number, lex: Lexicon): boolean {
  if (lex.language !== 'de') return false;
  const next = frame[verb + 1];
  if (!next?.word || next.cap) return false;
  if (NOMINATIVE_PRONOUNS_DE.has(next.lower)) return true;
  // "sie" may be an accusative ("Der Verband nannte sie „fahrlässig“"): it is the subject only
  // after a single word with no article, which may be an adverb ("Hinterher erklärte sie").
  return next.lower === 'sie' && verb === 1 && !!frame[0]?.word && (tokenInfo(frame[0]!, lex) & (WORD.NOUN | WORD.ROLE)) === 0;
}

function subjectVerbAt(frame: readonly Token[], s: number, clauseEnd: number, lex: Lexicon): Mention | null {
  // "37 Prozent der Befragten sind der Auffassung, dass …": a poll's share speaks (German).
  let np = ownedDocumentAt(frame, s, lex) ?? partitiveAt(frame, s, lex) ?? (lex.shareNouns ? shareAt(frame, s, clauseEnd, lex) : null) ?? readPhrase(frame, s, lex);
  if (!np) return null;
  // "a new study by the U.S. Centers for Disease Control shows": the document's author speaks.
  if (np.mention.document && lex.language === 'en') np = documentAuthorAt(frame, np.end, lex) ?? np;
  // "CNN meteorologist Gene Norman said": a body's name before a role in lower case and a person's name
  // is the person's affiliation; the person speaks.
  if (lex.language === 'en' && np.mention.name.length && !np.mention.role.length && !np.mention.pronoun) {
    // "Central Bank of Romania (BNR) governor Mugur Isarescu said": the body's acronym in brackets between.
    const inner = roleAndNameAt(frame, skipParenthesis(frame, np.end), lex);
    if (inner) np = inner;
  }
  // "French group Sanofi said", "German carmaker Volkswagen said": a capitalised modifier and a body noun
  // in lower case before the body's name; the name is the subject.
  if (lex.language === 'en' && np.mention.name.length && !np.mention.role.length && !np.mention.pronoun) {
    // ("French drugmaking group Sanofi": one modifier in lower case may stand before the body noun.)
    let b = np.end;
    if (frame[b]?.word && !frame[b]!.cap && (tokenInfo(frame[b]!, lex) & CLOSED) === 0 && !isInstitutionWord(frame[b]!.lower, lex)) b++;
    if (frame[b]?.word && !frame[b]!.cap && isInstitutionWord(frame[b]!.lower, lex) && frame[b + 1]?.word && frame[b + 1]!.cap) {
      const named = readPhrase(frame, b + 1, lex);
      if (named && named.mention.name.length && !named.mention.pronoun) np = named;
    }
  }
  // "The AP’s forecast … is expected": after a possessive comes its noun, not the verb ("forecast", "report").
  const owner = frame[np.end - 1];
  if (lex.language === 'en' && owner?.word && !np.mention.pronoun && isPossessive(owner.text) && frame[np.end]?.word && !frame[np.end]!.cap) {
    // "The boss of Sainsbury’s shops says": unless the owner closes the "of" phrase of a role.
    const ofPhrase = np.mention.role.some((w, n) => n > 0 && DESCRIPTION_LINKS_EN.has(w.toLowerCase()));
    return ofPhrase && plausibleSpeaker(np.mention, lex) ? describedBy(frame, np.end, np.mention, lex, true) : null;
  }
  let m = np.mention;
  if (!m.pronoun && !m.name.length && !m.role.length && !m.phrase) return null;
  if (!plausibleSpeaker(m, lex)) return null;
  let j = skipAffiliation(frame, skipParenthesis(frame, np.end), lex);
  // "Ann Poe, director of roads, bridges and tunnels, said": the apposition's list runs past the comma that closed it.
  if (lex.language === 'en' && m.name.length && frame[j - 1]?.text === ',') j = appositionListEnd(frame, j, lex);
  // "Roth selbst schrieb …", "Die Kampagne selber warf … vor": an intensifier after the subject (German).
  if (lex.language === 'de' && INTENSIFIERS_DE.has(frame[j]?.lower ?? '') && !frame[j]!.cap) j++;
  const takenComma = lex.language === 'en' && j === np.end && j - 1 > s && frame[j - 1]?.text === ',' && frame[j]?.text !== ',';
  // "Democrats, however, have indicated that …", "He, too, said …": an adverb set off by commas between subject and verb.
  if (frame[j]?.text === ',' && frame[j + 2]?.text === ',' && frame[j + 1]?.word && !frame[j + 1]!.cap && (lex.verbAdverbs.has(frame[j + 1]!.lower) || lyAdverb(frame[j + 1]!, lex))) j += 3;
  // "The Carter Center, an independent institution that monitors elections, said …", "The bloc's
  // watchdog, the European Commission, on Wednesday said …": an apposition opening with an article
  // between the subject and its verb (English); a name in it is the speaker.
  else if (lex.language === 'en' && (frame[j]?.text === ',' || takenComma) && lex.determiners.has(frame[j + (takenComma ? 0 : 1)]?.lower ?? '') && !m.pronoun) {
    // ("Wilma Roe, MD, the county's health officer, said": the phrase reader took a credential and its comma.)
    if (takenComma) j--;
    const close = appositionClose(frame, j + 1);
    if (close > 0) {
      const inner = readPhrase(frame, j + 1, lex);
      // A described subject gives way to the name ("The bloc's watchdog, the European Commission"); a name stays.
      if (inner && inner.end === close && !m.name.length && !capitalHead(m) && (inner.mention.name.length || capitalHead(inner.mention)) && plausibleSpeaker(inner.mention, lex)) m = inner.mention;
      j = close + 1;
    }
  }
  // "Die Gewerkschaft in Polen, die Solidarność, hatte erklärt, …": the same in German, after a
  // subject that is no name, with a finite verb after the apposition; a name alone in it speaks.
  else if (lex.language === 'de' && frame[j]?.text === ',' && lex.determiners.has(frame[j + 1]?.lower ?? '') && !m.pronoun && !m.name.length) {
    const close = appositionClose(frame, j + 1);
    if (close > 0 && finiteLike(frame[close + 1], lex)) {
      const inner = readPhrase(frame, j + 1, lex);
      if (inner && inner.end === close && !m.role.length && inner.mention.name.length && !inner.mention.oblique && plausibleSpeaker(inner.mention, lex)) m = inner.mention;
      j = close + 1;
    }
  }
  // "Minister of Information Jamal Jarrah said": a role, its affiliation and then the person's name.
  const affiliated = m.role.length && !m.name.length && !m.pronoun ? nameClosingRole(m.role, lex) : null;
  if (affiliated) m = { ...m, name: affiliated, definite: false, antecedent: null };
  // "Der Fraktionsvorsitzende im Landtag, Wolfgang Jüttner, hatte …": the name in apposition to a role (German).
  if (lex.language === 'de' && frame[j]?.text === ',' && m.role.length && !m.name.length) {
    const named = readPhrase(frame, j + 1, lex, false);
    if (named && named.mention.name.length && !named.mention.oblique && frame[named.end]?.text === ',') {
      m = { ...named.mention, role: named.mention.role.length ? named.mention.role : m.role };
      j = named.end + 1;
    }
  }
  // "Expeditors International of Washington, Inc. has announced": the body's legal form after a comma.
  const form = frame[j + 1];
  if (frame[j]?.text === ',' && form?.word && form.cap && isInstitutionWord(form.lower, lex) && (m.name.length > 0 || m.phrase !== '')) {
    j += frame[j + 2]?.text === '.' ? 3 : 2;
  }
  // "Jim Roe (R-Okla.) and Sen. Ann Poe (D-R.I.) stated": the first of the speakers stands for both.
  if (lex.coordinators.has(frame[j]?.lower ?? '')) {
    const second = readPhrase(frame, j + 1, lex);
    // German bodies named by their words alone coordinate too: "Die Grünen und die Linke kündigten an, …".
    const body = lex.language === 'de' && !!second && !!second.mention.phrase && !second.mention.pronoun && !second.mention.oblique && plausibleSpeaker(second.mention, lex);
    if (second && (second.mention.name.length || second.mention.role.length || body)) {
      j = skipParenthesis(frame, second.end);
      if (bodyRunsIntoPerson(m, second.mention, lex)) m = second.mention;
    }
    else {
      // "The Ledger and others are calling for …": a bare plural as the second speaker.
      const other = frame[j + 1];
      const verb = frame[j + 2]?.lower ?? '';
      const verbNext = lex.auxiliaries.has(verb) || lex.progressiveAuxiliaries.has(verb) || lex.speechVerbs.has(verb);
      if (lex.language === 'en' && !second && other?.word && !other.cap && other.lower.endsWith('s') && (tokenInfo(other, lex) & (CLOSED | CUE)) === 0 && verbNext) j += 2;
    }
  }
  // After a parenthesis (or an affiliation holding one) the verb's clause is the one that follows it.
  if (j !== np.end) clauseEnd = clauseEndFrom(frame, j);
  // "Die streikenden Piloten beschrieb die Fluggesellschaft als …": a plural before a singular
  // finite verb is its object; the subject follows the verb (German).
  if (lex.language === 'de' && pluralByForm(frame, s, m) && singularFinite(frame[j], lex)) {
    // ("Die Mönche, die …, beschrieb die Agentur": past a relative clause the verb's clause is its own.)
    const verbClause = Math.max(clauseEnd, clauseEndFrom(frame, j));
    const after = subjectAfter(frame, j + 1, verbClause, lex);
    if (!after || after.mention.plural || after.mention.pronoun) return null;
    // "Die neuen Vorschläge hat der Minister als … bezeichnet": after an auxiliary the participle says it.
    const aux = (tokenInfo(frame[j]!, lex) & AUXILIARY) !== 0 && (tokenInfo(frame[j]!, lex) & SPEECH_VERB) === 0;
    const said = aux ? speechVerbAt(frame, after.end, Math.max(verbClause, after.end + 1), lex, true, lex.stativeAuxiliaries.has(frame[j]!.lower))
      : speechVerbAt(frame, j, Math.max(verbClause, j + 1), lex, false, false);
    if (!said) return null;
    return after.mention;
  }
  let sawAux = false;
  let stative = false;
  for (let steps = 0; steps < 6; steps++) {
    const t = frame[j];
    if (!t) break;
    const f = tokenInfo(t, lex);
    // "ist überzeugt, dass …", "zeigte sich zuversichtlich, dass …", "wird mit den Worten zitiert".
    if (lex.copulas.has(t.lower) && stanceAt(frame, j + 1, lex) > 0) return m;
    if ((f & PASSIVE_AUX) !== 0 && passiveQuote(frame, j + 1, clauseEnd, lex, t)) return m;
    // "went on to say", "closed by saying": a lead-in, then the verb of saying.
    if (speechLeadInAt(frame, j, lex)) return m;
    // "is predicting", "isn't saying", "are calling for": a form of "be" and a speech participle.
    if (lex.progressiveAuxiliaries.has(t.lower) && progressiveSpeech(frame, j + 1, lex)) return m;
    // "today (6 November) said": a date in brackets after a time word.
    if (t.text === '(' && j > 0 && frame[j - 1]?.word && lex.verbAdverbs.has(frame[j - 1]!.lower) && skipParenthesis(frame, j) > j) {
      j = skipParenthesis(frame, j);
      continue;
    }
    if ((f & AUXILIARY) !== 0 && (f & SPEECH_VERB) === 0) {
      sawAux = true;
      stative = lex.stativeAuxiliaries.has(t.lower);
    }
    // "later Friday also reported", "today declared", "itself reported": time and emphasis between subject and verb;
    // in English also any "-ly" adverb ("Bigelow specifically expressed disappointment that …").
    else if (!lex.verbAdverbs.has(t.lower) && !(t.word && (f & (CALENDAR | DATE)) !== 0) && !lyAdverb(t, lex)) break;
    j++;
  }
  const end = Math.max(clauseEnd, j + 1);
  if (lex.quotingVerbs) {
    const quoted = quotedAs(frame, j, lex, m);
    if (quoted) return quoted;
  }
  if (speechVerbAt(frame, j, end, lex, sawAux, stative)) return !m.pronoun && s < j && subjectPronounAfter(frame, j, lex) ? null : m;
  // "John Kasich at his rally on Tuesday told supporters …": a short phrase of place or time.
  // "Tom Wu on Monday said in a research note that …": a phrase of time as well.
  const prep = frame[j]?.lower ?? '';
  const timePhrase = lex.prepositions.has(prep) && frame.slice(j + 1, j + 3).some((t) => t.word && (tokenInfo(t, lex) & (CALENDAR | DATE)) !== 0);
  // "Speaking in an economic forum in Tokyo, Ms Lagarde said": a participle opening the sentence,
  // its phrase closed by a comma, is no subject ("Browning in a statement said" names Browning).
  const participle = m.name.length === 1 && !m.role.length && ING_NAME.test(m.name[0]!) && (s === 0 || !frame[s - 1]?.word) &&
    frame.slice(j, j + 12).some((t) => t.text === ',');
  if (lex.language === 'en' && !participle && (lex.placePrepositions.has(prep) || timePhrase) && speechVerbWithin(frame, j + 1, 10, lex)) return m;
  // "The new head of the city hospital says …", "The director of one of the largest banks said …":
  // a role or a body described by an "of"/"for" phrase in lower case before its verb (English).
  if (lex.language === 'en') {
    const described = describedBy(frame, j, m, lex);
    if (described) return described;
  }
  // "A member of the union who was at the site told …", "The aide who spoke to us said …": a
  // relative clause about the subject before its verb (English). The clause's own verb comes
  // first and is no speech ("The man who said he saw it was arrested" is nobody speaking).
  const rel = frame[np.end];
  const own = frame[np.end + 1];
  // "House members who had voiced opposition …": after an auxiliary the clause's own verb follows.
  const ownVerb = own?.word && tokenIs(own, AUXILIARY, lex) ? frame[np.end + 2] : own;
  if (lex.language === 'en' && rel?.word && rel.lower === lex.personRelative && (m.name.length || m.role.length) &&
    own?.word && !own.cap && ownVerb?.word && !tokenIs(ownVerb, SPEECH_VERB, lex) && !lex.speechParticiples.has(ownVerb.lower) &&
    speechVerbWithin(frame, np.end + 2, RELATIVE_REACH, lex)) return m;
  // "Analysts polled by Harbor Data expect …", "Sources briefed on the matter tell …": a
  // participle ("-ed") with its phrase describes the subject before the verb.
  // A pronoun takes no such phrase, and "to" with a verb after it is an infinitive: "He refused to
  // confirm whether …", "The mayor declined to say …" is a finite verb refusing speech, no speaker.
  const described = frame[j];
  if (lex.language === 'en' && m.name.length === 0 && !m.pronoun && described?.word && !described.cap && described.lower.endsWith('ed') && (tokenInfo(described, lex) & (CLOSED | FUNCTION | CUE)) === 0 &&
    lex.prepositions.has(frame[j + 1]?.lower ?? '') && !infinitiveAfter(frame, j + 1, lex) && speechVerbWithin(frame, j + 2, 8, lex)) return m;
  // "Jerald Fishman, Analog Devices president and chief executive said …": a description the
  // phrase reader did not take, set off by a comma before the verb.
  const head = frame[s];
  // "Usually, …", "Earlier, …": an adverb opening the sentence is no subject ("-ly" words are adverbs in English),
  // unless it opens a name of several words ("Lily Chandler, 2513 Bergen Street, told …").
  const adverbial = !!head && (lex.verbAdverbs.has(head.lower) || (tokenInfo(head, lex) & (CALENDAR | DATE | CLOSED)) !== 0 ||
    (lex.language === 'en' && head.cap && head.lower.endsWith('ly') && !(m.name.length > 1 && m.name[0] === head.text)));
  if (frame[np.end]?.text === ',' && m.name.length && !adverbial && speechVerbWithin(frame, np.end + 1, 20, lex) && !invertedAfterComma(frame, np.end, lex)) return m;
  // "The Ledger, citing two officials, reported …", "The report, published on Monday, says …": a
  // participle phrase after a named body or a document (English).
  const part = frame[np.end + 1];
  if (lex.language === 'en' && frame[np.end]?.text === ',' && !m.name.length && (m.document || (m.definite && HAS_CAPITAL.test(m.phrase))) &&
    part?.word && !part.cap && /(?:ing|ed)$/u.test(part.lower) && speechVerbWithin(frame, np.end + 1, 20, lex)) return m;
  // "C.Y. Leung, der am Montag in Guandong war, sagte …", "Rob Mueller, Klub-Sekretär der Buitenboys sagte …":
  // a relative clause or an apposition between the subject and its verb (German).
  // (A body named by its words alone counts after an article: "Die Interessengemeinschaft Region Basel (IG), die …, hat …".)
  const body = lex.determiners.has(frame[s]!.lower) && m.phrase.split(' ').length >= 2;
  // (An article opening the subject is no adverb there: "Die Kammer, die …, hat … erklärt".)
  if (lex.language === 'de' && s === 0 && (m.name.length || m.role.length || body) && (!adverbial || lex.determiners.has(head!.lower)) && verbAfterApposition(frame, frame[np.end - 1]?.text === ',' ? np.end - 1 : np.end, lex)) return m;
  // "Ein Sprecher auf Seiten der Rebellen hatte erklärt, …": a prepositional phrase about the subject before its verb (German).
  // An adverb or quantifier opening the sentence is no subject there ("Unmittelbar nach …", "Wenige Stunden nach …").
  // (A phrase with neither name nor role must be a body: "Die Angriffe auf X wollte er zurückweisen" fronts an object.)
  const named = m.name.length > 0 || m.role.length > 0;
  const subjectShaped = lex.determiners.has(frame[s]!.lower) ? named || isInstitutionWord((m.phrase.split(' ').pop() ?? '').toLowerCase(), lex) : named && !adverbial && !adverbShaped(frame[s]!, lex);
  if (lex.language === 'de' && s === 0 && subjectShaped && verbAfterPrepositionalPhrase(frame, np.end, lex)) return m;
  // "Gary Giblen, analyst with Breach Murray, Carret & Co, says": the apposition's names run on past its comma.
  if (lex.language === 'en' && frame[np.end - 1]?.text === ',' && frame[np.end]?.cap && m.name.length && speechVerbWithin(frame, np.end, 10, lex)) return m;
  // Only a named, described or pronoun subject has a second verb worth the look.
  if ((m.name.length || m.role.length || m.pronoun || m.phrase) && coordinatedSpeech(frame, j, lex)) return m;
  return null;
}

const DESCRIPTION_REACH = 9;
const DESCRIPTION_LINKS_EN = new Set(['of', 'for']);

/**
 * "head of the city hospital", "director of one of the largest banks", "boss of the county’s
 * schools": an "of" or "for" phrase at `j` after a subject that is a role or a body (no name, no
 * pronoun), made of articles, modifiers, nouns, names and possessives only, then the subject's
 * verb of saying (English). The phrase joins the role, so the speaker is described in full and
 * is not read as the last person named. Null when anything else (a comma, a clause word, a
 * quotation, another preposition) comes before the verb.
 */
function describedBy(frame: readonly Token[], j: number, m: Mention, lex: Lexicon, linked = false): Mention | null {
  const link = frame[j];
  if (!linked && (!link?.word || !DESCRIPTION_LINKS_EN.has(link.lower))) return null;
  if (m.pronoun || m.name.length || m.document) return null;
  const head = (m.role.length ? m.role[m.role.length - 1]! : m.phrase.slice(m.phrase.lastIndexOf(' ') + 1)).toLowerCase();
  if (!m.role.length && !isInstitutionWord(head, lex)) return null;
  const from = linked ? j : j + 1;
  for (let k = from; k < Math.min(frame.length, from + DESCRIPTION_REACH); k++) {
    const t = frame[k]!;
    if (!t.word || t.quoted) {
      // "the county’s": a possessive mark the tokenizer keeps apart.
      if (t.text === '’' || t.text === "'" || t.text === '’s' || t.text === "'s") continue;
      return null;
    }
    if ((k > from || linked) && !t.cap && (tokenIs(t, SPEECH_VERB, lex) || tokenIs(t, CONTENT_VERB, lex) || tokenIs(t, AUXILIARY, lex) || lex.progressiveAuxiliaries.has(t.lower))) {
      if (lex.determiners.has(frame[k - 1]!.lower) || frame[k - 1]!.lower === 'of') return null;
      if (!speechVerbWithin(frame, k, 3, lex) && !(lex.progressiveAuxiliaries.has(t.lower) && progressiveSpeech(frame, k + 1, lex))) return null;
      const words = frame.slice(j, k).filter((w) => w.word).map((w) => w.text);
      return { ...m, role: m.role.length ? [...m.role, ...words] : m.role, phrase: `${m.phrase} ${words.join(' ')}`, definite: false, antecedent: null };
    }
    if (t.cap || lex.determiners.has(t.lower) || t.lower === 'of' || t.lower === 'one' || isPossessive(t.text)) continue;
    if ((tokenInfo(t, lex) & (CLOSED | FUNCTION | PREPOSITION)) !== 0 || lex.complementizers.has(t.lower) || lex.relativePronouns.has(t.lower)) return null;
  }
  return null;
}

/**
 * "to confirm", "to say": "to" at `k` with a verb after it (a lower-case word that opens no noun
 * phrase: no determiner, number or possessive), not "to the plan" (English).
 */
function infinitiveAfter(frame: readonly Token[], k: number, lex: Lexicon): boolean {
  const next = frame[k + 1];
  if (frame[k]?.lower !== 'to' || !next?.word || next.cap || next.hasDigit) return false;
  return !lex.determiners.has(next.lower) && !lex.possessives.has(next.lower) && (tokenInfo(next, lex) & (CALENDAR | DATE)) === 0;
}

const APPOSITION_LIST_REACH = 8;

/**
 * English: the rest of a list in an apposition from `j` (just past the comma the phrase reader took
 * for its end): lower-case words and commas with "and" or "or" among them, closed by a comma
 * before a word in lower case ("…, director of roads, bridges and tunnels, said"). The index after
 * that comma, or `j`.
 */
function appositionListEnd(frame: readonly Token[], j: number, lex: Lexicon): number {
  let coordinated = false;
  for (let k = j; k < Math.min(frame.length - 1, j + APPOSITION_LIST_REACH); k++) {
    const t = frame[k]!;
    if (t.text === ',') {
      if (k === j) return j;
      const next = frame[k + 1]!;
      if (coordinated && next.word && !next.cap) return k + 1;
      continue;
    }
    if (!t.word || t.quoted || (t.cap && k === j)) return j;
    if (t.lower === 'and' || t.lower === 'or') {
      coordinated = true;
      continue;
    }
    if (!t.cap && (tokenIs(t, SPEECH_VERB, lex) || tokenIs(t, CONTENT_VERB, lex) || tokenIs(t, AUXILIARY, lex) || tokenIs(t, PASSIVE_AUX, lex) ||
      lex.complementizers.has(t.lower) || lex.relativePronouns.has(t.lower) || lex.personPronouns.has(t.lower))) return j;
  }
  return j;
}

/** How far past a relative pronoun the subject's own verb of saying may stand. */
const RELATIVE_REACH = 14;

/**
 * "The Ledger quoted Roe as saying …": Roe speaks; "Roe was quoted as saying …": the subject
 * `m` does (lex.quotingVerbs, "as" and a speech participle after the one quoted).
 */
function quotedAs(frame: readonly Token[], j: number, lex: Lexicon, m: Mention): Mention | null {
  const asSaying = (k: number): boolean => frame[k]?.lower === 'as' && lex.speechParticiples.has(frame[k + 1]?.lower ?? '');
  const t = frame[j];
  if (!t?.word) return null;
  if (tokenIs(t, PASSIVE_AUX, lex) && lex.quotingVerbs!.has(frame[j + 1]?.lower ?? '') && asSaying(j + 2)) return m;
  if (!lex.quotingVerbs!.has(t.lower)) return null;
  const np = readPhrase(frame, j + 1, lex);
  return np && asSaying(np.end) && plausibleSpeaker(np.mention, lex) ? np.mention : null;
}

const APPOSITION_VERB_REACH = 40;

/** The last word of the mention's phrase is capitalised ("the Carter Center", not "the bloc's watchdog"). */
function capitalHead(m: Mention): boolean {
  return /(?:^|\s)\p{Lu}[^\s]*$/u.test(m.phrase);
}

/** The comma closing an English apposition that opens at `from` (no quotation, colon or second clause inside), followed by a lower-case word; -1 if none. */
function appositionClose(frame: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(frame.length - 1, from + APPOSITION_REACH); k++) {
    const t = frame[k]!;
    if (t.quoted || t.text === ':' || t.text === ';' || QUOTE_MARKS.has(t.text)) return -1;
    if (t.text === ',') return frame[k + 1]?.word && !frame[k + 1]!.cap ? k : -1;
  }
  return -1;
}

/**
 * From the comma after a subject: the subject's verb of saying after an apposition or a relative
 * clause, which may hold commas of its own. Stops at a colon, a quotation, a content clause.
 */
function verbAfterApposition(frame: readonly Token[], comma: number, lex: Lexicon): boolean {
  if (frame[comma]?.text !== ',') return false;
  // "X (SPD), hat … verkündet": a stray comma before the subject's own auxiliary sets off no apposition.
  const after = frame[comma + 1];
  if (after?.word && !after.cap && tokenIs(after, AUXILIARY, lex)) return false;
  for (let k = comma + 1; k < Math.min(frame.length, comma + APPOSITION_VERB_REACH); k++) {
    const t = frame[k]!;
    if (!t.word) {
      if (t.text === ':' || t.text === ';' || QUOTE_MARKS.has(t.text)) return false;
      continue;
    }
    if (lex.complementizers.has(t.lower)) return false;
    if (t.cap || k === comma + 1) continue;
    const prev = frame[k - 1];
    // The verb follows the apposition's closing comma, or closes an apposition that has none ("Klub-Sekretär der X sagte").
    if (prev?.text !== ',' && !(prev?.word && prev.cap)) continue;
    if (!(tokenIs(t, SPEECH_VERB, lex) || lex.separableVerbs.has(t.lower) || tokenIs(t, CONTENT_VERB, lex) || tokenIs(t, AUXILIARY, lex))) continue;
    if (tokenIs(t, AUXILIARY, lex)) {
      if (participleCloses(frame, k + 1, clauseEndFrom(frame, k + 1), lex, lex.stativeAuxiliaries.has(t.lower))) return true;
      continue;
    }
    if (speechVerbAt(frame, k, clauseEndFrom(frame, k), lex, false)) return true;
  }
  return false;
}

const PP_REACH = 6;
/** German adverbs and adjectives by their ending ("unmittelbar", "kürzlich", "zeitweise"), which a capital at the sentence start makes look like names. */
const ADVERB_SHAPE_DE = /(?:bar|lich|ig|isch|los|sam|weise|mals|wärts)$/u;

function adverbShaped(t: Token, lex: Lexicon): boolean {
  return ADVERB_SHAPE_DE.test(t.lower) || lex.quantityWords.has(t.lower) || (tokenInfo(t, lex) & (CLOSED | FUNCTION | QUANTITY)) !== 0;
}

/**
 * From a preposition right after the subject: a short phrase of articles, adjectives and nouns
 * ("auf pakistanischer Seite", "in der Hauptstadt"), then the subject's verb of saying (or its
 * auxiliary with the participle closing the clause). A comma ends it: past an apposition as well
 * the subject was too often a fronted object or a list of speakers the corpus leaves unattributed.
 */
function verbAfterPrepositionalPhrase(frame: readonly Token[], j: number, lex: Lexicon): boolean {
  const prep = frame[j];
  if (!prep?.word || prep.cap || !lex.prepositions.has(prep.lower)) return false;
  for (let k = j + 1; k < Math.min(frame.length, j + 1 + PP_REACH); k++) {
    const t = frame[k]!;
    if (!t.word) return false;
    const verb = tokenIs(t, AUXILIARY, lex) || tokenIs(t, SPEECH_VERB, lex) || tokenIs(t, CONTENT_VERB, lex) || lex.separableVerbs.has(t.lower);
    if (t.cap || lex.determiners.has(t.lower) || (adjectiveEnding(t.lower) && !verb)) continue;
    if (k === j + 1 || !frame[k - 1]!.cap) return false;
    if (tokenIs(t, AUXILIARY, lex)) return participleCloses(frame, k + 1, clauseEndFrom(frame, k + 1), lex, lex.stativeAuxiliaries.has(t.lower));
    return speechVerbAt(frame, k, clauseEndFrom(frame, k), lex, false);
  }
  return false;
}

const COORDINATION_REACH = 24;

/**
 * "Roe condemned the attacks and said they were …", "Roe took the stage and told the crowd: …":
 * the subject's first verb at `j` does something else, a second one joined by "and" says what
 * follows. Stops at the end of the sentence and at a content clause (whose "and said" is another's).
 */
function coordinatedSpeech(frame: readonly Token[], j: number, lex: Lexicon): boolean {
  // "NASA did not give a date but said …": a negated first verb.
  if (lex.language === 'en' && frame[j]?.lower === 'not') j++;
  const verb = frame[j];
  if (!verb || !verb.word || verb.cap || (tokenInfo(verb, lex) & (DETERMINER | PREPOSITION | FUNCTION | CLOSED)) !== 0) return false;
  for (let k = j + 1; k < Math.min(frame.length - 1, j + COORDINATION_REACH); k++) {
    const t = frame[k]!;
    if (!t.word) {
      if (t.text === '.' || t.text === ';' || t.text === ':' || t.text === '?' || t.text === '!') return false;
      continue;
    }
    if (lex.complementizers.has(t.lower) || lex.relativePronouns.has(t.lower)) return false;
    if (!lex.coordinators.has(t.lower)) continue;
    let v = k + 1;
    while (frame[v]?.word && lex.verbAdverbs.has(frame[v]!.lower)) v++;
    const s = frame[v];
    if (!s || !s.word || s.cap || !tokenIs(s, SPEECH_VERB, lex)) continue;
    // "… and said they were …", not "… but maintained his rating" (an object, an act).
    const next = frame[v + 1];
    // German puts adverbials before the message ("sagte bei der Gelegenheit, …"): only English is checked.
    const object = lex.language === 'en' && !!next && next.word && (lex.prepositions.has(next.lower) || lex.possessives.has(next.lower));
    return speechVerbAt(frame, v, clauseEndFrom(frame, v), lex, false) && (!object || lex.addresseeVerbs.has(s.lower));
  }
  return false;
}

/** A lower-case speech verb within `limit` tokens, before any quotation or other clause mark but a comma before it. */
/** "had warned", "has long argued", "will not say": the verb of saying of the auxiliary before `k`. */
function speechAfterAuxiliary(frame: readonly Token[], k: number, lex: Lexicon): boolean {
  while (frame[k]?.word && (lex.verbAdverbs.has(frame[k]!.lower) || frame[k]!.lower === 'not')) k++;
  const v = frame[k];
  return !!v?.word && !v.cap && (tokenIs(v, SPEECH_VERB, lex) || tokenIs(v, CONTENT_VERB, lex) || lex.separableVerbs.has(v.lower));
}

function speechVerbWithin(frame: readonly Token[], from: number, limit: number, lex: Lexicon): boolean {
  for (let k = from; k < Math.min(frame.length, from + limit); k++) {
    const t = frame[k];
    if (!t || t.quoted) return false;
    if (!t.word) {
      if (t.text === ',') {
        // The description ends at a comma; the verb follows it, perhaps after an adverb ("…, also said").
        let v = k + 1;
        // English: "Brewer, meanwhile, has consistently denied …": an auxiliary and a "-ly" adverb as well.
        while (frame[v]?.word && (lex.verbAdverbs.has(frame[v]?.lower ?? '') ||
          (lex.language === 'en' && !frame[v]!.cap && (tokenIs(frame[v], AUXILIARY, lex) || lyAdverb(frame[v]!, lex))))) v++;
        // "analyst with Breach Murray, Carret & Co, says": a capitalised word goes on with the name.
        // ("…, where 1,100 died, Pell said": a name right before the verb is the verb's own subject.)
        if (lex.language === 'en' && frame[v]?.word && frame[v]!.cap && k > from) {
          const own = readPhrase(frame, v, lex);
          const after = own ? frame[own.end] : undefined;
          if (own && own.mention.name.length && after?.word && !after.cap && tokenIs(after, SPEECH_VERB, lex)) return false;
          continue;
        }
        // "George Roe, union organiser, speaking before the offer was tabled, said": a participle clause goes on with the description.
        if (lex.language === 'en' && frame[v]?.word && !frame[v]!.cap && frame[v]!.lower.endsWith('ing') && !tokenIs(frame[v], SPEECH_VERB, lex) && k > from) continue;
        const verb = frame[v]?.lower ?? '';
        return !!frame[v]?.word && !frame[v]?.cap && lex.speechVerbs.has(verb) && !phrasalBreak(frame, v, lex) && (!lex.speechNeedsMessage.has(verb) || messageAfter(frame, v + 1, lex));
      }
      if (t.text !== '.' && t.text !== '-' && t.text !== '&' && t.text !== '(' && t.text !== ')') return false;
      continue;
    }
    if (lex.complementizers.has(t.lower)) return false;
    // "Paris, Lisbon and Nice will not go ahead, the airport said": a clause with its own finite
    // verb is content, not a description of the first name (a relative clause may have one).
    if (lex.language === 'en' && !t.cap && k > from && (tokenIs(t, AUXILIARY, lex) || lex.copulas.has(t.lower)) &&
      !frame.slice(from, k).some((w) => lex.relativePronouns.has(w.lower) || w.text === ',') && !speechAfterAuxiliary(frame, k + 1, lex)) return false;
    // "Thirteen students in three schools have been confirmed with …": a passive; its subject is no speaker.
    if (lex.language === 'en' && !t.cap && passiveBefore(frame, k, lex)) continue;
    // "the calls are cautious": after an article the word is a noun.
    if (!t.cap && tokenIs(t, SPEECH_VERB, lex) && !lex.determiners.has(frame[k - 1]?.lower ?? '')) return !phrasalBreak(frame, k, lex) && !lex.speechNeedsMessage.has(t.lower) || messageAfter(frame, k + 1, lex);
    // "The bank on Monday announced that …": a verb that reports only with its content.
    if (!t.cap && tokenIs(t, CONTENT_VERB, lex) && !lex.determiners.has(frame[k - 1]?.lower ?? '')) return contentFollows(frame, k + 1, lex);
  }
  return false;
}

/** "have been confirmed", "was widely reported": a form of "be" (and perhaps an adverb) right before the word at `k` (English). */
function passiveBefore(frame: readonly Token[], k: number, lex: Lexicon): boolean {
  let b = k - 1;
  if (frame[b]?.word && lyAdverb(frame[b]!, lex)) b--;
  const aux = frame[b];
  return !!aux?.word && !aux.cap && tokenIs(aux, PASSIVE_AUX, lex) && !lex.quotingPassives.has(frame[k]!.lower);
}

const DATELINE_MAX = 12;
const DASHES = new Set(['-', '–', '—']);

/**
 * The index after a dateline that opens the sentence ("ST. LOUIS -", "Dec. 7 (UPI) --",
 * "BERLIN (dpa) –"): capitalised words, numbers and an agency in parentheses before a dash (or,
 * after a place in capitals, the agency alone: "CONAKRY, Guinea (AP)"); 0 if none.
 */
export function datelineEnd(frame: readonly Token[]): number {
  let words = 0;
  // "CONAKRY, Guinea (AP) Guinea's opposition said …": after a place in capitals, an agency in
  // parentheses ends the dateline even without a dash.
  const place = !!frame[0]?.word && frame[0].allCaps && frame[0].text.length >= 3;
  for (let k = 0; k < Math.min(frame.length, DATELINE_MAX); k++) {
    const t = frame[k]!;
    if (place && t.text === ')' && frame[k - 2]?.text === '(' && frame[k - 1]?.word && frame[k + 1]?.word && frame[k + 1]!.cap) return k + 1;
    if (DASHES.has(t.text)) {
      let after = k + 1;
      while (frame[after] && DASHES.has(frame[after]!.text)) after++;
      return words > 0 && frame[after]?.word ? after : 0;
    }
    if (t.word) {
      if (!t.cap && !t.hasDigit) return 0;
      words++;
    } else if (t.text !== '.' && t.text !== ',' && t.text !== '(' && t.text !== ')') return 0;
  }
  return 0;
}

/**
 * Each lexicon's lead-ins split into words once and filed by their first word (this runs for
 * every word after a subject: a map look-up instead of comparing the word with every lead-in).
 */
const LEAD_IN_WORDS = new WeakMap<readonly string[], ReadonlyMap<string, readonly (readonly string[])[]>>();

function leadInWords(lex: Lexicon): ReadonlyMap<string, readonly (readonly string[])[]> {
  let byFirst = LEAD_IN_WORDS.get(lex.speechLeadIns);
  if (!byFirst) {
    const map = new Map<string, (readonly string[])[]>();
    for (const lead of lex.speechLeadIns) {
      const words = lead.split(' ');
      const list = map.get(words[0] ?? '');
      if (list) list.push(words);
      else map.set(words[0] ?? '', [words]);
    }
    LEAD_IN_WORDS.set(lex.speechLeadIns, byFirst = map);
  }
  return byFirst;
}

/** A lead-in of the language ("went on to", "closed by") at `j`, followed by a verb of saying. */
function speechLeadInAt(frame: readonly Token[], j: number, lex: Lexicon): boolean {
  const first = frame[j];
  if (!first || !first.word || first.cap) return false;
  const leads = leadInWords(lex).get(first.lower);
  if (!leads) return false;
  for (const words of leads) {
    if (!words.every((w, n) => frame[j + n]?.lower === w)) continue;
    const verb = frame[j + words.length];
    if (verb && verb.word && !verb.cap && (tokenIs(verb, SPEECH_VERB, lex) || lex.speechParticiples.has(verb.lower))) return true;
  }
  return false;
}

/** After a form of "be" (and "not"): a speech participle ("predicting", "saying", "calling for"). */
function progressiveSpeech(frame: readonly Token[], k: number, lex: Lexicon): boolean {
  for (let steps = 0; steps < 3; steps++, k++) {
    const t = frame[k];
    if (!t || !t.word) return false;
    if (lex.speechParticiples.has(t.lower)) {
      // "are promising a long night": a verb of promising or announcing needs what was promised ("is promising that …").
      const stem = t.lower.slice(0, -3);
      return !(lex.contentVerbs.has(stem + 's') || lex.contentVerbs.has(stem + 'es')) || contentFollows(frame, k + 1, lex);
    }
    // "is reporting that …", "are estimating that …", "is hoping that …": any verb of saying or of
    // content in the progressive, with its clause after it.
    if (ingOfSpeech(t.lower, lex)) return contentFollows(frame, k + 1, lex);
    // "is pointing out that …": a separable verb with its particle.
    const particle = lex.language === 'en' ? lex.separableVerbs.get(`${t.lower.slice(0, -3)}s`) : undefined;
    if (particle && t.lower.endsWith('ing') && frame[k + 1]?.lower === particle) return contentFollows(frame, k + 2, lex);
    if (!lex.verbAdverbs.has(t.lower) && t.lower !== 'not') return false;
  }
  return false;
}

/**
 * Whether an English "-ing" form belongs to a verb of saying or of content the lexicon lists in
 * another form ("reporting" → "reports", "hoping" → "hopes", "testifying" → "testifies",
 * "admitting" → "admits"). English only: German has no such form.
 */
function ingOfSpeech(lower: string, lex: Lexicon): boolean {
  if (lex.language !== 'en' || lower.length < 6 || !lower.endsWith('ing')) return false;
  const stem = lower.slice(0, -3);
  const bases = [stem, `${stem}e`];
  // "admitting" → "admit", "committing" → "commit": a doubled final consonant.
  if (stem.length > 3 && stem.at(-1) === stem.at(-2)) bases.push(stem.slice(0, -1));
  const listed = (w: string): boolean => lex.speechVerbs.has(w) || lex.contentVerbs.has(w);
  return bases.some((b) => listed(b.endsWith('y') ? `${b.slice(0, -1)}ies` : /(?:s|sh|ch|x)$/u.test(b) ? `${b}es` : `${b}s`) || listed(`${b}ed`) || listed(`${b}d`));
}

/**
 * The subject after a finite verb: "sagte Rice", "sagte der Zeitung gestern Filep Karma",
 * "erklärte dazu ein Sprecher". Midfield adverbs and object pronouns are passed over, and so is a
 * phrase whose case shows it is an object (a dative addressee is never the speaker).
 */
function subjectAfter(frame: readonly Token[], k: number, end: number, lex: Lexicon): PhraseResult | null {
  for (let skips = 0; k < end && skips < 6; skips++) {
    const t = frame[k];
    if (!t || !t.word) return null;
    if (!t.cap && (lex.midfieldWords.has(t.lower) || lex.verbAdverbs.has(t.lower))) {
      k++;
      continue;
    }
    // "urteilte am Freitag das Gericht": a time phrase in the midfield (German).
    const when = frame[k + 1];
    if (lex.language === 'de' && !t.cap && lex.prepositions.has(t.lower) && when?.word && (tokenInfo(when, lex) & (CALENDAR | DATE)) !== 0) {
      k += 2;
      continue;
    }
    const np = readPhrase(frame, k, lex);
    if (!np) return null;
    if (!np.mention.oblique) return plausibleSpeaker(np.mention, lex) ? np : null;
    k = skipParenthesis(frame, np.end);
  }
  return null;
}

/**
 * Whether what stands before the finite verb leaves the subject for after it: an adverbial
 * ("Am Montag", "Zuvor", "Bei ihrem Auftritt …"), an object ("Der Zeitung", "Den Namen",
 * "Das", "Dies"). A phrase in the nominative there is the subject ("Hubig wies Zweifel … zurück",
 * "Vertreter der drei Organisationen erwarten …"), and the phrase after the verb an object.
 */
function vorfeldIsNotSubject(frame: readonly Token[], start: number, v: number, lex: Lexicon): boolean {
  let f = start;
  // Connectives and particles before the Vorfeld: "Aber auch die Kommission kritisierte …".
  while (f < v && frame[f]?.word && (lex.functionWords.has(frame[f]!.lower) || lex.verbAdverbs.has(frame[f]!.lower)) &&
    !lex.prepositions.has(frame[f]!.lower) && !lex.subordinators.has(frame[f]!.lower) &&
    !lex.anaphoricObjects.has(frame[f]!.lower) && !lex.personPronouns.has(frame[f]!.lower)) f++;
  if (f >= v) return true; // only an adverb: "Zuvor hatte X …", "Heute sagte Y …"
  const first = frame[f]!;
  if (!first.word) return true;
  if (lex.prepositions.has(first.lower) || lex.subordinators.has(first.lower) || lex.anaphoricObjects.has(first.lower) || (tokenInfo(first, lex) & WORD.DATE) !== 0) return true;
  if (lex.personPronouns.has(first.lower)) return false;
  if (partitiveAt(frame, f, lex)) return false;
  const front = readPhrase(frame, f, lex);
  if (front?.mention.oblique) return true;
  // "Danach sagte er …", "Hinterher erklärte ich …": a nominative pronoun right after the verb is
  // the subject, so the one phrase before the verb is none (subjectPronounAfter).
  if (front && front.end === v && subjectPronounAfter(frame, v, lex)) return true;
  // "Wenige Stunden nach der Wahl erklärte der Rat …": an accusative of time.
  if (front && timeStretch(front.mention, lex)) return true;
  // "Anfang 2006 erklärte …": the phrase stops before the year.
  if (lex.timePointNouns?.has(first.lower) && timePoint([first.text, frame[f + 1]?.text ?? ''], lex)) return true;
  // A capitalised word that is no noun phrase at all ("Offiziell", "Sinngemäß") is an adverb.
  return !front;
}

/**
 * German verb-second with something else first: "Am Montag sagte Merz, …", "Bei ihrem Auftritt in
 * Brüssel sagte Rice, …", "Zuvor hatte X … betont", "Der Zeitung sagte Y …". The first finite verb
 * of the clause decides; when what stands before it is itself a subject ("Hubig wies Zweifel …
 * zurück"), the phrase after the verb is an object.
 */
function inverted(frame: readonly Token[], c: Clause, lex: Lexicon): Mention | null {
  if (lex.language !== 'de') return null;
  for (let v = c.start + 1; v < Math.min(c.end, c.start + 30); v++) {
    const t = frame[v];
    if (!t || !t.word || t.cap) continue;
    const aux = tokenIs(t, AUXILIARY, lex) || tokenIs(t, PASSIVE_AUX, lex);
    const speech = tokenIs(t, SPEECH_VERB, lex) || lex.separableVerbs.has(t.lower) || tokenIs(t, CONTENT_VERB, lex);
    if (!aux && !speech) continue;
    if (speech && attributiveAt(frame, v, lex)) continue;
    // "… zogen die Demonstranten zum Rathaus und skandierten …": a verb after "und" has no Vorfeld of
    // its own; its subject is the first conjunct's, after that one's finite verb.
    if (speech && !aux && v > c.start + 2 && lex.coordinators.has(frame[v - 1]!.lower)) return coordinatedSubject(frame, c, v, lex);
    if (!vorfeldIsNotSubject(frame, c.start, v, lex)) return null;
    const np = subjectAfter(frame, v + 1, c.end, lex);
    if (!np) return null;
    if (speech && !aux) {
      if (speechVerbAt(frame, v, c.end, lex, false)) return np.mention;
      // "gab der Leiter …, Andreas Huber, bekannt, dass": the particle comes after the apposition.
      const particle = lex.separableVerbs.get(t.lower);
      if (!particle || np.end <= c.end) return null;
      for (let k = np.end; k < bracketEnd(frame, np.end); k++) {
        const found = frame[k]?.lower;
        if (isParticle(found, particle)) return !needsContent(`${found}${t.lower}`, t.lower, lex) || contentFollows(frame, k + 1, lex) ? np.mention : null;
      }
      return null;
    }
    if (lex.copulas.has(t.lower) && stanceAt(frame, np.end, lex) > 0) return np.mention;
    // A passive's subject is what was said, not who said it ("wird der Ausbruch befürchtet"), except "wird … zitiert".
    if (tokenIs(t, PASSIVE_AUX, lex)) return passiveQuote(frame, np.end, c.end, lex, t) ? np.mention : null;
    // "haben einige Abgeordnete aus der Koalition angekündigt": past the subject's affiliation.
    let after = skipAffiliation(frame, skipParenthesis(frame, np.end), lex);
    let speaker = np.mention;
    // "hatte ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud, erklärt": a role, then the
    // person's name in apposition between commas, then the participle.
    let comma = after;
    if (frame[comma]?.word && lex.prepositions.has(frame[comma]!.lower)) {
      // ("auf pakistanischer Seite": a short phrase of place about the role before the comma.)
      comma++;
      while (comma < after + 1 + PP_REACH && frame[comma]?.word && (frame[comma]!.cap || lex.determiners.has(frame[comma]!.lower) || adjectiveEnding(frame[comma]!.lower))) comma++;
    }
    if (frame[comma]?.text === ',' && !speaker.name.length && !speaker.pronoun) {
      const named = readPhrase(frame, comma + 1, lex, false);
      if (named && named.mention.name.length && !named.mention.oblique && frame[named.end]?.text === ',') {
        speaker = { ...named.mention, role: named.mention.role.length ? named.mention.role : speaker.role };
        after = named.end + 1;
      }
    }
    return speechVerbAt(frame, after, Math.max(c.end, clauseEndFrom(frame, after)), lex, true, lex.stativeAuxiliaries.has(t.lower)) ? speaker : null;
  }
  return null;
}

/**
 * German: a verb form inflected as an adjective before its noun inside a phrase ("auf nicht weiter
 * bezeichnete Quellen", "die genannten Zahlen", "über erwartete Folgen"), not a finite verb: it
 * ends as an adjective does, a capitalised noun follows, and a preposition, an article or an
 * adverb of degree in lower case stands right before it (a finite verb in second place follows
 * the Vorfeld: a noun, a comma, a capitalised adverb).
 */
function attributiveAt(frame: readonly Token[], v: number, lex: Lexicon): boolean {
  const next = frame[v + 1];
  const before = frame[v - 1];
  if (!next?.word || !next.cap || !before?.word || before.cap || !adjectiveEnding(frame[v]!.lower)) return false;
  return lex.prepositions.has(before.lower) || lex.determiners.has(before.lower) || ATTRIBUTIVE_DEGREE_DE.has(before.lower);
}

const ATTRIBUTIVE_DEGREE_DE: ReadonlySet<string> = new Set(['nicht', 'weiter', 'näher', 'kaum', 'bisher', 'eigens', 'sehr', 'so', 'zuvor', 'oft', 'vielfach', 'häufig', 'allgemein']);

/**
 * German: the subject of a verb of saying at `v` coordinated by "und" with the clause's first verb,
 * when something other than the subject stands first ("Unter dem Motto X zogen die Demonstranten … und
 * skandierten …", "…, biss der Mann den Gast und rief: …"): the phrase right after the first finite verb.
 */
function coordinatedSubject(frame: readonly Token[], c: Clause, v: number, lex: Lexicon): Mention | null {
  let from = c.start + 1;
  if (lex.prepositions.has(frame[c.start]?.lower ?? '')) from = Math.max(from, readPhrase(frame, c.start + 1, lex)?.end ?? from);
  for (let u = from; u < v - 1; u++) {
    const t = frame[u]!;
    if (!t.word || t.cap) continue;
    if (!(isVerbLike(t, lex) || tokenIs(t, AUXILIARY, lex))) continue;
    if (!vorfeldIsNotSubject(frame, c.start, u, lex)) return null;
    const np = subjectAfter(frame, u + 1, v, lex);
    return np && speechVerbAt(frame, v, c.end, lex, false) ? np.mention : null;
  }
  return null;
}

/** "X wird mit den Worten zitiert, …": the subject of this passive is the speaker. */
function passiveQuote(frame: readonly Token[], from: number, end: number, lex: Lexicon, aux: Token): boolean {
  if (!tokenIs(aux, PASSIVE_AUX, lex)) return false;
  for (let k = from; k < Math.min(end + 1, frame.length, from + 12); k++) if (lex.quotingPassives.has(frame[k]?.lower ?? '')) return true;
  return false;
}

/**
 * A stance predicate at `k` with content after it: "überzeugt, dass", "der Meinung, dass",
 * "zuversichtlich: …". Returns the index after the predicate, or 0.
 */
function stanceAt(frame: readonly Token[], k: number, lex: Lexicon): number {
  if (lex.stancePredicates.size === 0) return 0;
  let it = false;
  while (frame[k] && (lex.verbAdverbs.has(frame[k]!.lower) || lex.stanceFillers?.has(frame[k]!.lower))) {
    if (frame[k]!.lower === 'es') it = true;
    k++;
  }
  const one = frame[k]?.lower ?? '';
  // "hält es für unwahrscheinlich, dass …", "hält es auch für richtig, …": a view, where the language reads one.
  const view = frame[k + 1];
  if (lex.viewPrepositions?.has(one) && it && view?.word && !view.cap && (tokenInfo(view, lex) & (DETERMINER | CLOSED | FUNCTION)) === 0 && hasContentAfter(frame, k + 2, lex)) return k + 2;
  const two = `${one} ${frame[k + 1]?.lower ?? ''}`;
  let after = lex.stancePredicates.has(two) ? k + 2 : lex.stancePredicates.has(one) ? k + 1 : 0;
  // "ist der gegenteiligen Auffassung, dass …": one inflected adjective between article and view noun (German).
  const adj = frame[k + 1];
  if (!after && lex.language === 'de' && one === 'der' && adj?.word && !adj.cap && adj.lower.endsWith('en') && (tokenInfo(adj, lex) & (DETERMINER | CLOSED | FUNCTION)) === 0 &&
    lex.stancePredicates.has(`der ${frame[k + 2]?.lower ?? ''}`)) after = k + 3;
  return after && hasContentAfter(frame, after, lex) ? after : 0;
}

const INTRO_REACH = 20;

/**
 * "Die Firma empfindet die Kritik als ungerechtfertigt:", "Hier sparte der Präsident nicht mit
 * Kritik:": a sentence that ends in a colon before a quotation introduces its speaker, whatever
 * its verb. The first named or described nominative phrase of its first clause (German), read
 * phrase by phrase so that a noun inside an object or a prepositional phrase is skipped.
 */
/** A lower-case word that can be a finite verb: no article, preposition, function word or number. */
function isVerbLike(t: Token | undefined, lex: Lexicon): boolean {
  return !!t && t.word && !t.cap && !t.hasDigit && (tokenInfo(t, lex) & (DETERMINER | PREPOSITION | FUNCTION | CLOSED)) === 0 && !lex.verbAdverbs.has(t.lower);
}

/**
 * German: a colon lead-in whose last clause is a relative clause closed by a verb of saying ("Damit
 * ist die Grenze erreicht, die Kanzler Paul Lorenz im Wahlkampf zum Ziel erklärt hatte: „…“"): the
 * subject right after the relative pronoun speaks the quotation. Only a named person or a role in
 * the nominative; "die ihm der Minister genannt hatte" (an object first) names nobody.
 */
export function relativeLeadIn(frame: readonly Token[], lex: Lexicon): Mention | null {
  if (lex.language !== 'de') return null;
  let colon = -1;
  for (let k = 1; k < frame.length - 1; k++) {
    if (frame[k]!.text === ':' && !frame[k]!.quoted && QUOTE_MARKS.has(frame[k + 1]!.text)) {
      colon = k;
      break;
    }
  }
  if (colon < 0) return null;
  // The verb of saying closes the clause, with at most an auxiliary after it.
  let v = colon - 1;
  if (frame[v]?.word && tokenIs(frame[v]!, AUXILIARY, lex)) v--;
  const verb = frame[v];
  if (!verb?.word || verb.cap || !(tokenIs(verb, SPEECH_VERB, lex) || tokenIs(verb, PARTICIPLE, lex))) return null;
  // The relative pronoun after the last comma before the verb.
  let comma = v - 1;
  while (comma > 0 && frame[comma]!.text !== ',') comma--;
  const rel = frame[comma + 1];
  if (comma <= 0 || !rel?.word || rel.cap || !lex.relativePronouns.has(rel.lower)) return null;
  const np = readPhrase(frame, comma + 2, lex);
  if (!np || np.end >= v || np.mention.oblique || np.mention.pronoun || np.mention.document || !(np.mention.name.length || np.mention.role.length)) return null;
  return plausibleSpeaker(np.mention, lex) ? np.mention : null;
}

/** A lower-case verb of saying, of content or a separable one ("stellte … in Frage", "weist … zurück"): closed-class words that are verbs all the same. */
function speechVerbLike(t: Token | undefined, lex: Lexicon): boolean {
  return !!t && t.word && !t.cap && (tokenIs(t, SPEECH_VERB, lex) || tokenIs(t, CONTENT_VERB, lex) || lex.separableVerbs.has(t.lower));
}

export function introSubject(frame: readonly Token[], lex: Lexicon): Mention | null {
  if (lex.language !== 'de') return englishIntroSubject(frame, lex);
  for (let k = 0; k < Math.min(frame.length, INTRO_REACH); ) {
    const t = frame[k]!;
    if (!t.word) {
      if (t.text !== '(' && t.text !== ')' && !QUOTE_MARKS.has(t.text) && t.text !== '-') return null;
      k++;
      continue;
    }
    if (lex.complementizers.has(t.lower) || lex.relativePronouns.has(t.lower) && k > 0 && frame[k - 1]?.text === ',') return null;
    const prep = lex.prepositions.has(t.lower);
    // A phrase opens at a capitalised word, an article or a preposition; a verb is stepped over.
    if (!prep && !t.cap && !lex.determiners.has(t.lower)) {
      k++;
      continue;
    }
    const np = readPhrase(frame, prep ? k + 1 : k, lex);
    if (!np) {
      k++;
      continue;
    }
    const m = np.mention;
    // The subject opens the sentence ("Renate Roth, Chefin der X, kritisierte: …") or follows its
    // verb ("Hier sparte der Präsident …"); a noun after a preposition is no subject.
    // At the start a lone capitalised word needs its verb next ("Ali bekannte sich …", not "Derzeit steht …").
    // A body by its head noun ("Die Firma empfindet …") and a lone name ("Ali bekannte sich …") need their verb next.
    const verbNext = finiteLike(frame[np.end], lex);
    const body = !m.name.length && !m.role.length && isInstitutionWord((m.phrase.split(' ').pop() ?? '').toLowerCase(), lex);
    // A capitalised word right after the phrase starts another one: a heading run into its sentence
    // ("Engagement Deutschlands Bereits im Dezember hatte Angela Merkel …:") names nobody.
    const runOn = !!frame[np.end]?.word && frame[np.end]!.cap;
    const opening = k === 0 && !runOn && (m.role.length > 0 || m.name.length > 1 || (body && verbNext));
    // After an auxiliary only a role with its name ("hatte Bundeskanzlerin Angela Merkel … verkündet:"): an object may stand there too.
    // A verb of saying is a verb too ("… stellte der Vorsitzende X in Frage:", "… weist Berger von sich:").
    const before = frame[k - 1];
    const verbBefore = k > 0 && (isVerbLike(before, lex) || speechVerbLike(before, lex) || (tokenIs(before, AUXILIARY, lex) && m.name.length > 0 && m.role.length > 0));
    if (!prep && !m.pronoun && (m.name.length || m.role.length || (body && opening)) && (opening || verbBefore) && plausibleSpeaker(m, lex)) return m;
    // "Der Ermittler, der als Zeuge gilt, will …:", "veröffentlichte der Verfasser folgenden Kommentar:":
    // a person named by a noun of agent (no listed role) with its article, as the subject.
    if (!prep && !m.pronoun && !m.name.length && !m.role.length && lex.determiners.has(t.lower) && agentNoun(m) &&
      ((k === 0 && !runOn && finiteLike(frame[pastRelativeClause(frame, np.end, lex)], lex)) || (k > 0 && (isVerbLike(before, lex) || speechVerbLike(before, lex))))) return m;
    k = Math.max(np.end, k + 1);
  }
  return null;
}

/** A noun of agent as the phrase's head ("Ermittler", "Verfasserin", "Zeuge", "Demonstranten"): a person, though no role is listed. */
function agentNoun(m: Mention): boolean {
  const words = m.phrase.split(' ');
  return words.length <= 3 && AGENT_NOUN_DE.test(words[words.length - 1] ?? '');
}

const AGENT_NOUN_DE = /^\p{Lu}\p{Ll}{3,}(?:ler|ner|ter|rer|ser|ger|erin|ent|enten|entin|ant|anten|antin|ist|isten|istin|eur|eure|eurin)$/u;

/** "…, der als Zeuge gilt, …": past a relative clause between commas right after a phrase ending at `at`. */
function pastRelativeClause(frame: readonly Token[], at: number, lex: Lexicon): number {
  if (frame[at]?.text !== ',' || !lex.relativePronouns.has(frame[at + 1]?.lower ?? '')) return at;
  for (let k = at + 2; k < Math.min(frame.length, at + APPOSITION_REACH); k++) {
    const t = frame[k]!;
    if (t.text === ',') return k + 1;
    if (t.text === ':' || t.text === ';' || QUOTE_MARKS.has(t.text)) return at;
  }
  return at;
}

/**
 * English sets the subject of an introduction before its verb: "South Carolina Sen. Tim Scott
 * released the following statement:", "Meanwhile, Georgia Senator Johnny Isakson made the
 * following statement to …: “…”", "Psaki's full statement:". Connectives and a comma may open
 * the sentence; the first phrase must be a name or a role and a verb (or the Saxon genitive of
 * the statement) must follow it.
 */
function englishIntroSubject(frame: readonly Token[], lex: Lexicon): Mention | null {
  let k = 0;
  while (k < 4 && frame[k] && (frame[k]!.text === ',' || (frame[k]!.word && (lex.functionWords.has(frame[k]!.lower) || lex.verbAdverbs.has(frame[k]!.lower)) && !lex.personPronouns.has(frame[k]!.lower)))) k++;
  const np = readPhrase(frame, k, lex);
  if (!np) return genitiveName(frame[k], lex);
  const m = np.mention;
  if (m.pronoun || !(m.name.length || m.role.length) || !plausibleSpeaker(m, lex)) return null;
  let v = np.end;
  while (frame[v]?.word && !frame[v]!.cap && (lex.verbAdverbs.has(frame[v]!.lower) || tokenIs(frame[v], AUXILIARY, lex))) v++;
  // "made the following statement": a verb that is also a separable verb of saying ("made … clear") counts.
  const verb = frame[v];
  return isVerbLike(verb, lex) || (!!verb?.word && !verb.cap && lex.separableVerbs.has(verb.lower)) ? m : null;
}

/** "in Ghotki," "at Madison Square Garden,": a place after its preposition closes before the comma at `comma`. */
function placeBeforeComma(frame: readonly Token[], comma: number, lex: Lexicon): boolean {
  if (frame[comma]?.text !== ',') return false;
  for (let k = comma - 1; k >= Math.max(0, comma - 4); k--) {
    const t = frame[k]!;
    if (t.word && !t.cap) return lex.placePrepositions.has(t.lower) && k < comma - 1;
    if (!t.word && t.text !== '.') return false;
  }
  return false;
}

/** Where the subject starts after an opening preposition with only dates after it ("On Monday", "In April 2025"); -1 if the clause opens otherwise. */
function openingTimeEnd(frame: readonly Token[], start: number, end: number, lex: Lexicon): number {
  const opener = frame[start]?.lower ?? '';
  // "Last week the district said …", "Earlier this month the union said …": words of time alone (lex.timeAdjunctWords).
  const bare = !lex.adjunctPrepositions?.has(opener) && !!lex.timeAdjunctWords?.has(opener);
  if (!bare && !lex.adjunctPrepositions?.has(opener)) return -1;
  let k = start + 1;
  while (k < Math.min(end, start + 4) && frame[k]!.word && ((tokenInfo(frame[k]!, lex) & (CALENDAR | DATE)) !== 0 || /^\p{N}{4}$/u.test(frame[k]!.text) ||
    (bare && lex.timeAdjunctWords!.has(frame[k]!.lower)))) k++;
  const next = frame[k];
  return k > start + 1 && k < end && next?.word && (next.cap || lex.determiners.has(next.lower)) ? k : -1;
}

const RELATIVE_CLAUSE_REACH = 25;

/**
 * "Wie der Anwalt X, der den Prozess beobachtet hatte, dazu feststellt, …": a relative clause set
 * off by commas right after a phrase at `at`. Returns the index after its closing comma, or `at`.
 */
function relativeClauseEnd(frame: readonly Token[], at: number, lex: Lexicon): number {
  if (frame[at]?.text !== ',' || !lex.relativePronouns.has(frame[at + 1]?.lower ?? '')) return at;
  for (let k = at + 2; k < Math.min(frame.length, at + RELATIVE_CLAUSE_REACH); k++) {
    const t = frame[k]!;
    if (t.text === ',') return k + 1;
    if (!t.word && t.text !== '(' && t.text !== ')' && t.text !== '.' && t.text !== '-') return at;
  }
  return at;
}

export function leadingAttribution(frame: readonly Token[], lex: Lexicon): Mention | null {
  const m = leadingReading(frame, lex);
  // "DUBAI, United Arab Emirates -- Countries moved closer to what critics called …": the place of a dateline never speaks.
  if (m && lex.language === 'en' && frame[0]?.allCaps && m.pos < (frame[datelineEnd(frame)]?.start ?? 0)) return null;
  return m;
}

function leadingReading(frame: readonly Token[], lex: Lexicon): Mention | null {
  const clauses = clausesOf(frame);
  const first = clauses[0];
  if (!first) return null;
  // A leading conjunction ("But Rep. Greene called …", "Doch Merz sagte …") is not the subject.
  const opener = frame[first.start];
  // "Als Begründung sagte ein Sprecher …" opens with an adverbial: its noun is no subject (see inverted).
  // ("It said …", "It warned that …" keep their subject: a body pronoun before a verb of saying is no
  // connective; "It echoes the warning from X, who said …" has a verb that needs its message and no "that".)
  const bodyVerb = frame[first.start + 1];
  const bodySubject = !!opener?.word && lex.bodyPronouns.has(opener.lower) && !!bodyVerb && tokenIs(bodyVerb, SPEECH_VERB, lex) &&
    (!lex.speechNeedsMessage.has(bodyVerb.lower) || frame[first.start + 2]?.lower === 'that');
  const skip = opener && opener.word && lex.functionWords.has(opener.lower) && !lex.personPronouns.has(opener.lower) && !bodySubject ? 1 : 0;
  const adverbialOpener = skip === 1 && lex.subordinators.has(opener!.lower) && !lex.reportingConjunctions.has(opener!.lower);
  // "Wie die Kammer (IHK) am Montag mitteilte, …": the subject follows the conjunction, the verb
  // closes the clause. A capitalised conjunction inside the clause starts a sentence run on
  // after a heading without a period.
  for (let k = first.start; k < Math.min(first.end, first.start + 12); k++) {
    const w = frame[k]!;
    if (!w.word || !lex.reportingConjunctions.has(w.lower)) continue;
    // "Denn wie die Zeitung berichtete, …": only connectives may stand before a lower-case one.
    if (k > first.start && !w.cap && !frame.slice(first.start, k).every((p) => p.word && lex.functionWords.has(p.lower))) continue;
    // "Wie schon die WHO sagte", "Wie bereits gestern der Sprecher erklärte": adverbs before the subject.
    let s = k + 1;
    while (s < k + 3 && frame[s]?.word && !frame[s]!.cap && lex.verbAdverbs.has(frame[s]!.lower)) s++;
    const np = readPhrase(frame, s, lex);
    if (np && plausibleSpeaker(np.mention, lex) && speechVerbEndsClause(frame, relativeClauseEnd(frame, np.end, lex), lex, true)) return np.mention;
    // "Wie die Sportzeitung X veröffentlichte, soll …": in German the clause of "wie" reports whatever its verb.
    if (np && lex.language === 'de' && plausibleSpeaker(np.mention, lex) && !np.mention.pronoun && verbClosesWieClause(frame, np.end, lex)) return np.mention;
    // "Wie t-online.de berichtet, …": a website by its address.
    const site = webAddressAt(frame, s);
    if (site && speechVerbEndsClause(frame, s + 1, lex)) return site;
    break;
  }
  // "Cruz: “Donald Trump has a hard ceiling …”": a speaker's name set before a quotation as a label.
  const label = frame[first.end]?.text === ':' ? readPhrase(frame, first.start + skip, lex, false) : null;
  if (label && frame[label.end]?.text === ':' && label.end === first.end && (!frame[label.end + 1] || !frame[label.end + 1]!.word || frame[label.end + 1]!.quoted) &&
    (label.mention.name.length || label.mention.role.length) && plausibleSpeaker(label.mention, lex)) return label.mention;
  // "ST. LOUIS - Senate nominee Ann Roe said …", "Dec. 7 (UPI) -- Sarah Roe said …": after a dateline.
  const afterDateline = datelineEnd(frame);
  if (afterDateline > 0) {
    const m = subjectVerb(frame, afterDateline, clauseEndFrom(frame, afterDateline), lex);
    if (m) return m;
  }
  const opening = lex.language === 'en' ? verbFirstQuote(frame, first.start, lex) : null;
  if (opening) return opening;
  const direct = (adverbialOpener ? null : subjectVerb(frame, first.start + skip, first.end, lex)) ?? inverted(frame, first, lex);
  if (direct) return direct;
  if (lex.language === 'en') {
    // "On Monday Acme warned that …", "In April 2025 the agency said …": a phrase of time without a comma before the subject.
    // ("Last" is a function word, skipped as an opener above: "Last week the X said" is read from "Last".)
    const afterSkip = openingTimeEnd(frame, first.start + skip, first.end, lex);
    const timed = afterSkip > 0 || skip === 0 ? afterSkip : openingTimeEnd(frame, first.start, first.end, lex);
    const m = timed > 0 ? subjectVerb(frame, timed, first.end, lex) : null;
    if (m) return m;
    // "Speaking outside No. 10 on Monday, he said: …" / "In a statement, the ministry said …".
    for (const c of clauses.slice(1, 4)) {
      const before = frame.slice(first.start, c.start);
      // (English: "some commonality that may provide clues, but Davies cautioned …": a "that" right after a noun
      // in lower case opens a relative clause, not what was said.)
      if (before.some((t, n) => lex.complementizers.has(t.lower) && !relativeThat(before, n, lex))) break;
      // "Speaking in Lahore, Punjab, the minister said …": the region after a place is no speaker.
      // ("A man who had left the store in Boulder, Dean Schiller, told …" names him: a verb follows.)
      const subjectNext = frame[c.end]?.text === ',' && !!frame[c.end + 1]?.word && (lex.determiners.has(frame[c.end + 1]!.lower) || frame[c.end + 1]!.cap);
      if (subjectNext && placeBeforeComma(frame, c.start - 1, lex) && c.end - c.start <= 3 && frame.slice(c.start, c.end).every((t) => t.word && t.cap)) continue;
      // "…, but he says …": a conjunction opens the clause, not its subject.
      const lead = frame[c.start];
      // "Also, 2012 Republican nominee Mitt Romney said …": a year before the subject is no part of it.
      // ("…, the highest figure since 2006, it said": "it" and "they" are subjects too, no conjunctions.)
      const conj = lead && lead.word && ((lex.functionWords.has(lead.lower) && !lex.personPronouns.has(lead.lower) && !lex.bodyPronouns.has(lead.lower) &&
        !lex.groupPronouns?.has(lead.lower)) || lead.hasDigit) ? 1 : 0;
      const m = subjectVerb(frame, c.start + conj, c.end, lex);
      if (m) return m;
      // "Kasich stepped away from the podium, then joked, “…”": the sentence's subject speaks.
      const verb = frame[c.start + conj];
      const next = frame[c.start + conj + 1];
      const content = !next || !next.word || lex.complementizers.has(next.lower);
      if (conj && !lex.relativePronouns.has(lead!.lower) && verb && verb.word && !verb.cap && tokenIs(verb, SPEECH_VERB, lex) && content) {
        const subject = readPhrase(frame, first.start + skip, lex)?.mention;
        if (subject && (subject.pronoun || subject.name.length || subject.role.length) && plausibleSpeaker(subject, lex)) return subject;
      }
    }
    // "PALM BEACH (Reuters) - Trump defended …, calling …": the subject follows the dateline.
    return participleSpeaker(frame, clauses, afterDateline > 0 ? afterDateline : first.start + skip, lex) ?? speakerAfterConjunction(frame, lex);
  }
  return mainAfterFrontedClause(frame, clauses, lex);
}

/**
 * English: "that" at `n` after a lower-case word that is no verb of saying, auxiliary, adverb or
 * function word, with a modal or auxiliary right after it ("some commonality that may …"): a
 * relative pronoun after its noun, not a complementizer.
 */
function relativeThat(words: readonly Token[], n: number, lex: Lexicon): boolean {
  const t = words[n]!;
  const prev = words[n - 1];
  const next = words[n + 1];
  if (lex.language !== 'en' || t.lower !== 'that' || !prev?.word || prev.cap || !next?.word || next.cap) return false;
  if (tokenIs(prev, SPEECH_VERB, lex) || tokenIs(prev, CONTENT_VERB, lex) || tokenIs(prev, AUXILIARY, lex) || lex.copulas.has(prev.lower) ||
    lex.verbAdverbs.has(prev.lower) || (tokenInfo(prev, lex) & (CLOSED | FUNCTION | PREPOSITION | CALENDAR | DATE)) !== 0 || lyAdverb(prev, lex)) return false;
  return tokenIs(next, AUXILIARY, lex) || lex.copulas.has(next.lower);
}

/**
 * "Echoed Sen. Ann Poe (D-N.Y.), “I was surprised.”", "Added Roe: “…”": an English speech verb
 * opening the sentence, its subject, then the quotation after a comma or colon.
 */
function verbFirstQuote(frame: readonly Token[], at: number, lex: Lexicon): Mention | null {
  const verb = frame[at];
  if (!verb?.word || !verb.cap || !tokenIs(verb, SPEECH_VERB, lex) || lex.addresseeVerbs.has(verb.lower)) return null;
  const np = readPhrase(frame, at + 1, lex);
  if (!np || np.mention.pronoun || (!np.mention.name.length && !np.mention.role.length) || !plausibleSpeaker(np.mention, lex)) return null;
  const k = skipParenthesis(frame, np.end);
  const mark = frame[k]?.text;
  const next = frame[k + 1];
  return (mark === ',' || mark === ':') && !!next && (QUOTE_MARKS.has(next.text) || !!next.fromQuote) ? np.mention : null;
}

const FRONTED_CLAUSES = 5;
const WH_WORDS_DE: ReadonlySet<string> = new Set(['warum', 'weshalb', 'wieso', 'was', 'wer', 'wo', 'wann', 'wie', 'ob', 'dass']);

/**
 * German verb-second after a fronted clause: the main clause's finite verb comes right after the
 * comma that closes a subordinate clause or a long adverbial with its relative clause, and its
 * subject right after the verb: "Warum die Wahl auf Dudschail fiel, begründete das Tribunal mit …",
 * "In der Debatte um Energie, die derzeit geführt wird, hat Staatssekretär X gefordert, …",
 * "Ab 2030, so schätzen die Forscher, soll …", "…, das teilte das Institut mit."
 */
const FOCUS_PARTICLES_DE: ReadonlySet<string> = new Set(['zumindest', 'jedenfalls', 'immerhin', 'auch']);

function mainAfterFrontedClause(frame: readonly Token[], clauses: readonly Clause[], lex: Lexicon): Mention | null {
  if (lex.language !== 'de') return null;
  const first = clauses[0];
  const opener = first ? frame[first.start] : undefined;
  if (!first || !opener?.word) return null;
  const fronted = (lex.subordinators.has(opener.lower) && !lex.reportingConjunctions.has(opener.lower)) || WH_WORDS_DE.has(opener.lower) || lex.prepositions.has(opener.lower);
  for (const c of clauses.slice(1, FRONTED_CLAUSES)) {
    const t = frame[c.start];
    const mark = frame[c.start - 1];
    if (!t?.word || t.cap && !lex.anaphoricObjects.has(t.lower) || (mark?.text !== ',' && !DASHES.has(mark?.text ?? ''))) continue;
    // "…, so schätzen die Forscher, …", "…, das teilte X mit.": a clause of its own with its verb second.
    if (t.lower === 'so' || lex.anaphoricObjects.has(t.lower)) {
      // "– das zumindest meint X", "…, das jedenfalls sagte Y": a focus particle before the verb.
      const focus = FOCUS_PARTICLES_DE.has(frame[c.start + 1]?.lower ?? '') ? 1 : 0;
      const verb = frame[c.start + 1 + focus];
      if (verb?.word && !verb.cap && (tokenIs(verb, SPEECH_VERB, lex) || tokenIs(verb, CONTENT_VERB, lex) || lex.separableVerbs.has(verb.lower))) {
        const m = inverted(frame, c, lex);
        if (m) return m;
      }
      continue;
    }
    if (!fronted) continue;
    // The finite verb opens the clause: a verb of saying or an auxiliary before its participle.
    const finite = tokenIs(t, SPEECH_VERB, lex) || tokenIs(t, CONTENT_VERB, lex) || lex.separableVerbs.has(t.lower) || tokenIs(t, AUXILIARY, lex);
    if (!finite || lex.relativePronouns.has(t.lower) || lex.complementizers.has(t.lower) || NAMING_PARTICIPLES_DE.has(t.lower)) continue;
    const m = inverted(frame, { start: c.start - 1, end: c.end }, lex);
    if (m) return m;
    // Only the first clause with a finite verb can be the main clause.
    return null;
  }
  return null;
}

/**
 * "Roe may trail in the polls but she said that …", "The speech came hours after Opposition Leader
 * Tom Prem alleged that …": a speaker whose clause opens at a conjunction inside the sentence,
 * before any content clause. The first such clause with a subject and a speech verb wins.
 */
function speakerAfterConjunction(frame: readonly Token[], lex: Lexicon): Mention | null {
  for (let k = 1; k < frame.length - 2; k++) {
    const t = frame[k]!;
    if (!t.word || t.cap) continue;
    if (lex.complementizers.has(t.lower)) return null;
    if (!lex.coordinators.has(t.lower) && !lex.subordinators.has(t.lower)) continue;
    // "was asked if she believes …": a condition or an indirect question claims nothing.
    if (lex.language === 'en' && (t.lower === 'if' || t.lower === 'whether')) continue;
    if (frame[k - 1]?.cap && frame[k + 1]?.cap && lex.coordinators.has(t.lower)) continue; // "Food and Drug Administration"
    const m = subjectVerb(frame, k + 1, clauseEndFrom(frame, k + 1), lex);
    if (!m || (!m.pronoun && !m.name.length && !m.role.length)) continue;
    if (m.pronoun && !m.antecedent) m.antecedent = subjectBefore(frame, k, m, lex);
    return m;
  }
  return null;
}

/**
 * "It came as Speaker John Bercow sided with Roe as he said …": a pronoun after a conjunction
 * is the subject of the clause before it, when that clause opens with a person.
 */
function subjectBefore(frame: readonly Token[], k: number, pronoun: Mention, lex: Lexicon): Mention | null {
  let open = 0;
  for (let i = k - 1; i >= 0; i--) {
    const t = frame[i]!;
    if (t.word && !t.cap && (lex.coordinators.has(t.lower) || lex.subordinators.has(t.lower))) {
      open = i + 1;
      break;
    }
  }
  // The clause's subject stands before a lower-case verb ("ST. LOUIS - Senate nominee Ann Roe may …").
  for (let i = open; i < k; i++) {
    const np = readPhrase(frame, i, lex);
    if (!np) continue;
    const m = np.mention;
    const verb = frame[np.end];
    if (m.pronoun || np.end > k) return null;
    if ((m.name.length || m.role.length) && verb?.word && !verb.cap) return pronoun.gender && m.gender && pronoun.gender !== m.gender ? null : m;
    i = np.end - 1;
  }
  return null;
}

/**
 * "Texas Gov. Greg Abbott weighed in on social media, writing that his state …": the subject
 * of the sentence says what follows a speech participle in a later clause.
 */
function participleSpeaker(frame: readonly Token[], clauses: readonly Clause[], subjectAt: number, lex: Lexicon): Mention | null {
  const speaks = clauses.slice(1, 4).some((c) => {
    // "…, while admitting its crisis had …", "…, after noting that …": a subordinator before the participle (English).
    const at = lex.language === 'en' && lex.subordinators.has(frame[c.start]?.lower ?? '') && lex.speechParticiples.has(frame[c.start + 1]?.lower ?? '') ? c.start + 1 : c.start;
    const p = frame[at];
    if (!p || !p.word || p.cap) return false;
    if (!lex.speechParticiples.has(p.lower)) return lex.language === 'en' && p.lower.endsWith('ing') && coordinatedParticiple(frame, c, lex);
    const m = addresseeEnd(frame, at + 1, lex);
    return lex.speechParticiplesAlone.has(p.lower) || frame[m]?.lower === 'that' || quotationAt(frame, m) || bareContentAt(frame, m, lex) || speechActParticiple(p, lex);
  }) || clauses.slice(0, appositionClauses(frame, clauses, lex)).some((c) => statementSaying(frame, c, lex) || bySaying(frame, c, lex));
  if (!speaks) return null;
  // "Hamas signalled defiance, with its leader, Ismail Haniyeh, saying: …": the participle has its own subject.
  for (const c of clauses.slice(1, 3)) {
    if (frame[c.start]?.lower !== 'with') continue;
    const np = readPhrase(frame, c.start + 1, lex);
    const p = np ? frame[np.end] : undefined;
    if (np && p?.word && lex.speechParticiples.has(p.lower) && (np.mention.name.length || np.mention.role.length)) return np.mention;
  }
  // The subject stands before its verb: "Soon after, Sanders walked back …" is Sanders speaking.
  for (const at of [subjectAt, ...clauses.slice(1, 3).map((c) => c.start)]) {
    const np = readPhrase(frame, at, lex);
    const m = np?.mention;
    // A named body with its article counts too: "The Chicago Police Department released …".
    const namedBody = !!m && m.phrase !== '' && HAS_CAPITAL.test(m.phrase);
    if (!np || !m || (!m.pronoun && !m.name.length && !m.role.length && !namedBody) || !plausibleSpeaker(m, lex)) continue;
    // "Sean Spicer on Thursday reacted …": a day or date between subject and verb.
    let v = np.end;
    // "Sgt. Ann Ruiz, a spokeswoman for the police, issued …": an apposition between commas;
    // "A senior official, speaking anonymously, played down …": a participle phrase (English).
    const inset = frame[v + 1];
    if (frame[v]?.text === ',' && (lex.determiners.has(inset?.lower ?? '') || (lex.language === 'en' && !!inset?.word && !inset.cap && inset.lower.length > 5 && inset.lower.endsWith('ing')))) {
      let e = v + 2;
      while (e < Math.min(frame.length, v + APPOSITION_REACH) && frame[e]!.text !== ',') e++;
      if (frame[e]?.text === ',') v = e + 1;
    }
    if (frame[v] && (tokenInfo(frame[v]!, lex) & PREPOSITION) !== 0) {
      let d = v + 1;
      while (frame[d]?.word && (tokenInfo(frame[d]!, lex) & (CALENDAR | DATE)) !== 0) d++;
      if (d > v + 1) v = d;
    }
    const verb = frame[v];
    if (verb && verb.word && !verb.cap && (tokenInfo(verb, lex) & (DETERMINER | PREPOSITION)) === 0) return m;
  }
  return null;
}

/**
 * English: "Also stating that households could save …": a sentence with no subject that opens
 * (after verb adverbs at most) with a speech participle and its message ("that", a quotation, a
 * content clause without "that", or a participle that speaks alone) goes on in the voice of the
 * sentence before; the caller gives it the speaker of reported speech right before it.
 */
export function opensWithSpeechParticiple(frame: readonly Token[], lex: Lexicon): boolean {
  if (lex.language !== 'en') return false;
  let at = 0;
  while (at < 2 && frame[at]?.word && lex.verbAdverbs.has(frame[at]!.lower)) at++;
  const p = frame[at];
  if (!p?.word || !lex.speechParticiples.has(p.lower)) return false;
  const m = addresseeEnd(frame, at + 1, lex);
  return lex.speechParticiplesAlone.has(p.lower) || frame[m]?.lower === 'that' || quotationAt(frame, m) || bareContentAt(frame, m, lex);
}

/**
 * "…, urging him to reconsider",/**
 * "…, urging him to reconsider", "…, demanding an apology": the participle of a speech act
 * (lex.speechActs: "urges", "demands", "promises") is speech without a content clause, as its
 * finite verb is ("urged people to stay indoors"). Its finite form is the stem with "-s" or "-es".
 */
function speechActParticiple(p: Token, lex: Lexicon): boolean {
  const acts = lex.speechActs;
  if (!acts || !p.lower.endsWith('ing')) return false;
  const stem = p.lower.slice(0, -3);
  return acts.has(`${stem}s`) || acts.has(`${stem}es`);
}

/**
 * English: "noting the budget was broken", "admitting its crisis had contributed", "adding he
 * would stay": a content clause without "that" at `k`, its subject a pronoun or a short noun
 * phrase with its article, then an auxiliary and a verb (see nounThenAuxiliary).
 */
function bareContentAt(frame: readonly Token[], k: number, lex: Lexicon): boolean {
  if (lex.language !== 'en') return false;
  const aux = frame[k + 1]?.lower ?? '';
  if (lex.contentSubjects?.has(frame[k]?.lower ?? '') && (lex.auxiliaries.has(aux) || lex.passiveAuxiliaries.has(aux) || lex.progressiveAuxiliaries.has(aux))) return true;
  return nounThenAuxiliary(frame, k, lex);
}

/** "declaring, “…”", "adding: “…”", "noting “…”": a quotation opens at `k`, after a comma or colon at most. */
function quotationAt(frame: readonly Token[], k: number): boolean {
  const t = frame[k];
  const q = t && (t.text === ',' || t.text === ':') ? frame[k + 1] : t;
  return !!q && QUOTE_MARKS.has(q.text);
}

/** "…, pointing to the debt and arguing that …": a speech participle joined by "and" to the participle opening clause `c`. */
function coordinatedParticiple(frame: readonly Token[], c: Clause, lex: Lexicon): boolean {
  for (let k = c.start + 1; k < c.end - 1; k++) {
    if (!lex.coordinators.has(frame[k]!.lower)) continue;
    const p = frame[k + 1]!;
    if (p.word && !p.cap && lex.speechParticiples.has(p.lower)) return lex.speechParticiplesAlone.has(p.lower) || frame[k + 2]?.lower === 'that';
  }
  return false;
}

/**
 * "The department released a statement late Friday saying that …", "issued a letter stating …":
 * a document the subject put out, then a speech participle in the same clause.
 */
function statementSaying(frame: readonly Token[], c: Clause | undefined, lex: Lexicon): boolean {
  if (!c) return false;
  for (let k = c.start + 2; k < Math.min(c.end, c.start + 20); k++) {
    const t = frame[k]!;
    if (!t.word || t.cap || !lex.sourceNouns.has(t.lower)) continue;
    // "a statement", "a written statement", "an update": one adjective may stand between.
    const adjective = frame[k - 1]?.word && !frame[k - 1]!.cap && !tokenIs(frame[k - 1], SPEECH_VERB, lex) && (tokenInfo(frame[k - 1]!, lex) & CLOSED) === 0;
    if (!lex.determiners.has(frame[k - 1]?.lower ?? '') && !(adjective && lex.determiners.has(frame[k - 2]?.lower ?? ''))) continue;
    // "… a statement at 3:20 p.m. saying …", "… an update on Tuesday saying …": a time between.
    for (let p = k + 1; p < Math.min(c.end, k + STATEMENT_PARTICIPLE_REACH); p++) {
      const w = frame[p]!;
      if (w.word && !w.cap && lex.speechParticiples.has(w.lower)) return lex.speechParticiplesAlone.has(w.lower) || frame[p + 1]?.lower === 'that';
    }
  }
  return false;
}

/** "Ann Ruiz, a police spokeswoman, issued a statement saying …": the subject's clause is the third when an apposition follows it. */
function appositionClauses(frame: readonly Token[], clauses: readonly Clause[], lex: Lexicon): number {
  const second = clauses[1];
  return second && lex.determiners.has(frame[second.start]?.lower ?? '') && second.end - second.start <= APPOSITION_REACH ? 3 : 1;
}

/** How far after the document noun its participle may stand ("a statement at 3:20 p.m. saying"). */
const STATEMENT_PARTICIPLE_REACH = 9;

/** "reacted to the ruling by saying: “…”": a speech participle after "by" in the subject's own clause. */
function bySaying(frame: readonly Token[], c: Clause | undefined, lex: Lexicon): boolean {
  if (!c || !lex.speechByPrepositions?.size) return false;
  for (let k = c.start + 2; k < c.end - 1; k++) {
    const w = frame[k + 1]!;
    if (lex.speechByPrepositions.has(frame[k]!.lower) && w.word && !w.cap && lex.speechParticiples.has(w.lower)) {
      return lex.speechParticiplesAlone.has(w.lower) || frame[k + 2]?.lower === 'that' || quotationAt(frame, k + 2);
    }
  }
  return false;
}

/** A separable verb opening clause `c` with its particle in the clause ("fügte er hinzu", not "wies Zweifel … zurück"). */
function particleIn(frame: readonly Token[], c: Clause, lex: Lexicon): boolean {
  const particle = lex.separableVerbs.get(frame[c.start]?.lower ?? '');
  if (particle === undefined) return false;
  if (particle === '') return true;
  for (let k = c.start + 1; k < c.end; k++) if (isParticle(frame[k]?.lower, particle)) return true;
  return false;
}

/**
 * "wie die Kammer am Freitag (in Berlin) mitteilte,": a subordinate clause puts the verb last,
 * after adverbials and parentheses. Looks a few tokens ahead, up to the clause's comma. With
 * `stance`, a verb of stance or cognition counts too ("Wie X dazu feststellt,", "wie Y vermutet,").
 */
function speechVerbEndsClause(frame: readonly Token[], from: number, lex: Lexicon, stance = false): boolean {
  for (let k = from; k < Math.min(frame.length, from + 25); k++) {
    const v = frame[k];
    if (!v || v.text === ',' || v.quoted) return false;
    if (v.word && !v.cap && (tokenIs(v, SPEECH_VERB, lex) || lex.separableVerbs.has(v.lower) || tokenIs(v, PARTICIPLE, lex) || (stance && tokenIs(v, CONTENT_VERB, lex)))) return true;
  }
  return false;
}

/**
 * German "Wie X am Montag veröffentlichte, …": after the subject at `from`, a clause that a finite
 * verb closes (a lower-case word in -t, -te or -ten right before the comma, no object's article
 * before it) and a main clause after the comma that is no copula's ("Wie die Firma entstand, ist
 * unklar" asks how). The verb need not be one of saying: the conjunction makes the clause a report.
 */
function verbClosesWieClause(frame: readonly Token[], from: number, lex: Lexicon): boolean {
  let k = from;
  for (; k < Math.min(frame.length, from + 10); k++) {
    const t = frame[k]!;
    if (t.text === ',') break;
    if (!t.word || t.quoted) return false;
    // An object's article before the verb ("Wie die Polizei den Täter fasste") makes the clause one of manner.
    if (lex.determiners.has(t.lower) && !lex.prepositions.has(frame[k - 1]?.lower ?? '')) return false;
  }
  const verb = frame[k - 1];
  if (frame[k]?.text !== ',' || k === from || !verb || !isVerbLike(verb, lex) || !FINITE_PAST_DE.test(verb.lower)) return false;
  const next = frame[k + 1];
  return !!next?.word && !lex.copulas.has(next.lower) && !lex.stativeAuxiliaries.has(next.lower);
}

/** A finite verb of the past or present in the third person: "veröffentlichte", "meldeten", "berichtet". */
const FINITE_PAST_DE = /^\p{Ll}{3,}(te|ten|t)$/u;

const NAMING_PARTICIPLES_DE: ReadonlySet<string> = new Set(['genannt', 'benannt', 'getauft']);

export function trailingAttribution(frame: readonly Token[], lex: Lexicon): Mention | null {
  const quoted = closingQuotingPassive(frame, lex);
  if (quoted) return quoted;
  const clauses = clausesOf(frame);
  // A bare speech verb at the end ("…, said in a news release.") waits for its subject in the
  // clauses before it, however long the description between them.
  let verbWaits = false;
  for (let n = clauses.length - 1, seen = 0; n >= 0 && seen < (verbWaits ? WAITING_CLAUSES : 3); n--, seen++) {
    const c = clauses[n];
    if (!c) break;
    const t = frame[c.start];
    if (!t) continue;
    const before = frame[c.start - 1];
    if (before && (before.text === '(' || before.text === ')')) continue;
    let verbAt = -1;
    // "…, genannt „Profil 1.1“": a participle of naming gives a name, it attributes nothing (German).
    if (lex.language === 'de' && NAMING_PARTICIPLES_DE.has(t.lower)) continue;
    // "„…“, erinnerte sich X", "„…“, beschwerte sich Y": right after a quotation a verb of stance has its content.
    const afterQuotation = !!before && (QUOTE_MARKS.has(before.text) || (before.text === ',' && QUOTE_MARKS.has(frame[c.start - 2]?.text ?? '')));
    // "„…“, zeigte sich X zufrieden.": a copula of stance with its reflexive right after a quotation.
    const stanceCopula = afterQuotation && lex.copulas.has(t.lower) && !!lex.reflexives?.has(frame[c.start + 1]?.lower ?? '');
    const says = (tokenIs(t, SPEECH_VERB, lex) && (!lex.speechNeedsMessage.has(t.lower) || messageAfter(frame, c.start + 1, lex) || closingInvertedSpeaker(frame, c.start, lex))) ||
      (afterQuotation && tokenIs(t, CONTENT_VERB, lex)) || stanceCopula || trailingStanceAfterReport(frame, c, seen, lex);
    if (lex.trailingMarkers.has(t.lower) || (!t.cap && !lex.addresseeVerbs.has(t.lower) && (says || particleIn(frame, c, lex)))) verbAt = c.start;
    if (verbAt >= 0) {
      let s = verbAt + 1;
      // ", so schätzen die Forscher": the marker, then a verb of saying, then its subject.
      if (lex.trailingMarkers.has(t.lower) && frame[s]?.word && !frame[s]!.cap && (tokenIs(frame[s], SPEECH_VERB, lex) || tokenIs(frame[s], CONTENT_VERB, lex))) s++;
      // "„…“, äußerte sich Schulz": a reflexive pronoun before the subject.
      while (frame[s] && (lex.verbAdverbs.has(frame[s]?.lower ?? '') || lex.reflexives?.has(frame[s]?.lower ?? ''))) s++;
      const np = readPhrase(frame, s, lex);
      if (np && plausibleSpeaker(np.mention, lex)) return nameInApposition(frame, np, lex);
    }
    if (t.lower === 'wie') {
      const np = readPhrase(frame, c.start + 1, lex);
      if (np && plausibleSpeaker(np.mention, lex) && speechVerbEndsClause(frame, np.end, lex)) return np.mention;
    }
    const m = subjectVerb(frame, c.start, c.end, lex);
    if (m) return m;
    // "…, Ann Poe, director of roads, bridges and tunnels, was quoted as saying.": the passive of quoting waits as a bare verb does.
    if ((verbAt >= 0 || quotedPassiveAt(frame, c.start, lex)) && seen === 0) verbWaits = true;
    // "…, three security sources said, after Britain’s agency reported …": an adverbial clause
    // closing the sentence stands after the attribution, not before it.
    else if (seen === 0 && !t.cap && lex.subordinators.has(t.lower) && lex.language === 'en') continue;
    else if (c.end - c.start > 10 && !verbWaits) break; // a long clause is content, not an apposition before the attribution
  }
  return invertedAfterQuote(frame, clauses, lex) ?? invertedSpeakerClause(frame, clauses, lex);
}

/**
 * English: "A plume of smoke was visible, said Ben Roe, a public information officer for the team
 * responding to the fire.": a clause of its own that is only the inverted verb of saying and its
 * speaker, after the content and a comma, however long the description after it.
 */
function invertedSpeakerClause(frame: readonly Token[], clauses: readonly Clause[], lex: Lexicon): Mention | null {
  if (lex.language !== 'en') return null;
  for (const c of clauses.slice(1, INVERTED_CLAUSES)) {
    const t = frame[c.start];
    if (!t || !t.word || t.cap || frame[c.start - 1]?.text !== ',') continue;
    if (!tokenIs(t, SPEECH_VERB, lex) || lex.addresseeVerbs.has(t.lower) || lex.speechNeedsMessage.has(t.lower)) continue;
    const np = readPhrase(frame, c.start + 1, lex);
    const m = np?.mention;
    if (!np || !m || !(m.name.length || m.role.length) || m.pronoun || !plausibleSpeaker(m, lex)) continue;
    // The phrase closes the clause: only the speaker (and an apposition the reader took) follows the verb.
    const end = frame[np.end - 1]?.text === ',' ? np.end - 1 : np.end;
    if (end !== c.end && !(end >= frame.length - 1 && frame[end]?.text === '.')) continue;
    return nameInApposition(frame, np, lex);
  }
  return null;
}

/**
 * Clauses read back for the subject of a bare verb of saying that closes the sentence: an
 * apposition may list words with commas of its own ("…, Ann Poe, director of roads, bridges and
 * tunnels, said at a briefing.").
 */
const WAITING_CLAUSES = 6;

/** "was quoted as saying", "were cited as saying" at `k`: a passive of quoting, its subject before it (English). */
function quotedPassiveAt(frame: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = frame[k];
  return !!lex.quotingVerbs && !!t?.word && !t.cap && tokenIs(t, PASSIVE_AUX, lex) && lex.quotingVerbs.has(frame[k + 1]?.lower ?? '') &&
    frame[k + 2]?.lower === 'as' && lex.speechParticiples.has(frame[k + 3]?.lower ?? '');
}

/**
 * German: "Die Kontrolle müsse Teil des Programms werden, fordern die Wissenschaftler.", "…, sie
 * sei gescheitert, befürchtet der Verband.": a verb of stance or demand opening the last clause,
 * its subject right after it (verb first: the clause before is its object), after a clause in
 * the Konjunktiv I that is its content. Only the last clause, after a comma, counts.
 */
function trailingStanceAfterReport(frame: readonly Token[], c: Clause, seen: number, lex: Lexicon): boolean {
  if (lex.language !== 'de' || frame[c.start - 1]?.text !== ',') return false;
  const fronted = frontedContentClause(frame, c.start - 1, lex);
  if (seen !== 0 && !fronted) return false;
  const t = frame[c.start]!;
  // (After a fronted "dass" clause a verb of saying has its message there: "Dass …, bestätigte die Polizei.")
  if (!t.word || t.cap || !(tokenIs(t, CONTENT_VERB, lex) || (fronted && tokenIs(t, SPEECH_VERB, lex)))) return false;
  // The subject follows the verb: an article or a capitalised word (past adverbs and a reflexive:
  // "erhofft sich die Stadt"), not "dass" or a comma.
  let s = c.start + 1;
  while (s < c.end && frame[s]!.word && !frame[s]!.cap && (lex.verbAdverbs.has(frame[s]!.lower) || (fronted && !!lex.reflexives?.has(frame[s]!.lower)))) s++;
  const next = frame[s];
  if (!next?.word || !(next.cap || lex.determiners.has(next.lower))) return false;
  return fronted || hasSubjunctive(frame.slice(0, c.start - 1), lex, true);
}

/**
 * German: "Dass die Preise sinken, erwartet der Verband.": the sentence opens with a "dass" clause
 * that the comma at `comma` closes (the first comma of the sentence): the object of the verb after
 * it, fronted, which is what the subject after that verb said or thinks.
 */
function frontedContentClause(frame: readonly Token[], comma: number, lex: Lexicon): boolean {
  if (!frame[0]?.word || !lex.complementizers.has(frame[0].lower) || frame[0].lower === 'ob') return false;
  for (let k = 1; k < comma; k++) if (isBoundary(frame[k]!)) return false;
  return true;
}

const QUOTING_PASSIVE_REACH = 30;

/**
 * "…, wird Mike Roe, Sprecher der Firma, zitiert.": a passive of quoting (`lex.quotingPassives`)
 * closes the sentence and its auxiliary follows a comma or a quotation; the phrase right after the
 * auxiliary is the one quoted (German). Bounded: at most QUOTING_PASSIVE_REACH tokens are read.
 */
function closingQuotingPassive(frame: readonly Token[], lex: Lexicon): Mention | null {
  if (lex.language !== 'de') return null;
  let e = frame.length - 1;
  if (frame[e]?.text === '.') e--;
  const last = frame[e];
  if (!last?.word || !lex.quotingPassives.has(last.lower)) return null;
  for (let a = e - 1; a > 0 && a > e - QUOTING_PASSIVE_REACH; a--) {
    const t = frame[a]!;
    if (!t.word || !tokenIs(t, PASSIVE_AUX, lex)) continue;
    const before = frame[a - 1]!;
    if (before.text !== ',' && !QUOTE_MARKS.has(before.text)) return null;
    const np = readPhrase(frame, a + 1, lex);
    return np && !np.mention.oblique && (np.mention.name.length > 0 || np.mention.role.length > 0) && plausibleSpeaker(np.mention, lex) ? nameInApposition(frame, np, lex) : null;
  }
  return null;
}

/**
 * "…, reports CBS News correspondent Steve Futterman.": a verb that otherwise needs its message
 * after it, inverted after a comma with a named speaker that ends the sentence: the message is
 * what came before the comma (English).
 */
function closingInvertedSpeaker(frame: readonly Token[], at: number, lex: Lexicon): boolean {
  if (lex.language !== 'en' || frame[at - 1]?.text !== ',' || frame[at]?.cap) return false;
  const np = readPhrase(frame, at + 1, lex);
  if (!np || np.mention.pronoun || !np.mention.name.length) return false;
  const end = skipParenthesis(frame, np.end);
  return end >= frame.length || (frame[end]?.text === '.' && end === frame.length - 1);
}

/** Whether the clause at `at` comes right after a quotation ('…,” said', '…” , said'). */
function closesQuotation(frame: readonly Token[], at: number): boolean {
  const before = frame[at - 1];
  if (before && QUOTE_MARKS.has(before.text)) return true;
  return before?.text === ',' && QUOTE_MARKS.has(frame[at - 2]?.text ?? '');
}

/** Clauses read for an inverted "said X" that descriptions push away from the sentence's end. */
const INVERTED_CLAUSES = 8;

/**
 * "“…,” said Robert Stone, a retiree from Hilton Head, South Carolina, as the rally began.":
 * the inverted "said X" stands right after the quotation, and descriptions of X follow it.
 */
function invertedAfterQuote(frame: readonly Token[], clauses: readonly Clause[], lex: Lexicon): Mention | null {
  for (const c of clauses.slice(0, INVERTED_CLAUSES)) {
    const t = frame[c.start];
    if (!t || !t.word || t.cap || !closesQuotation(frame, c.start)) continue;
    if (!tokenIs(t, SPEECH_VERB, lex) || lex.addresseeVerbs.has(t.lower)) continue;
    const np = readPhrase(frame, c.start + 1, lex);
    const m = np?.mention;
    if (np && m && (m.name.length || m.role.length || m.pronoun) && plausibleSpeaker(m, lex)) return nameInApposition(frame, np, lex);
  }
  return null;
}

/** Lower-case words of a portfolio after a role ("minister of health", "secretary of the interior"). */
const PORTFOLIO_MAX = 4;

/**
 * "…, said the country's deputy minister of health, Dr. Ann Poe.": an inverted speaker that is a
 * role without a name, then (past its portfolio in lower case) the person's full name after a
 * comma. The name, with the role, is the speaker; otherwise the phrase as read (English only).
 */
function nameInApposition(frame: readonly Token[], np: PhraseResult, lex: Lexicon): Mention {
  const m = np.mention;
  if (lex.language !== 'en' || m.name.length || !m.role.length || m.pronoun || m.plural) return m;
  let k = np.end;
  if (lex.affiliationPrepositions.has(frame[k]?.lower ?? '')) {
    k++;
    for (let n = 0; n < PORTFOLIO_MAX && frame[k]?.word && !frame[k]!.cap; n++) k++;
  }
  if (frame[k]?.text !== ',') return m;
  const named = readPhrase(frame, k + 1, lex);
  const after = frame[named?.end ?? 0]?.text;
  if (!named || named.mention.pronoun || named.mention.name.length < 2 || (after !== undefined && after !== ',' && after !== '.')) return m;
  return { ...named.mention, role: named.mention.role.length ? named.mention.role : m.role };
}

/** "nach eigenen Angaben", "nach eigenem Bekunden": the speaker's own account. */
const OWN_DE = new Set(['eigenen', 'eigenem', 'eigener']);
/** "Ihm zufolge", "ihnen zufolge": a dative pronoun before the postposition. */
const DATIVE_PRONOUNS_DE = new Set(['ihm', 'ihr', 'ihnen']);

/**
 * The phrase that opens the sentence as its subject, with the name of an apposition after it
 * ("Der ältere Bruder des Papstes, Georg Ratzinger, war …" is Georg Ratzinger), or null.
 */
/**
 * The person a sentence opens with as its subject, before a finite verb: "Sadiq Khan, einer der
 * Unterzeichner, verurteilte die Haltung der Regierung." A quotation that opens the next sentence
 * with no speaker of its own is most often this person's (German news introduces a quote so).
 * A pronoun subject counts too ("Er verurteilte …"); an object or adverbial first does not.
 */
export function sentenceSubject(frame: readonly Token[], lex: Lexicon): Mention | null {
  if (!frame[0]?.word) return null;
  const np = openingSubject(frame, lex);
  if (!np || np.mention.oblique || np.mention.document) return null;
  const m = np.mention;
  if (!m.pronoun && !m.name.length && !m.role.length) return null;
  let v = skipParenthesis(frame, np.end);
  // "Anna Berg, Sprecherin der Partei, widersprach": the phrase took its apposition and the comma after it.
  if (frame[v - 1]?.text === ',' && finiteLike(frame[v], lex)) return m;
  // "Sadiq Khan, einer der Abgeordneten, die den Brief unterschrieben, verurteilte …": past an
  // apposition (with its relative clause) to the comma before the verb.
  if (frame[v - 1]?.text === ',') v--;
  if (frame[v]?.text === ',' && !m.pronoun) {
    for (let k = v + 1; k < Math.min(frame.length - 1, v + APPOSITION_REACH); k++) {
      const t = frame[k]!;
      if (t.text === ':' || t.text === ';' || QUOTE_MARKS.has(t.text)) break;
      if (t.text === ',' && finiteLike(frame[k + 1], lex) && !lex.relativePronouns.has(frame[k + 1]!.lower) && !lex.complementizers.has(frame[k + 1]!.lower)) {
        v = k + 1;
        break;
      }
    }
  }
  if (!finiteLike(frame[v], lex)) return null;
  // "Danach traf er …": the pronoun after the verb is the subject, not the adverb before it.
  if (!m.pronoun && v === np.end && subjectPronounAfter(frame, v, lex)) return readPhrase(frame, v + 1, lex)?.mention ?? null;
  return m;
}

/** A lower-case word that can be the finite verb after a subject: any verb-like word, an auxiliary, or a verb of saying. */
function finiteLike(t: Token | undefined, lex: Lexicon): boolean {
  if (!t?.word || t.cap) return false;
  return isVerbLike(t, lex) || tokenIs(t, AUXILIARY, lex) || lex.copulas.has(t.lower) || tokenIs(t, SPEECH_VERB, lex) || tokenIs(t, CONTENT_VERB, lex) || lex.separableVerbs.has(t.lower);
}

const APPOSITION_REACH = 25;

function openingSubject(frame: readonly Token[], lex: Lexicon): PhraseResult | null {
  const np = readPhrase(frame, 0, lex);
  if (!np || !HAS_CAPITAL.test(np.mention.phrase) || !plausibleSpeaker(np.mention, lex)) return null;
  if (frame[np.end]?.text === ',') {
    const named = readPhrase(frame, np.end + 1, lex);
    if (named && named.mention.name.length && frame[named.end]?.text === ',') return { ...named, mention: { ...named.mention, role: named.mention.role.length ? named.mention.role : np.mention.role } };
  }
  return np;
}

/** "bildblog.de", "ndr.de", "spiegel.de": a web address of one or more labels and a top-level domain. */
function webAddressAt(frame: readonly Token[], i: number): Mention | null {
  const t = frame[i];
  if (!t || !t.word || !WEB_ADDRESS.test(t.text)) return null;
  return { name: [t.text], role: [], phrase: t.text, pronoun: false, definite: false, gender: null, pos: t.start, antecedent: null, document: false };
}
const WEB_ADDRESS = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}$/u;

function pointer(at: Token, document: boolean): Mention {
  return { name: [], role: [], phrase: at.text, pronoun: !document, definite: false, gender: null, pos: at.start, antecedent: null, document };
}

/**
 * "nach Angaben der Polizei", "laut einem Bericht der Zeitung X", "nach einer Studie der UNO",
 * "nach Polizeiangaben", "nach Auffassung Österreichs": a source noun (or a compound ending in
 * one), then whose it is. Returns the source, the document itself when it names nobody, or null.
 */
function sourcePhrase(frame: readonly Token[], i: number, lex: Lexicon): Mention | null {
  let k = i;
  for (let words = 0; words < 4 && frame[k]?.word && !frame[k]!.cap && !lex.possessives.has(frame[k]!.lower); words++) {
    const t = frame[k]!;
    // "einer am Dienstag veröffentlichten Mitteilung": a date inside the attribute is skipped.
    if ((t.lower === 'am' || t.lower === 'vom') && frame[k + 1]?.cap && (tokenInfo(frame[k + 1]!, lex) & CALENDAR) !== 0) {
      k += 2;
      continue;
    }
    if (!lex.determiners.has(t.lower) && !adjectiveEnding(t.lower)) break;
    k++;
  }
  const noun = frame[k];
  if (!noun || !noun.word || !isSourceNoun(noun.lower, lex)) return null;
  const next = frame[k + 1];
  if (next?.word && (next.lower === 'von' || next.lower === 'vom')) {
    // "nach Ansicht von ai": a name written in lower case is still the owner.
    const owner = frame[k + 2];
    const m = readPhrase(frame, k + 2, lex)?.mention ??
      (owner?.word && !owner.quoted && (tokenInfo(owner, lex) & (CLOSED | FUNCTION | DETERMINER)) === 0 ? circleMention(frame, k + 2) : null);
    if (m) m.documentHead = noun.lower;
    return m;
  }
  if (next?.word && (next.lower === 'des' || next.lower === 'der' || next.lower === 'eines' || next.lower === 'einer' || (next.cap && !next.quoted && (tokenInfo(next, lex) & (CLOSED | FUNCTION)) === 0))) {
    const np = readPhrase(frame, k + 1, lex);
    if (np) {
      np.mention.documentHead = noun.lower;
      return np.mention;
    }
  }
  // "nach Meinung vieler Experten", "nach Einschätzung führender Ökonomen": a genitive plural with no
  // article, an adjective or quantifier in -er before its noun, owns the view.
  const owner = frame[k + 2];
  if (lex.language === 'de' && next?.word && !next.cap && next.lower.endsWith('er') && owner?.word && owner.cap && !owner.quoted &&
    (tokenInfo(owner, lex) & (CLOSED | FUNCTION)) === 0 && !isSourceNoun(owner.lower, lex)) {
    const np = readPhrase(frame, k + 2, lex);
    if (np && !np.mention.pronoun) return { ...np.mention, phrase: `${next.text} ${np.mention.phrase}`, pos: next.start };
  }
  // The document is the source: "nach Polizeiangaben", "nach einer norwegischen Studie".
  const words = frame.slice(i, k + 1).filter((w) => !lex.determiners.has(w.lower)).map((w) => w.text);
  // "nach anderen Angaben", "verschiedenen Berichten zufolge": sources left unnamed, reported by nobody in particular.
  if (frame.slice(i, k).some((w) => UNNAMED_SOURCES_DE.has(w.lower))) return { name: [], role: [], phrase: '', pronoun: false, definite: false, gender: null, pos: frame[i]!.start, antecedent: null, document: false };
  return { name: words, role: [], phrase: words.join(' '), pronoun: false, definite: false, gender: null, pos: frame[i]!.start, antecedent: null, document: false };
}

const UNNAMED_SOURCES_DE: ReadonlySet<string> = new Set(['anderen', 'weiteren', 'verschiedenen', 'unterschiedlichen', 'widersprüchlichen', 'unbestätigten', 'übereinstimmenden', 'mehreren']);

/** "Grupps", "Schäubles": a name in the Saxon genitive, as a mention of the name. */
function genitiveName(t: Token | undefined, lex: Lexicon): Mention | null {
  if (!t || !t.word || !t.cap || t.quoted || t.text.length < 4 || !t.text.endsWith('s')) return null;
  if ((tokenInfo(t, lex) & (CLOSED | FUNCTION | DETERMINER | CALENDAR)) !== 0 || isSourceNoun(t.lower, lex)) return null;
  const name = t.text.slice(0, -1);
  return { name: [name], role: [], phrase: name, pronoun: false, definite: false, gender: null, pos: t.start, antecedent: null, document: false };
}

function isSourceNoun(lower: string, lex: Lexicon): boolean {
  // Source nouns and German compounds of them ("Polizeiangaben"): see sourceNoun in wordinfo.ts (cached per word there).
  return (wordInfo(lower, lex) & WORD.SOURCE_NOUN) !== 0;
}

const WORDING_VERBS_DE: ReadonlySet<string> = new Set(['lautet', 'lautete', 'lauten', 'lauteten']);
const OWNER_LINKS_DE: ReadonlySet<string> = new Set(['von', 'des', 'der', 'eines', 'einer']);

/**
 * German: "Die Kernaussage von X, dem Präsidenten von Y, lautete dazu: „…“", "Das Fazit des
 * Berichts lautete: „…“": the wording of a statement or a finding introduces the quotation after
 * its colon. Its owner after "von" or in the genitive speaks when a person, a role or a body; a
 * document there ("des Vorabberichts") makes the whole phrase the source. Returns the speaker, or null.
 */
export function wordingSubject(frame: readonly Token[], lex: Lexicon): Mention | null {
  if (lex.language !== 'de') return null;
  const np = readPhrase(frame, 0, lex);
  if (!np || np.mention.pronoun || !WORDING_VERBS_DE.has(frame[np.end]?.lower ?? '')) return null;
  for (let k = 1; k < np.end - 1; k++) {
    if (!OWNER_LINKS_DE.has(frame[k]!.lower) || frame[k - 1]?.cap !== true) continue;
    const owner = readPhrase(frame, k + (frame[k]!.lower === 'von' ? 1 : 0), lex, false);
    if (!owner) return null;
    const m: Mention = { ...owner.mention, oblique: false };
    if (m.name.length || m.role.length) return nameInApposition(frame, { ...owner, mention: m }, lex);
    const head = (m.phrase.split(' ').pop() ?? '').toLowerCase();
    // (The genitive of a document: "des Berichts", "des Vorabberichts".)
    if (isSourceNoun(head, lex) || (head.endsWith('s') && isSourceNoun(head.slice(0, -1), lex))) return np.mention;
    return isInstitutionWord(head, lex) ? m : null;
  }
  return null;
}

const DOCUMENT_VERB_REACH = 12;
/** "steht", "stand": what a document says ("In dem Bericht steht, dass …"). */
const DOCUMENT_STANDS_DE: ReadonlySet<string> = new Set(['steht', 'stand', 'stehe', 'stünde']);

/**
 * After a document in "in/im …" at `from`: the clause goes on with no speaker of its own, so the
 * document is what says it. A passive of a verb of saying ("wurde vermutet", "war festgestellt
 * worden"), "steht", or "ist … die Rede" before the clause ends (German).
 */
function documentSpeaks(frame: readonly Token[], from: number, lex: Lexicon, passiveBefore = false): boolean {
  let passive = passiveBefore;
  let start = from;
  // Past the document's owner and a relative clause about it ("In einer Erklärung, die am Montag veröffentlicht wurde, wurde …").
  if (frame[start]?.text === ',' && lex.relativePronouns.has(frame[start + 1]?.lower ?? '')) {
    start = clauseEndFrom(frame, start + 1) + 1;
  }
  for (let k = start; k < Math.min(frame.length, start + DOCUMENT_VERB_REACH); k++) {
    const t = frame[k]!;
    if (!t.word) {
      if (k === start && t.text === ',') continue;
      if (isBoundary(t) || t.text === '.') return false;
      continue;
    }
    if (t.cap) continue;
    if (DOCUMENT_STANDS_DE.has(t.lower)) return true;
    if (t.lower === 'rede' && frame[k - 1]?.lower === 'die') return true;
    if (tokenIs(t, PASSIVE_AUX, lex)) {
      passive = true;
      continue;
    }
    const prev = frame[k - 1];
    const form = prev?.word && !prev.cap && lex.participles.has(prev.lower + t.lower) ? prev.lower + t.lower : t.lower;
    if (lex.participles.has(form) && (lex.speechVerbs.has(form) || lex.contentVerbs.has(form) || lex.participles.has(form)) &&
      (passive || tokenIs(frame[k + 1], PASSIVE_AUX, lex))) return contentFollows(frame, k + 1, lex) || (frame[k + 1]?.word === true && contentFollows(frame, k + 2, lex));
  }
  return false;
}

/** "aus Militärkreisen", "in Regierungskreisen", "so Kongress- und Verteidigungskreise": the circles speak. */
function circleAt(t: Token, lex: Lexicon): boolean {
  // A circle suffix makes a word a cue (wordinfo.ts): the flag spares most words the suffix test.
  return t.word && t.cap && (tokenInfo(t, lex) & CUE) !== 0 && lex.circleSuffixes.some((s) => t.lower.length > s.length + 2 && t.lower.endsWith(s));
}

function circleMention(frame: readonly Token[], i: number): Mention {
  const t = frame[i]!;
  return { name: [t.text], role: [], phrase: t.text, pronoun: false, definite: false, gender: null, pos: t.start, antecedent: null, document: false };
}

const ORIGIN_REACH = 30;

/** "aus einem Bericht der Bank hervor": the origin verb closes the phrase within a few words (bounded: stays linear). */
function originAfter(frame: readonly Token[], i: number, lex: Lexicon): boolean {
  if (lex.sourceOrigins.size === 0) return false;
  for (let k = i + 2; k < Math.min(frame.length, i + ORIGIN_REACH); k++) if (frame[k]!.word && lex.sourceOrigins.has(frame[k]!.lower)) return true;
  return false;
}

/** How many words a document phrase's owner and modifiers may span before the document noun. */
const OWNED_DOCUMENT_REACH = 9;
/** How far a participle phrase after a document ("published on Thursday (25 May)") may run before its verb or "by". */
const DOCUMENT_PARTICIPLE_REACH = 7;
const ACRONYM = /^\p{Lu}{2,}/u;

/**
 * English: a document or data with a named owner as the subject, so that the owner speaks: "ONS
 * figures showed …", "the council’s finance report estimates …", "A Harbour Trust report published
 * on Friday found …", "Latest figures from the ONS show …", "Data released on Monday by the ONS
 * showed …". Returns the owner as the phrase, ending where the verb should stand, or null (a document
 * without an owner is left to readPhrase: "A report published on Friday found …" names nobody).
 */
function ownedDocumentAt(frame: readonly Token[], s: number, lex: Lexicon): PhraseResult | null {
  if (lex.language !== 'en') return null;
  // The document noun within reach, in lower case (or opening the sentence: "Data released …").
  let d = s;
  const limit = Math.min(frame.length, s + OWNED_DOCUMENT_REACH);
  while (d < limit && frame[d]!.word && !(lex.sourceNouns.has(frame[d]!.lower) && (!frame[d]!.cap || d === s))) {
    if (lex.speechVerbs.has(frame[d]!.lower) && !frame[d]!.cap) return null;
    d++;
  }
  if (d >= limit || !frame[d]!.word) {
    // "ONS (Office for National Statistics) figures": past a parenthesis.
    if (d >= limit || frame[d]!.text !== '(') return null;
    const close = skipParenthesis(frame, d);
    if (close === d || !frame[close]?.word || !lex.sourceNouns.has(frame[close]!.lower) || frame[close]!.cap) return null;
    d = close;
  }
  let k = s;
  if (frame[k]!.lower === 'the' || !!lex.indefiniteArticles?.has(frame[k]!.lower)) k++;
  // The owner before the noun: a run of capitalised words (with "of", "for", "and" inside it), or a
  // body noun in the possessive ("the council’s").
  let e = k;
  while (e < d && frame[e]!.word && (frame[e]!.cap || (e > k && !!lex.acronymLinks?.has(frame[e]!.lower) && !!frame[e + 1]?.cap)) && !isPossessive(frame[e]!.text)) e++;
  if (e < d && frame[e]!.word && isPossessive(frame[e]!.text) && (frame[e]!.cap || (e === k && k > s && isInstitutionWord(frame[e]!.lower.replace(/['’]s$/u, ''), lex)))) e++;
  let ownerMention: Mention | null = null;
  const end = d + 1;
  if (e > k) {
    const run = frame.slice(k, e);
    const last = run[run.length - 1]!;
    const possessive = isPossessive(last.text);
    // A single capitalised word opening the sentence may be an adjective ("Latest figures", "New data"):
    // only an acronym or a possessive is an owner there.
    if (!(k === 0 && run.length === 1 && !possessive && !ACRONYM.test(last.text))) {
      let m = e;
      if (frame[m]?.text === '(') m = skipParenthesis(frame, m);
      // Modifiers in lower case between owner and noun ("finance", "annual", "latest").
      while (m < d && frame[m]!.word && !frame[m]!.cap && (tokenInfo(frame[m]!, lex) & (CLOSED | CUE)) === 0) m++;
      if (m === d) {
        const words = frame.slice(s, e).map((t, n) => (n === e - s - 1 && possessive ? { ...t, text: t.text.replace(/['’]s$/u, ''), lower: t.lower.replace(/['’]s$/u, '') } : t));
        const np = readPhrase(words, 0, lex);
        if (np && np.end === words.length && !np.mention.pronoun && !np.mention.document && (np.mention.name.length || np.mention.phrase)) ownerMention = np.mention;
      }
    }
  }
  // A participle phrase after the noun ("published on Thursday", "released on Monday (25 May)").
  let j = end;
  if (frame[j]?.word && !frame[j]!.cap && frame[j]!.lower.endsWith('ed') && !lex.speechVerbs.has(frame[j]!.lower)) {
    let n = j + 1;
    while (n < frame.length && n <= j + DOCUMENT_PARTICIPLE_REACH && frame[n]!.text !== ',' && frame[n]!.lower !== 'by' && !(frame[n]!.word && !frame[n]!.cap && (lex.speechVerbs.has(frame[n]!.lower) || lex.contentVerbs.has(frame[n]!.lower)))) n++;
    if (frame[n]?.lower === 'by' || (frame[n]?.word && !frame[n]!.cap && lex.speechVerbs.has(frame[n]!.lower))) j = n;
  }
  // "the Ledger reports.", "CNN reports that …": the noun was the verb, no verb follows it. The verb
  // after the document is one of saying, or an auxiliary before one ("The AP’s forecast is expected
  // to change" names no speaker).
  const verb = frame[j];
  if (!verb?.word || verb.cap) return null;
  const saying = (t: Token | undefined): boolean => !!t?.word && !t.cap && (lex.speechVerbs.has(t.lower) || lex.contentVerbs.has(t.lower) || !!lex.headSpeechVerbs?.has(t.lower));
  if (!saying(verb) && !(lex.auxiliaries.has(verb.lower) && saying(frame[j + 1]))) {
    if (verb.lower !== 'by' && verb.lower !== 'from') return null;
  }
  // The owner after the noun: "figures from the ONS", "data released … by the ONS".
  if (!ownerMention && (frame[j]?.lower === 'by' || frame[j]?.lower === 'from')) {
    const np = readPhrase(frame, j + 1, lex);
    if (np && HAS_CAPITAL.test(np.mention.phrase) && !np.mention.pronoun && !np.mention.document) return np;
    return null;
  }
  if (!ownerMention) return null;
  return { mention: ownerMention, end: j };
}

/** "by Study Finds", "last year by the agency": the author after a document, or null. */
function documentAuthor(frame: readonly Token[], k: number, lex: Lexicon): Mention | null {
  return documentAuthorAt(frame, k, lex)?.mention ?? null;
}

function documentAuthorAt(frame: readonly Token[], k: number, lex: Lexicon): PhraseResult | null {
  for (let n = 0; n < 3 && frame[k]?.word && !frame[k]!.cap && (tokenInfo(frame[k]!, lex) & (CALENDAR | DATE)) !== 0; n++) k++;
  if (frame[k]?.lower === 'last' || frame[k]?.lower === 'this') k += 2;
  // English: "data analyzed by X", "a poll commissioned by X": a participle before its author.
  if (lex.language === 'en' && frame[k]?.word && !frame[k]!.cap && frame[k]!.lower.endsWith('ed') && frame[k + 1]?.lower === 'by') k++;
  // "an article in the Ledger by Ann Roe": where it appeared, then its author.
  else if (lex.language === 'en' && frame[k]?.lower === 'in') {
    const where = readPhrase(frame, k + 1, lex);
    if (where && HAS_CAPITAL.test(where.mention.phrase) && frame[where.end]?.lower === 'by') k = where.end;
  }
  const by = frame[k]?.lower;
  if (by !== 'by' && by !== 'from') return null;
  const np = readPhrase(frame, k + 1, lex);
  // "a statement by her spokesperson, Bisi Ade,": a role in lower case with the person's name in apposition.
  return np && (HAS_CAPITAL.test(np.mention.phrase) || (np.mention.role.length > 0 && np.mention.name.length > 0)) ? np : null;
}

function isLawNoun(lower: string, lex: Lexicon): boolean {
  if (lex.lawNouns?.has(lower)) return true;
  return !!lex.lawSuffixes?.some((s) => lower.length > s.length + 3 && lower.endsWith(s));
}

/**
 * "nach dem Grundgesetz", "laut Verfassung", "gemäß dem Vertrag von Lissabon": a law or treaty is
 * the source, named as written (with a law it belongs to: "Artikel 65 des Grundgesetzes"); a
 * genitive after it is never its speaker ("laut Verfassung der Parlamentspräsident").
 */
function lawPhrase(frame: readonly Token[], i: number, lex: Lexicon): Mention | null {
  let k = i;
  for (let n = 0; n < 3 && frame[k]?.word && !frame[k]!.cap && (lex.determiners.has(frame[k]!.lower) || adjectiveEnding(frame[k]!.lower)); n++) k++;
  const noun = frame[k];
  if (!noun?.word || !noun.cap) return null;
  let end = k + 1;
  if (!isLawNoun(noun.lower, lex)) {
    // "Artikel 65 des Grundgesetzes", "Paragraf 3 der Verfassung".
    if (noun.lower !== 'artikel' && noun.lower !== 'paragraf' && noun.lower !== 'paragraph') return null;
    let m = k + 1;
    while (m < k + 3 && frame[m] && /^\d/u.test(frame[m]!.text)) m++;
    const det = frame[m]?.lower;
    if ((det !== 'des' && det !== 'der') || !frame[m + 1] || !isLawNoun(frame[m + 1]!.lower, lex)) return null;
    end = m + 2;
  }
  const words = frame.slice(k, end).map((w) => w.text);
  return { name: words, role: [], phrase: words.join(' '), pronoun: false, definite: false, gender: null, pos: noun.start, antecedent: null, document: false };
}

export function accordingAttribution(frame: readonly Token[], lex: Lexicon): Mention | null {
  const first = accordingFrom(frame, lex, 0);
  if (!first || lex.language !== 'de' || !unnamedSources(first)) return first;
  // "Nicht näher genannten Quellen zufolge handelt es sich laut „Tagesspiegel“ um …": sources left
  // unnamed, then a source with a name; the named one is who the article cites.
  let k = frame.findIndex((t) => t.start >= first.pos + first.phrase.length);
  if (k < 0) return first;
  if (frame[k]?.lower === 'zufolge') k++;
  const second = accordingFrom(frame, lex, k);
  return second && second.name.some((w) => /^\p{Lu}/u.test(w)) && !unnamedSources(second) ? second : first;
}

/** Sources the article does not name: "Quellen", "nicht näher genannten Quellen", "Kreisen". */
function unnamedSources(m: Mention): boolean {
  if (m.pronoun || m.role.length) return false;
  const words = m.name.length ? m.name : m.phrase.split(' ');
  return words.length > 0 && UNNAMED_SOURCE_NOUNS_DE.has((words[words.length - 1] ?? '').toLowerCase()) && words.slice(0, -1).every((w) => !/^\p{Lu}/u.test(w) || w === words[0]);
}

const UNNAMED_SOURCE_NOUNS_DE: ReadonlySet<string> = new Set(['quellen', 'quelle', 'kreisen', 'kreise', 'informanten', 'insidern', 'insider']);

function accordingFrom(frame: readonly Token[], lex: Lexicon, from: number): Mention | null {
  for (let i = from; i < frame.length; i++) {
    const t = frame[i];
    if (!t || !t.word) continue;
    if (lex.language === 'de') {
      if (lex.accordingPrepositions.has(t.lower)) {
        // "Laut bildblog.de", "laut ndr.de": a website by its address.
        const site = webAddressAt(frame, i + 1);
        if (site) return site;
        // "Gemäß seiner Aussage", "laut ihren Angaben": whoever was last cited.
        const own = frame[i + 1];
        if (own && lex.possessives.has(own.lower) && isSourceNoun(frame[i + 2]?.lower ?? '', lex)) return pointer(own, false);
        const law = lawPhrase(frame, i + 1, lex);
        if (law) return law;
        const src = sourcePhrase(frame, i + 1, lex);
        if (src) return src;
        const np = readPhrase(frame, i + 1, lex);
        if (np) return np.mention;
      } else if (t.lower === 'zufolge') {
        // "Der Website schiedsrichter.de zufolge": a website by its address.
        const site = i > 0 ? webAddressAt(frame, i - 1) : null;
        if (site) return site;
        // "Ihnen zufolge", "Ihm zufolge": whoever was last cited.
        const before0 = frame[i - 1];
        if (before0?.word && DATIVE_PRONOUNS_DE.has(before0.lower)) return pointer(before0, false);
        // "ersten Angaben zufolge", "behördlichen Angaben zufolge": the document is the source.
        const before = frame[i - 1];
        if (before && before.word && isSourceNoun(before.lower, lex) && !frame[i - 2]?.cap) {
          let s0 = i - 1;
          while (s0 > 0 && frame[s0 - 1]!.word && !frame[s0 - 1]!.cap && adjectiveEnding(frame[s0 - 1]!.lower) && !lex.determiners.has(frame[s0 - 1]!.lower)) s0--;
          const words = frame.slice(s0, i).map((w) => w.text);
          return { name: words, role: [], phrase: words.join(' '), pronoun: false, definite: false, gender: null, pos: frame[s0]!.start, antecedent: null, document: false };
        }
        for (let s = Math.max(0, i - 8); s < i; s++) {
          const np = readPhrase(frame, s, lex, false);
          if (np && np.end === i) return np.mention;
        }
      } else if (t.lower === 'nach') {
        const a = frame[i + 1];
        // "nach seinen Angaben", "nach eigenen Angaben": whoever was last cited.
        if (a && (lex.possessives.has(a.lower) || OWN_DE.has(a.lower)) && isSourceNoun(frame[i + 2]?.lower ?? '', lex)) {
          // "Die Feuerwehr hat nach eigenen Angaben …": one's own account is the subject's.
          const subject = OWN_DE.has(a.lower) && i > 0 ? openingSubject(frame, lex) : null;
          if (subject && subject.end < i) return subject.mention;
          return pointer(a, false);
        }
        // "Nach Grupps Meinung", "nach Schäubles Darstellung": the name in the genitive owns it.
        const owner = genitiveName(a, lex);
        if (owner && isSourceNoun(frame[i + 2]?.lower ?? '', lex)) return owner;
        // "Nach dem Grundgesetz ist …": only opening the sentence or a clause ("die Forderung nach einem Tarifvertrag" is none).
        const law = i === 0 || frame[i - 1]!.text === ',' ? lawPhrase(frame, i + 1, lex) : null;
        if (law) return law;
        const src = sourcePhrase(frame, i + 1, lex);
        if (src) return src;
        // "Seiner Meinung nach", "Dem Vernehmen nach": the postposition after the source.
        const b = frame[i - 1];
        const c = frame[i - 2];
        if (b && isSourceNoun(b.lower, lex) && c && lex.possessives.has(c.lower)) return pointer(c, false);
      } else if ((t.lower === 'in' || t.lower === 'im') && isSourceNoun(frame[i + (t.lower === 'im' ? 1 : 2)]?.lower ?? '', lex)) {
        // "In einem Bericht der Salzburger Nachrichten wurde vermutet, …": only a document with an owner.
        const k = i + (t.lower === 'im' ? 1 : 2);
        const owner = frame[k + 1];
        // "So wird in einer Pressemitteilung der Organisation gefordert, dass …": the passive auxiliary
        // stands before the document (verb second after an adverb).
        const auxBefore = i > 0 && tokenIs(frame[i - 1], PASSIVE_AUX, lex);
        if (owner?.word && (owner.lower === 'des' || owner.lower === 'der' || owner.lower === 'von' || owner.lower === 'vom')) {
          const src = sourcePhrase(frame, i + 1, lex);
          if (src && (src.name.length || src.role.length)) return src;
          // A body named by its words ("der Lübecker Nachrichten", "des Ministeriums") when the
          // document is what speaks in the clause ("… wurde vermutet, dass", "… steht, dass").
          if (src && HAS_CAPITAL.test(src.phrase) && documentSpeaks(frame, k + 1, lex, auxBefore)) return src;
        } else if (documentSpeaks(frame, k + 1, lex, auxBefore)) {
          // "Im Abschlussbericht war festgestellt worden, dass …", "In einem Jahresbericht steht, dass …": the document itself.
          const src = sourcePhrase(frame, i + 1, lex);
          if (src) return src;
        }
      } else if (t.lower === 'aus' && lex.viewNouns.has(frame[i + 1]?.lower ?? '')) {
        // "aus Sicht der Organisationen": whose view it is.
        const owner = frame[i + 2];
        const src = owner?.word && lex.determiners.has(owner.lower) ? readPhrase(frame, i + 3, lex) : null;
        if (src) return src.mention;
      } else if (t.lower === 'aus' && originAfter(frame, i, lex)) {
        // "Dies geht aus einer Mitteilung des Konzerns hervor": the document's owner, or the document.
        const src = sourcePhrase(frame, i + 1, lex);
        if (src) return src;
      } else if (t.lower === 'demnach') {
        return pointer(t, true);
      } else if (circleAt(t, lex) && i > 0 && ['aus', 'in', 'so', 'von'].includes(frame[i - 1]?.lower ?? '')) {
        return circleMention(frame, i);
      } else if ((t.lower === 'heißt' || t.lower === 'hieß') && frame[i + 1]?.lower === 'es') {
        // "In der Pressemitteilung des WWF heißt es", "Im Abschlussbericht heißt es": the document's author.
        for (let k = 0; k < i; k++) {
          const p = frame[k];
          if (!p || !p.word || (p.lower !== 'in' && p.lower !== 'im' && p.lower !== 'aus' && !(t.lower === 'hieß' && k > 0 && frame[k - 1]!.lower === 'es' && WHERE_SAID_DE.has(p.lower)))) continue;
          const np = readPhrase(frame, p.lower === 'im' ? k + 1 : k + 1, lex);
          if (!np || np.end > i) continue;
          // The phrase stands in the clause of "heißt": one inside the message before it ("Die
          // Arbeiten sollen im Mai beginnen, heißt es im Rathaus.") is no place of saying.
          if (frame.slice(np.end, i).some((x) => !x.word && isBoundary(x))) continue;
          return np.mention;
        }
        // "…, so heißt es in einer Erklärung des Betriebsrats.", "Nun heißt es im Abschlussbericht, …", "…, hieß es
        // dazu bei Radio X.", "…, heißt es auf der Webseite des Vereins.": the document or the outlet after it.
        let at = i + 2;
        while (at < i + 4 && frame[at]?.word && !frame[at]!.cap && (lex.midfieldWords.has(frame[at]!.lower) || lex.verbAdverbs.has(frame[at]!.lower))) at++;
        const p = frame[at];
        if (p?.word && (p.lower === 'in' || p.lower === 'im' || WHERE_SAID_DE.has(p.lower))) {
          const src = sourcePhrase(frame, at + 1, lex) ?? (p.lower !== 'in' && p.lower !== 'im' ? readPhrase(frame, at + 1, lex, false)?.mention ?? null : null);
          if (src && (src.name.length || src.role.length || HAS_CAPITAL.test(src.phrase))) return src;
        }
        // "…, heißt es." with no document named: the source last cited, as with "demnach".
        if (frame[i + 2]?.text === '.' || frame[i + 2]?.text === ',' || !frame[i + 2]) return pointer(t, true);
      } else if ((t.lower === 'heißt' || t.lower === 'hieß') && i > 3) {
        // "…, wie es auf einer Pressekonferenz hieß.", "wie es in einer Mitteilung des Ministeriums heißt": the place of saying
        // inside the "wie" clause, its verb last.
        const place = placeOfSaying(frame, i, lex);
        if (place) return place;
      }
    } else if (lex.sourceNouns.has(t.lower) && (frame[i + 1]?.lower === 'from' || frame[i + 1]?.lower === 'by') &&
      lex.determiners.has(frame[i - 1]?.lower ?? '') && frame[i - 1]?.lower !== 'the') {
      // "an estimate from the Congressional Budget Office, which found …": the office's figure.
      const np = readPhrase(frame, i + 2, lex);
      if (np && (np.mention.name.length || np.mention.phrase) && HAS_CAPITAL.test(np.mention.phrase)) return np.mention;
    } else if (i === 0 && t.cap && t.lower === 'per' && (frame[1]?.cap || lex.determiners.has(frame[1]?.lower ?? ''))) {
      // "Per CNN, a manhunt ensued": the source opens the sentence.
      const np = readPhrase(frame, 1, lex);
      if (np && frame[np.end]?.text === ',') return np.mention;
    } else if (i > 0 && t.lower === 'per' && frame[i - 1]!.text === ',' && (frame[i + 1]?.cap || lex.determiners.has(frame[i + 1]?.lower ?? ''))) {
      // "…, per Refinitiv.", "…, per the filing.": the source closes the sentence ("per share" is a rate).
      const np = readPhrase(frame, i + 1, lex);
      const after = frame[np?.end ?? 0];
      if (np && (!after || after.text === '.')) return np.mention;
    } else if (t.lower === 'according' && frame[i + 1]?.lower === 'to') {
      const np = readPhrase(frame, i + 2, lex);
      // "according to a report by Study Finds", "a study last year by Wisconsin researchers": its author.
      const author = np?.mention.document ? documentAuthor(frame, np.end, lex) : null;
      if (author) return author;
      // "according to 2021 data analyzed by X", "according to earlier reports from X": a document
      // noun after a year or adjectives in lower case, then its author.
      for (let k = i + 2; k < Math.min(frame.length, i + 6); k++) {
        const w = frame[k]!;
        if (!w.word || w.cap) break;
        if (lex.sourceNouns.has(w.lower)) {
          const by = documentAuthor(frame, k + 1, lex);
          if (by) return by;
          break;
        }
      }
      if (np) {
        // "according to CME Group data": the group, not its data.
        const m = np.mention;
        if (m.name.length > 1 && lex.sourceNouns.has((m.name[m.name.length - 1] ?? '').toLowerCase())) m.name = m.name.slice(0, -1);
        // "according to the head of one of Britain’s biggest bakery chains.": a role whose "of" phrase
        // runs to the end of the sentence is described by all of it (English).
        return lex.language === 'en' ? roleTailToEnd(frame, np.end, m, lex) : m;
      }
    }
  }
  return null;
}

/** How many words a role's "of" phrase may have that closes the sentence after "according to". */
const ROLE_TAIL_REACH = 10;

/**
 * The unnamed role `m` with the rest of the sentence from `k` on when that is an "of"/"for" phrase
 * of at most ROLE_TAIL_REACH words closing it ("the head" + "of one of Britain’s biggest bakery
 * chains"); else `m` as it is.
 */
function roleTailToEnd(frame: readonly Token[], k: number, m: Mention, lex: Lexicon): Mention {
  if (!m.role.length || m.name.length || m.pronoun || !ROLE_TAIL_OPENERS_EN.has(frame[k]?.lower ?? '')) return m;
  const words: string[] = [];
  for (let n = k; n < frame.length; n++) {
    const t = frame[n]!;
    if (t.quoted) return m;
    if (!t.word) {
      if (t.text === '’' || t.text === "'" || t.text === '’s' || t.text === "'s") {
        if (words.length) words[words.length - 1] += t.text;
        continue;
      }
      if (t.text === '.' && n === frame.length - 1) break;
      return m;
    }
    if (words.length >= ROLE_TAIL_REACH || tokenIs(t, SPEECH_VERB, lex) || lex.complementizers.has(t.lower) || lex.relativePronouns.has(t.lower)) return m;
    words.push(t.text);
  }
  if (!words.length) return m;
  return { ...m, role: [...m.role, ...words], phrase: `${m.phrase} ${words.join(' ')}` };
}

const ROLE_TAIL_OPENERS_EN: ReadonlySet<string> = new Set(['of', 'for', 'at']);

/**
 * German indirect speech without a speech verb: "Die Forderungen seien nicht umsetzbar."
 * `reportOnly`: only forms that mark reported speech and nothing else.
 */
// German marks speech with no named source in three ways the rules above never see, since they
// look for a speaker: the impersonal passive of a verb of saying or stance followed by what was
// said ("Ihm wird vorgeworfen, …", "Es wurde vermutet, dass …"), a content clause opened by
// "wonach" ("ein Bericht, wonach …"), and hearsay "sollen" with a perfect infinitive ("Er soll
// Geld genommen haben"). Such a sentence is reported speech whose source the article leaves
// open: a fact-checker reads it as a claim somebody made, not as the article's own statement.
const PASSIVE_AUXILIARIES_DE: ReadonlySet<string> = new Set(['wird', 'wurde', 'werden', 'wurden', 'worden']);
const HEARSAY_MODALS_DE: ReadonlySet<string> = new Set(['soll', 'sollen']);
const PERFECT_INFINITIVE_ENDS_DE: ReadonlySet<string> = new Set(['haben', 'sein']);

export function reportedWithoutSource(frame: readonly Token[], lex: Lexicon): boolean {
  if (lex.language !== 'de') return false;
  let passive = false;
  let hearsay = false;
  for (let i = 0; i < frame.length; i++) {
    const t = frame[i]!;
    if (!t.word) {
      if (t.text === '.' || t.text === ';') passive = hearsay = false;
      continue;
    }
    if (t.lower === 'wonach') return true;
    // "Dem Vernehmen nach soll …": "reportedly", from nobody named.
    if (t.lower === 'vernehmen' && frame[i - 1]?.lower === 'dem' && frame[i + 1]?.lower === 'nach') return true;
    if (PASSIVE_AUXILIARIES_DE.has(t.lower)) passive = true;
    else if (passive && tokenIs(t, PARTICIPLE, lex) && hasContentAfter(frame, i + 1, lex)) return true;
    if (HEARSAY_MODALS_DE.has(t.lower)) hearsay = true;
    // "… soll … festgenommen worden sein." / "… sollen … erhalten haben,": the infinitive closes its clause.
    else if (hearsay && PERFECT_INFINITIVE_ENDS_DE.has(t.lower) && i > 0 && (frame[i - 1]!.lower.startsWith('ge') || frame[i - 1]!.lower === 'worden' || tokenIs(frame[i - 1], PARTICIPLE, lex)) && !frame[i + 1]?.word) return true;
  }
  return false;
}

const HEISSEN_DE: ReadonlySet<string> = new Set(['hieß', 'hieße', 'heißt', 'geheißen']);

/**
 * "…, wie es auf einer Pressekonferenz hieß.", "wie es in einer Mitteilung des Ministeriums
 * heißt", "wie es aus Regierungskreisen hieß": in a "wie" clause with the impersonal "es", the
 * place of saying between "es" and the final verb at `v` tells who spoke: the owner of the
 * document, the outlet or the body named there, or, when the place names nobody ("auf einer
 * Pressekonferenz"), nobody in particular (an empty mention), so that the speaker of an earlier
 * sentence is not carried into this one. Null when the clause is not of this shape.
 */
function placeOfSaying(frame: readonly Token[], v: number, lex: Lexicon): Mention | null {
  let k = v - 1;
  while (k > 1 && k > v - 14 && frame[k]!.word) k--;
  // k is now a punctuation mark or the reach's end: find "wie es" after it, then the preposition.
  for (let e = Math.max(1, k); e < v - 1; e++) {
    if (frame[e]!.lower !== 'es' || !lex.reportingConjunctions.has(frame[e - 1]!.lower)) continue;
    let at = e + 1;
    while (at < v && frame[at]!.word && !frame[at]!.cap && (lex.midfieldWords.has(frame[at]!.lower) || lex.verbAdverbs.has(frame[at]!.lower))) at++;
    const p = frame[at];
    if (!p?.word || !(p.lower === 'in' || p.lower === 'im' || p.lower === 'aus' || WHERE_SAID_DE.has(p.lower))) return null;
    if (p.lower === 'aus' && frame[at + 1] && circleAt(frame[at + 1]!, lex)) return circleMention(frame, at + 1);
    const src = sourcePhrase(frame, at + 1, lex) ?? readPhrase(frame, at + 1, lex, false)?.mention ?? null;
    // "auf einer Pressekonferenz", "bei der Anhörung": an occasion with no owner names nobody; a document in "in" names itself.
    const occasion = !!src && p.lower !== 'in' && p.lower !== 'im' && src.pos === frame[at + 1]!.start && lex.determiners.has(frame[at + 1]!.lower);
    if (src && !occasion && (src.name.length || src.role.length || HAS_CAPITAL.test(src.phrase)) && !src.pronoun) return src;
    // "auf einer Pressekonferenz des Senats": the occasion's owner in the genitive speaks.
    for (let g = at + 2; g < Math.min(v, at + 6); g++) {
      if (!OWNER_LINKS_DE.has(frame[g]!.lower) || frame[g - 1]?.cap !== true || frame[g]!.lower === 'von') continue;
      const owner = readPhrase(frame, g, lex, false);
      if (owner && owner.end <= v && (owner.mention.name.length || owner.mention.role.length || HAS_CAPITAL.test(owner.mention.phrase))) return owner.mention;
      break;
    }
    return { name: [], role: [], phrase: '', pronoun: false, definite: false, gender: null, pos: p.start, antecedent: null, document: false };
  }
  return null;
}

/** Where "heißt es" finds its words besides "in": "auf der Webseite", "bei Radio X", "beim Verband". */
const WHERE_SAID_DE: ReadonlySet<string> = new Set(['auf', 'bei', 'beim']);
const HAVE_DE: ReadonlySet<string> = new Set(['hat', 'hatte', 'hatten', 'haben', 'habe', 'hätte', 'hätten']);
const HEARSAY_ADVERBS_DE: ReadonlySet<string> = new Set(['angeblich', 'vorgeblich', 'mutmaßlich', 'verlautete', 'verlauteten', 'verlautet']);
const RUMOUR_NOUNS_DE: ReadonlySet<string> = new Set(['berichten', 'gerüchten', 'meldungen', 'medienberichten', 'zeitungsberichten', 'informationen', 'angaben', 'schätzungen', 'vermutungen', 'erkenntnissen']);

/**
 * Reported speech whose speaker the rules did not find, read from the form of the sentence alone:
 * the forms of reportedWithoutSource, "angeblich", "Berichten zufolge", a verb of saying or
 * stance with what was said after it ("…, hatte gewarnt, dass …"), the Konjunktiv I of reported
 * speech. The sentence is then a claim somebody made, not the article's own statement, even when
 * the article leaves the somebody to the reader.
 */
export function reportedByForm(frame: readonly Token[], lex: Lexicon): boolean {
  if (lex.language !== 'de') return false;
  if (reportedWithoutSource(frame, lex)) return true;
  let perfectBefore = false;
  let auxBefore = false;
  for (let i = 0; i < frame.length; i++) {
    const t = frame[i]!;
    if (!t.word) continue;
    // "hieß es", "hatte es geheißen", "heißt es in …": the impersonal "it is said".
    if (HEISSEN_DE.has(t.lower) && (frame[i + 1]?.lower === 'es' || frame[i - 1]?.lower === 'es' || frame[i - 2]?.lower === 'es')) return true;
    // "wurde bekannt, dass …", "war bekannt geworden, dass …": news made known by someone.
    if (t.lower === 'bekannt' && (frame[i + 1]?.text === ',' || frame[i + 2]?.text === ',') && frame.slice(i + 1, i + 4).some((x) => x.lower === 'dass')) return true;
    // "Wie t-online.de berichtet, …", "Wie es hieß, …": a reporting clause opening the sentence.
    if (i === 0 && lex.reportingConjunctions.has(t.lower) && speechVerbEndsClause(frame, 1, lex)) return true;
    if (HEARSAY_ADVERBS_DE.has(t.lower)) return true;
    // "Berichten zufolge", "Gerüchten zu Folge": a rumour or report as the source.
    if ((t.lower === 'zufolge' || (t.lower === 'zu' && frame[i + 1]?.lower === 'folge')) && RUMOUR_NOUNS_DE.has(frame[i - 1]?.lower ?? '')) return true;
    if (accordingByForm(frame, i, lex)) return true;
    // "Demnach …" opening the sentence: "according to that", what the source named before says.
    if (i === 0 && t.lower === 'demnach') return true;
    // "Gestern war berichtet worden, dass …", "Kritisiert wird vor allem, dass …": a participle of
    // saying before its passive auxiliary, what was said after it; the speaker is left open.
    const f = tokenInfo(t, lex);
    if (!frame[i + 1]?.cap && (f & PARTICIPLE) !== 0 && (f & SPEECH_VERB) !== 0 && tokenIs(frame[i + 1], PASSIVE_AUX, lex) && hasContentAfter(frame, i + 2, lex)) return true;
    // "geht … davon aus, dass …", "wies … darauf hin, dass …": a separable verb of stance whose
    // particle closes its clause, with what was said after it.
    if (!t.cap && separableWithContent(frame, i, lex)) return true;
    if (t.cap && speechActWithContent(frame, i, lex)) return true;
    if (t.cap) continue;
    // A verb of saying or stance with content after it; a participle only in the perfect ("hatte
    // gewarnt, dass …"), not in a passive ("war damit begründet worden, dass …", "ist aufgefordert, …").
    // "Die taz vermutet, dass …": a form that is finite and participle alike is finite with no auxiliary before it.
    const finite = (f & (SPEECH_VERB | CONTENT_VERB)) !== 0 && !((f & PARTICIPLE) !== 0 && auxBefore);
    const perfect = (f & PARTICIPLE) !== 0 && perfectBefore && !tokenIs(frame[i + 1], PASSIVE_AUX, lex);
    if ((finite || perfect) && !lex.determiners.has(frame[i - 1]?.lower ?? '') && hasContentAfter(frame, i + 1, lex)) return true;
    if (HAVE_DE.has(t.lower)) perfectBefore = true;
    if ((f & (AUXILIARY | PASSIVE_AUX)) !== 0) auxBefore = true;
  }
  return hasSubjunctive(frame, lex, true);
}

/**
 * "laut Polizei", "laut einem Bericht", "laut „tagesschau.de“", "dem Korrespondenten zufolge",
 * "der Website x.com zufolge": a source named by the preposition of reported speech, even when
 * the phrase after it is one the rules cannot read as a source. "laut" is the adjective ("wurden
 * laut", "laut gesungen") unless a name, an article or a quotation mark follows it.
 */
function accordingByForm(frame: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = frame[i]!;
  if (t.lower === 'zufolge') return i > 0 && !!frame[i - 1]?.word;
  if (!lex.accordingPrepositions.has(t.lower)) return false;
  const next = frame[i + 1];
  if (!next) return false;
  return next.word ? next.cap || lex.determiners.has(next.lower) || lex.possessives.has(next.lower) : QUOTE_MARKS.has(next.text);
}

/** Nouns of plans, requests and reasons that take what was said as their content, besides `lex.speechActNouns`. */
const CONTENT_NOUNS_DE: ReadonlySet<string> = new Set(['plan', 'pläne', 'plänen', 'plans', 'beschluss', 'anfrage', 'anfragen', 'begründung', 'hinweis', 'hinweise', 'hinweisen',
  'vorschläge', 'vorschlägen', 'ankündigungen', 'absicht', 'hoffnung', 'befürchtung', 'befürchtungen', 'vorwurfs', 'vorwürfen', 'behauptungen', 'forderungen', 'angebots', 'vorschlags']);
const NOUN_CONTENT_REACH = 8;

/**
 * "die Pläne, den Bären zu betäuben", "mit der Begründung, dass …", "die Aufforderung der Polizei,
 * sich zu stellen": a noun of a speech act or plan, then (after its genitive) a comma and what was
 * said: an infinitive clause, a "dass" clause or one in the Konjunktiv. Someone's demand, plan or
 * reason is reported, not the article's statement, whoever made it.
 */
function speechActWithContent(frame: readonly Token[], i: number, lex: Lexicon): boolean {
  const l = frame[i]!.lower;
  if (!(lex.speechActNouns?.has(l) || CONTENT_NOUNS_DE.has(l))) return false;
  for (let k = i + 1; k < Math.min(frame.length, i + NOUN_CONTENT_REACH); k++) {
    const w = frame[k]!;
    if (w.word) continue;
    if (w.text !== ',') return false;
    const next = frame[k + 1];
    return !!next?.word && (next.lower === 'dass' || infinitiveClauseAt(frame, k + 1, lex) || subjunctiveClause(frame, k + 1, lex));
  }
  return false;
}

const SEPARABLE_REACH = 12;

/** A separable finite verb at `i` of the content lexicon whose particle follows within its clause, then a content clause. */
function separableWithContent(frame: readonly Token[], i: number, lex: Lexicon): boolean {
  const particle = lex.separableVerbs.get(frame[i]!.lower);
  if (!particle) return false;
  for (let k = i + 1; k < Math.min(frame.length, i + SEPARABLE_REACH); k++) {
    const w = frame[k]!;
    if (!w.word) return false;
    if (isParticle(w.lower, particle)) {
      const joined = w.lower + frame[i]!.lower;
      return (lex.contentVerbs.has(joined) || lex.speechVerbs.has(joined)) && frame[k + 1]?.text === ',' && hasContentAfter(frame, k + 1, lex);
    }
  }
  return false;
}

const CONTENT_CLAUSE_MAX = 40;
/** "Niemand erwartet, dass …", "Man geht davon aus, dass …": nobody in particular speaks. */
const NOBODY_DE: ReadonlySet<string> = new Set(['niemand', 'keiner', 'keine', 'man', 'jemand', 'alle', 'viele']);

/** How many prepositional phrases may stand after the subject of a content clause before its verb. */
const SUBJECT_ATTRIBUTES = 2;

/**
 * "die Politik in der Stadt sei …", "der Umsatz im Ausland mit Autos habe …": where the finite verb
 * of a content clause stands after its subject's prepositional attributes (each a preposition in
 * lower case and its noun phrase), or `end` when none follows.
 */
function pastSubjectAttributes(frame: readonly Token[], end: number, lex: Lexicon): number {
  let v = end;
  for (let n = 0; n < SUBJECT_ATTRIBUTES; n++) {
    const p = frame[v];
    if (!p?.word || p.cap || (tokenInfo(p, lex) & PREPOSITION) === 0) break;
    const object = readPhrase(frame, v + 1, lex, false);
    if (!object) break;
    v = object.end;
  }
  return v;
}

/**
 * The Konjunktiv I or II of any verb by its form, where the finite verb of a content clause stands
 * (right after its subject): "…, die Partei stagniere …", "…, die Welt befände sich …". A third
 * person singular in -e there is no indicative (that ends in -t); a form in -te is the preterite.
 */
export function subjunctiveAfterSubject(frame: readonly Token[], k: number, lex: Lexicon): boolean {
  const first = frame[k];
  if (!first?.word || lex.personPronouns.has(first.lower) && first.lower !== 'er' && first.lower !== 'sie' && first.lower !== 'es') return false;
  const np = readPhrase(frame, k, lex, false);
  if (!np || np.mention.plural) return false;
  const v = frame[pastSubjectAttributes(frame, np.end, lex)];
  if (!v?.word || v.cap || v.hasDigit) return false;
  if ((tokenInfo(v, lex) & SUBJUNCTIVE) !== 0) return !lex.conditionals.has(v.lower);
  if (v.lower.length < 4 || !v.lower.endsWith('e') || v.lower.endsWith('te')) return false;
  return (tokenInfo(v, lex) & (DETERMINER | PREPOSITION | FUNCTION | CLOSED | CALENDAR | DATE)) === 0 && !lex.verbAdverbs.has(v.lower);
}

/** Whether the clause from `k` to the next clause mark has a verb of reported speech in the Konjunktiv I. */
function subjunctiveClause(frame: readonly Token[], k: number, lex: Lexicon): boolean {
  for (let i = k; i < Math.min(frame.length, k + CONTENT_CLAUSE_MAX); i++) {
    const t = frame[i]!;
    if (!t.word) {
      if (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '.') return false;
      continue;
    }
    if (i === k && subjunctiveAfterSubject(frame, k, lex)) return true;
    if (i === k && (lex.subordinators.has(t.lower) || lex.relativePronouns.has(t.lower))) return false;
    if ((tokenInfo(t, lex) & SUBJUNCTIVE) !== 0 && !lex.conditionals.has(t.lower)) return true;
  }
  return false;
}

/**
 * German: the subject of the main clause that a content clause depends on, found by clause
 * structure whatever its verb ("Die Gewerkschaft geht davon aus, dass …", "Offiziell geht die
 * Regierung davon aus, dass …", "Die Firma legte Wert darauf, dass …", "Der Minister sieht darin
 * einen Fehler, die Lage sei ernst"). The content clause is a "dass" clause or one in the
 * Konjunktiv I right after the main clause; the main clause opens the sentence (no subordinate
 * or relative clause), and its subject is either before the finite verb or right after it when
 * an adverbial or an object stands first. A dative or accusative phrase is never the subject.
 */
export function contentClauseSubject(frame: readonly Token[], lex: Lexicon): Mention | null {
  if (lex.language !== 'de') return null;
  const clauses = clausesOf(frame);
  const main = clauses[0];
  // "Der Verband nahm Stellung: Die Vorwürfe seien haltlos.": after a colon only a clause in the Konjunktiv.
  const colon = frame[main?.end ?? -1]?.text === ':';
  if (!main || (frame[main.end]?.text !== ',' && !colon)) return null;
  const after = main.end + 1;
  const opener = frame[after];
  if (!opener?.word) return null;
  const dass = !colon && (opener.lower === 'dass' || opener.lower === 'wonach');
  if (!dass && !(lex.personPronouns.has(opener.lower) || opener.cap || lex.determiners.has(opener.lower)) ) return null;
  if (!dass && !subjunctiveClause(frame, after, lex)) return null;
  // The main clause must not itself be subordinate ("Da die Firma es für sinnvoll hielt, …").
  const first = frame[main.start];
  if (!first?.word || lex.subordinators.has(first.lower) || lex.complementizers.has(first.lower) || lex.relativePronouns.has(first.lower) && !first.cap) return null;
  // A Konjunktiv in the main clause itself reports someone else ("Es sei klar, dass …").
  let cue = false;
  let stanceNoun = false;
  for (let k = main.start; k < main.end; k++) {
    const t = frame[k]!;
    if (!t.word) continue;
    // "konnte nicht glaubhaft machen, dass …": what the subject did not say is nobody's claim.
    if ((tokenInfo(t, lex) & SUBJUNCTIVE) !== 0 || lex.negations?.has(t.lower)) return null;
    cue ||= !t.cap ? tokenIs(t, SPEECH_VERB, lex) || tokenIs(t, CONTENT_VERB, lex) || tokenIs(t, PARTICIPLE, lex) || lex.separableVerbs.has(t.lower) || lex.stancePredicates.has(t.lower)
      : (stanceNoun ||= !!lex.stanceNouns?.has(t.lower));
  }
  // "dass" follows many verbs ("führte dazu, dass", "ergibt sich daraus, dass"): only one of saying,
  // thinking or stance opens what was said; the Konjunktiv I marks it whatever the verb.
  if (dass && !cue) return null;
  // A share of those asked: "80 Prozent befürworteten, dass …", "37 Prozent sind der Auffassung, dass …".
  const share = shareAt(frame, main.start, main.end, lex);
  if (share && finiteLike(frame[share.end], lex) && (!lex.stativeAuxiliaries.has(frame[share.end]!.lower) || stanceNoun)) return share.mention;
  // Subject first: "Die Gewerkschaft ver.di geht davon aus, …".
  const np = partitiveAt(frame, main.start, lex) ?? readPhrase(frame, main.start, lex);
  if (np && np.end < main.end && !np.mention.oblique) {
    const verb = frame[skipParenthesis(frame, np.end)];
    // "Gysi hatte … die These vertreten, …": a perfect's auxiliary is the finite verb too.
    // A verb that is also a particle verb's stem ("machte … zur Bedingung", "legte … Wert darauf") is finite too;
    // "ist"/"sind" only with a noun of stance ("ist der Ansicht, dass …").
    const finite = finiteLike(verb, lex) && (!lex.stativeAuxiliaries.has(verb!.lower) || stanceNoun);
    if (finite && !lex.anaphoricObjects.has(first.lower) && !(np.mention.pronoun === false && subjectPronounAfter(frame, skipParenthesis(frame, np.end), lex))) return speakerOf(np.mention, lex);
  }
  // Something else first: the subject follows the finite verb ("Offiziell geht die Regierung …").
  for (let v = main.start + 1; v < Math.min(main.end, main.start + 20); v++) {
    const t = frame[v]!;
    if (!t.word || t.cap) continue;
    if (!(isVerbLike(t, lex) || tokenIs(t, AUXILIARY, lex))) continue;
    if (!vorfeldIsNotSubject(frame, main.start, v, lex)) return null;
    const subj = subjectAfter(frame, v + 1, main.end, lex);
    return subj ? speakerOf(subj.mention, lex) : null;
  }
  return null;
}

/**
 * German, the last reading of a sentence that reports speech by its form (reportedByForm: a
 * content clause after a verb of stance, the Konjunktiv, a speech act noun) when no reader before
 * named its speaker: the subject of the first clause, found by clause structure whatever its verb
 * ("Im ersten Satz beruft sich die Bank darauf, dass …", "Von den Einrichtungen erklärten nur die
 * Gefängnisse, …", "Da die Ärzte es für sinnvoll hielten, …"). The subject stands before the finite
 * verb, or right after it when an adverbial or an object stands first; in a subordinate clause
 * opening the sentence, right after its conjunction. Only a person, a role or a body speaks.
 */
export function reportingClauseSubject(frame: readonly Token[], lex: Lexicon): Mention | null {
  if (lex.language !== 'de') return null;
  const main = pastQuotation(frame, clausesOf(frame)[0]);
  const first = main ? frame[main.start] : undefined;
  if (!main || !first?.word || lex.complementizers.has(first.lower) || lex.anaphoricObjects.has(first.lower) || lex.relativePronouns.has(first.lower) && !first.cap) return null;
  // What was said follows the clause: a "dass" clause, an infinitive clause or one in the Konjunktiv.
  if (frame[main.end]?.text !== ',') return null;
  const after = main.end + 1;
  if (!(frame[after]?.lower === 'dass' || infinitiveClauseAt(frame, after, lex) || subjunctiveClause(frame, after, lex) || reasonInKonjunktiv(frame, after, lex))) return null;
  // Not what others say of the subject ("soll … geplant haben", "angeblich"): the voice before goes on.
  // What the subject did not say ("Die Stadt bestätigte nicht, …") is nobody's named claim, but the
  // subject still breaks the run: no speaker is carried into it. A negative article or "nichts"
  // negates the object, not the saying ("Maier sieht darin keinen Angriff, es stehe …").
  let denied = false;
  for (let k = main.start; k < main.end; k++) {
    const t = frame[k]!;
    if (!t.word || t.cap) continue;
    if ((tokenInfo(t, lex) & SUBJUNCTIVE) !== 0 || HEARSAY_ADVERBS_DE.has(t.lower) || HEARSAY_MODALS_DE.has(t.lower)) return null;
    if (VERB_NEGATIONS_DE.has(t.lower)) denied = true;
  }
  const subject = clauseSubject(frame, main, lex);
  return subject && denied ? nobodyAt(subject.pos) : subject;
}

/**
 * A clause that goes on past a short quotation inside it ("sieht Maier einen „Angriff auf die
 * Mieter“, es stehe …": the frame keeps the marks, which split clauses): the clause up to the next
 * mark that is no quotation mark.
 */
function pastQuotation(frame: readonly Token[], c: Clause | undefined): Clause | undefined {
  if (!c || !QUOTE_MARKS.has(frame[c.end]?.text ?? '')) return c;
  let end = c.end;
  while (end < frame.length && (frame[end]!.word || QUOTE_MARKS.has(frame[end]!.text) || !isBoundary(frame[end]!))) end++;
  return { start: c.start, end };
}

/** An adjective's ending, a capitalised noun after it and a preposition, an article or another such word before it: no finite verb. */
function adjectiveBeforeNoun(frame: readonly Token[], v: number, lex: Lexicon): boolean {
  const next = frame[v + 1];
  const before = frame[v - 1];
  if (!next?.word || !next.cap || !before?.word || !adjectiveEnding(frame[v]!.lower)) return false;
  return lex.prepositions.has(before.lower) || lex.determiners.has(before.lower) || (!before.cap && adjectiveEnding(before.lower) && !lex.functionWords.has(before.lower));
}

/**
 * "Die Erkenntnisse der Ermittler deuten darauf hin, dass …", "Die Messungen der Forscher legen
 * nahe, dass …": a finding (a source noun, plurals in "-nisse" too) as the subject with its owner
 * in the genitive after it: the owner speaks, a person, a body or a noun of agent ("Ermittler").
 * The phrase runs from `from` to `end`. Null when the head is no source noun or no owner speaks.
 */
function findingOwner(frame: readonly Token[], from: number, end: number, lex: Lexicon): Mention | null {
  for (let k = from + 1; k < end - 1; k++) {
    const link = frame[k]!;
    if (!GENITIVE_HEAD_LINKS_DE.has(link.lower) || link.cap) continue;
    const head = frame[k - 1]!;
    if (!head.word || !head.cap || !isSourceNoun(head.lower, lex)) return null;
    const owner = readPhrase(frame, link.lower === 'von' ? k + 1 : k, lex, false);
    if (!owner || owner.end > end || owner.mention.pronoun) return null;
    const m = { ...owner.mention, oblique: false };
    return speakerOf(m, lex) ?? (plausibleSpeaker(m, lex) && agentNoun(m) ? m : null);
  }
  return null;
}

/** "nicht", "nie", "niemals": negations of the verb (lex.negations also lists "kein", "nichts"). */
const VERB_NEGATIONS_DE: ReadonlySet<string> = new Set(['nicht', 'nie', 'niemals']);

/** A speaker that names nobody: the sentence is reported, by no one the article names. */
function nobodyAt(pos: number): Mention {
  return { name: [], role: [], phrase: '', pronoun: false, definite: false, gender: null, pos, antecedent: null, document: false };
}

/**
 * The subject of the main clause `main` that is followed by what was said (reportingClauseSubject),
 * read by the clause's structure: before the finite verb, after the conjunction of a subordinate
 * clause, or right after the finite verb (a verb of saying, content or stance too, which are
 * closed-class words) when an adverbial or an object fills the first place however long it is.
 */
function clauseSubject(frame: readonly Token[], main: Clause, lex: Lexicon): Mention | null {
  const first = frame[main.start]!;
  // "Da die Flugbegleiter es für sinnvoll hielten, …": the subordinate clause's subject right after its conjunction.
  // ("Als Ergebnis der Studie darf … werden, dass …": "als" may open a phrase, not a clause.)
  const subordinate = lex.subordinators.has(first.lower) && !lex.reportingConjunctions.has(first.lower);
  if (subordinate && AS_DE.has(first.lower)) return null;
  const start = subordinate ? main.start + 1 : main.start;
  const np = partitiveAt(frame, start, lex) ?? shareAt(frame, start, main.end, lex) ?? readPhrase(frame, start, lex);
  if (np && np.end < main.end && !np.mention.oblique && !np.mention.pronoun) {
    const verb = frame[skipParenthesis(frame, np.end)];
    const pronounAfter = !subordinate && subjectPronounAfter(frame, skipParenthesis(frame, np.end), lex);
    // "Die Kosten schätzt das Amt auf …, der Bau werde …": a plural before a singular finite verb is
    // its object (an object in the Vorfeld); the subject follows the verb, and only a singular one fits.
    if (!subordinate && np.end === skipParenthesis(frame, np.end) && pluralByForm(frame, start, np.mention) && singularFinite(verb, lex)) {
      const after = subjectAfter(frame, np.end + 1, main.end, lex);
      return after && !after.mention.plural && !after.mention.pronoun ? speakerOf(after.mention, lex) : null;
    }
    if (!pronounAfter && (subordinate ? !!verb?.word && !verb.cap : finiteLike(verb, lex)) && (!lex.stativeAuxiliaries.has(verb!.lower) || perfectWithSein(frame, main.end))) return speakerOf(np.mention, lex) ?? findingOwner(frame, start, np.end, lex);
  }
  if (subordinate) return null;
  // Something else first: the subject follows the finite verb ("Im ersten Satz beruft sich die Bank …").
  let from = main.start + 1;
  if (lex.prepositions.has(first.lower)) from = Math.max(from, readPhrase(frame, main.start + 1, lex)?.end ?? from);
  for (let v = from; v < Math.min(main.end, main.start + 20); v++) {
    const t = frame[v]!;
    if (!t.word || t.cap) continue;
    if (!(isVerbLike(t, lex) || tokenIs(t, AUXILIARY, lex) || speechVerbLike(t, lex))) continue;
    // "Zum ideologischen Hintergrund …", "vor dem Europäischen …": an adjective inside the Vorfeld's phrase.
    if (adjectiveBeforeNoun(frame, v, lex)) continue;
    if (!vorfeldIsNotSubject(frame, main.start, v, lex)) return null;
    let k = v + 1;
    while (frame[k]?.word && BEFORE_SUBJECT_DE.has(frame[k]!.lower)) k++;
    const subj = subjectAfter(frame, k, main.end, lex);
    return subj && !subj.mention.pronoun ? speakerOf(subj.mention, lex) : null;
  }
  return null;
}

/**
 * "…, weil die Stadt einen Sonderstatus habe": an adverbial clause in the Konjunktiv I after the
 * main clause gives the reason as its subject put it. Not "als"/"wie" (a comparison or a phrase)
 * nor "um" (an infinitive, read apart); subjunctiveClause passes over the conditional.
 */
function reasonInKonjunktiv(frame: readonly Token[], k: number, lex: Lexicon): boolean {
  const c = frame[k];
  if (!c?.word || !lex.subordinators.has(c.lower) || NOT_REASON_DE.has(c.lower)) return false;
  for (let i = k + 1; i < Math.min(frame.length, k + CONTENT_CLAUSE_MAX); i++) {
    const t = frame[i]!;
    if (!t.word) {
      if (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '.') return false;
      continue;
    }
    if (!t.cap && (tokenInfo(t, lex) & SUBJUNCTIVE) !== 0 && !lex.conditionals.has(t.lower)) return true;
  }
  return false;
}

const NOT_REASON_DE: ReadonlySet<string> = new Set(['als', 'wie', 'um', 'wenn', 'falls']);

/**
 * "Die Soldaten waren davon ausgegangen, …", "Sie ist dazu übergegangen, …": "sein" as the
 * auxiliary of a perfect, its participle closing the clause that ends at `end`, is a finite verb
 * of the subject (not the copula of a state: "Die Stadt ist aufgefordert, …" has no participle in ge-).
 */
function perfectWithSein(frame: readonly Token[], end: number): boolean {
  const last = frame[end - 1];
  return !!last?.word && !last.cap && PERFECT_PARTICIPLE_DE.test(last.lower);
}

/** A participle of motion or change in ge-…-en after an optional particle: "gegangen", "ausgegangen", "übergegangen", "gekommen". */
const PERFECT_PARTICIPLE_DE = /^\p{Ll}{0,6}ge\p{Ll}{2,}en$/u;

const BEFORE_SUBJECT_DE: ReadonlySet<string> = new Set(['sich', 'nur', 'allein']);
const AS_DE: ReadonlySet<string> = new Set(['als']);

const SPEECH_ACT_GENITIVES_DE: ReadonlySet<string> = new Set(['des', 'der', 'eines', 'einer', 'ihres', 'seines', 'ihrer', 'seiner']);

/**
 * German: a speech act named by its noun, with its author in the genitive and what was said
 * after it ("auf die Forderung des CSU-Vorsitzenden Edmund Stoiber, auf die SPD zuzugehen",
 * "trotz einer Warnung der Wärter, auf Flüchtende zu schießen", "Dem Appell der Polizei, sich
 * zu stellen, folgte er nicht"). The author speaks; the content is an infinitive clause, a
 * "dass" clause or a clause in the Konjunktiv right after the genitive (or after a name in
 * apposition to it: "der Ankündigung ihres Trainers, Greg Poss, …"). The nouns are
 * `lex.speechActNouns`; a sentence without one costs a set lookup per word.
 */
export function speechActAuthor(frame: readonly Token[], lex: Lexicon): Mention | null {
  const nouns = lex.speechActNouns;
  if (lex.language !== 'de' || !nouns) return null;
  for (let i = 0; i < frame.length - 2; i++) {
    const t = frame[i]!;
    if (!t.word || !t.cap || !nouns.has(t.lower)) continue;
    // "Die Ankündigung erfolgte durch X", "Kritik kommt vom Verband X", "Von der Polizei kam die Information, …".
    const came = cameFrom(frame, i, lex);
    if (came) return came;
    if (!SPEECH_ACT_GENITIVES_DE.has(frame[i + 1]!.lower)) continue;
    const np = readPhrase(frame, i + 1, lex, false);
    if (!np) continue;
    let m: Mention = { ...np.mention, oblique: false };
    let end = skipParenthesis(frame, np.end);
    if (frame[end]?.text !== ',') continue;
    // "ihres Trainers, Greg Poss, …": the name in apposition is the author.
    const named = readPhrase(frame, end + 1, lex, false);
    if (named && named.mention.name.length && !m.name.length && frame[named.end]?.text === ',') {
      m = { ...named.mention, oblique: false, role: m.role.length ? m.role : named.mention.role };
      end = named.end;
    }
    const next = frame[end + 1];
    if (!next?.word) continue;
    if (!(next.lower === 'dass' || infinitiveClauseAt(frame, end + 1, lex) || subjunctiveClause(frame, end + 1, lex))) continue;
    const who = speakerOf(m, lex);
    if (who) return who;
  }
  return null;
}

const CAME_VERBS_DE: ReadonlySet<string> = new Set(['kam', 'kamen', 'kommt', 'kommen', 'erfolgte', 'erfolgt', 'erfolgten']);
const CAME_PREPOSITIONS_DE: ReadonlySet<string> = new Set(['von', 'vom', 'aus', 'durch', 'seitens']);

/** The source of a speech act noun at `i` by "kam von X" / "erfolgte durch X" after it, or "Von X kam die …" before it. */
function cameFrom(frame: readonly Token[], i: number, lex: Lexicon): Mention | null {
  const verb = frame[i + 1];
  if (verb?.word && CAME_VERBS_DE.has(verb.lower)) {
    let k = i + 2;
    while (frame[k]?.word && !frame[k]!.cap && lex.verbAdverbs.has(frame[k]!.lower)) k++;
    if (CAME_PREPOSITIONS_DE.has(frame[k]?.lower ?? '')) {
      const np = readPhrase(frame, k + 1, lex, false);
      if (np) return speakerOf({ ...np.mention, oblique: false }, lex);
    }
    return null;
  }
  // "Von der italienischen Polizei kam die Information, …": the source opens the sentence.
  const det = frame[i - 1];
  const came = frame[i - 2];
  if (i >= 4 && det && lex.determiners.has(det.lower) && came?.word && CAME_VERBS_DE.has(came.lower) && CAME_PREPOSITIONS_DE.has(frame[0]!.lower)) {
    const np = readPhrase(frame, 1, lex, false);
    if (np && np.end === i - 2) return speakerOf({ ...np.mention, oblique: false }, lex);
  }
  return null;
}

/** A mention that can speak: a pronoun, a named or described person, or a body. */
function speakerOf(m: Mention, lex: Lexicon): Mention | null {
  if (!plausibleSpeaker(m, lex) || NOBODY_DE.has(m.phrase.toLowerCase())) return null;
  if (m.pronoun) return lex.personPronouns.has(m.phrase.toLowerCase()) ? m : null;
  if (m.name.length || m.role.length) return m;
  // "Der Bericht kommt zu dem Schluss, dass …", "Die Studie kam zu dem Ergebnis, …": a document reports.
  if (m.document && m.definite) return m;
  const last = (m.phrase.split(' ').pop() ?? '').toLowerCase();
  // "der „Oberste Rat zur Wiederherstellung der Demokratie“": the head may stand before a link (read last: most phrases have none).
  return last && (isInstitutionWord(last, lex) || lex.circleSuffixes.some((x) => last.endsWith(x)) || personNoun(m, lex) ||
    (m.phrase.includes(' ') && isInstitutionWord(phraseHead(m.phrase, lex), lex))) ? m : null;
}

/**
 * "80 Prozent", "47 Prozent der Befragten": a number and a noun of a share (`lex.shareNouns`),
 * with a genitive of people after it, as the subject of a poll's finding (German).
 */
function shareAt(frame: readonly Token[], i: number, end: number, lex: Lexicon): PhraseResult | null {
  const n = frame[i];
  const noun = frame[i + 1];
  if (!n?.word || !n.hasDigit || !/^\d/u.test(n.text) || !noun?.word || !lex.shareNouns?.has(noun.lower)) return null;
  let to = i + 2;
  if ((frame[to]?.lower === 'der' || frame[to]?.lower === 'aller') && frame[to + 1]?.cap && to + 1 < end) to += 2;
  const phrase = frame.slice(i, to).map((t) => t.text).join(' ');
  return { mention: { name: [], role: [], phrase, pronoun: false, definite: false, gender: null, pos: n.start, antecedent: null, document: false, plural: true }, end: to };
}

/**
 * "Die Gutachter", "Medienvertreter der Opposition", "Die Herausgeber der Studie": a capitalised
 * noun that names people by what they do, before any genitive tail (`lex.personNounSuffixes`).
 */
function personNoun(m: Mention, lex: Lexicon): boolean {
  const suffixes = lex.personNounSuffixes;
  if (!suffixes) return false;
  let words = m.phrase.split(' ');
  const link = words.findIndex((w, n) => n > 0 && GENITIVE_HEAD_LINKS_DE.has(w.toLowerCase()));
  if (link > 0) words = words.slice(0, link);
  const head = words[words.length - 1] ?? '';
  if (!/^\p{Lu}\p{Ll}/u.test(head)) return false;
  const lower = head.toLowerCase();
  // (A suffix of six letters or more is a stem of its own: "Experten" as well as "Wirtschaftsexperten".)
  return suffixes.some((x) => (lower.length > x.length + 2 || x.length >= 6) && lower.endsWith(x));
}

export function hasSubjunctive(frame: readonly Token[], lex: Lexicon, reportOnly = false): boolean {
  if (lex.subjunctives.size === 0) return false;
  for (let i = 0; i < frame.length; i++) {
    const t = frame[i];
    if (!t || !t.word || (tokenInfo(t, lex) & SUBJUNCTIVE) === 0) continue;
    // Konjunktiv II ("hätte", "könnten") is also the conditional: alone it reports nobody.
    if (reportOnly && lex.conditionals.has(t.lower)) continue;
    const prev = frame[i - 1]?.lower ?? '';
    if (prev === 'ich' || prev === 'wir' || prev === 'du' || prev === 'wenn' || prev === 'ob') continue;
    // "an erster Stelle", "im Laufe": a noun; "halte ich", "führe ich": the first person.
    if ((t.cap && i > 0) || frame[i + 1]?.lower === 'ich') continue;
    return true;
  }
  return false;
}

/**
 * German: the agent of a passive of saying is its speaker ("Dies wurde von einem Sprecher der
 * Firma bestätigt", "Von der Polizei wurde mitgeteilt, dass …", "Das wurde vom Presseamt bekannt
 * gegeben", "wird vom Verband als „…“ bezeichnet"). In one clause: a passive auxiliary, the agent
 * after a preposition of `lex.agentPrepositions`, then the participle of a verb of saying (with its
 * message where the verb needs one) or of stance with its content ("wird angenommen, dass …").
 * An attributive participle ("die von X erstellten Zahlen") is inflected and never matches; a
 * passive of an act ("wurde von der SPD abgelehnt.") has no message and reports nobody.
 */
export function passiveAgent(frame: readonly Token[], lex: Lexicon): Mention | null {
  const agents = lex.agentPrepositions;
  if (!agents) return null;
  for (const c of passiveClausesOf(frame)) {
    let aux = false;
    let agent: Mention | null = null;
    let agentEnd = c.start;
    for (let k = c.start; k < c.end; k++) {
      const t = frame[k]!;
      if (!t.word || t.quoted) continue;
      if (tokenIs(t, PASSIVE_AUX, lex)) {
        aux = true;
        continue;
      }
      // "der Ausbruch von Cholera": after a noun "von" makes its genitive, no agent.
      if (!agent && agents.has(t.lower) && !(k > c.start && frame[k - 1]!.word && frame[k - 1]!.cap)) {
        const np = readPhrase(frame, k + 1, lex, false);
        if (np && np.end <= c.end) {
          agent = speakerOf({ ...np.mention, oblique: false }, lex);
          if (agent) k = np.end - 1;
          agentEnd = np.end;
        }
        continue;
      }
      if (!agent || t.cap) continue;
      // "bekannt gegeben", "deutlich gemacht": a participle written apart from its particle.
      const prev = frame[k - 1];
      const form = prev?.word && !prev.cap && lex.participles.has(prev.lower + t.lower) ? prev.lower + t.lower : t.lower;
      if (!lex.participles.has(form) && !lex.characterisingParticiples?.has(form)) continue;
      // What was said follows (or is quoted before it): "wurde von Anwohnern gemeldet." reports an act.
      const said = lex.speechVerbs.has(form) ? contentFollows(frame, k + 1, lex) || quoteBefore(frame, c.start, k) :
        contentFollows(frame, k + 1, lex) || (!!lex.characterisingParticiples?.has(form) && asBefore(frame, agentEnd, k));
      // The auxiliary stands before the participle in a main clause and after it in a subordinate one.
      if (said && (aux || tokenIs(frame[k + 1], PASSIVE_AUX, lex))) return agent;
    }
  }
  return null;
}

/**
 * The clauses of `frame` for passiveAgent: as clausesOf, but a quotation inside a clause does not
 * end it ("wird von X als „…“ bezeichnet": the quoted words are dropped from the frame, their
 * marks stay). Returns fresh spans (passiveAgent alone reads them).
 */
function passiveClausesOf(frame: readonly Token[]): readonly Clause[] {
  const clauses = clausesOf(frame);
  if (clauses.length < 2) return clauses;
  const out: Clause[] = [];
  for (const c of clauses) {
    const last = out[out.length - 1];
    if (last && onlyQuoteMarks(frame, last.end, c.start)) out[out.length - 1] = { start: last.start, end: c.end };
    else out.push(c);
  }
  return out;
}

function onlyQuoteMarks(frame: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!QUOTE_MARKS.has(frame[i]!.text)) return false;
  return true;
}

/** "als" between the agent (ending at `from`) and the participle at `k`: "von X als „…“ bezeichnet", "von X als Erfolg gewertet". */
function asBefore(frame: readonly Token[], from: number, k: number): boolean {
  for (let i = from; i < k; i++) if (frame[i]!.word && frame[i]!.lower === 'als') return true;
  return false;
}

/** A quotation between `from` and the verb at `k` ("als „…“ bezeichnet"). */
function quoteBefore(frame: readonly Token[], from: number, k: number): boolean {
  for (let i = from; i < k; i++) if (frame[i]!.quoted || QUOTE_MARKS.has(frame[i]!.text)) return true;
  return false;
}

/** Finite active forms of "zitieren": the one quoted is the object, not the subject. */
const QUOTING_VERBS_DE: ReadonlySet<string> = new Set(['zitiert', 'zitierte', 'zitierten', 'zitieren']);
/** Articles and possessives that mark a masculine accusative ("den Minister", "einen Sprecher"). */
const ACCUSATIVE_DE: ReadonlySet<string> = new Set(['den', 'einen', 'seinen', 'ihren', 'unseren']);
/** How far after "zitiert" its subject and object are looked for (bounded: linear in the sentence). */
const QUOTED_OBJECT_REACH = 14;

/**
 * German: "Die Zeitung zitiert den Trainer Karl Wenz mit den Worten: „…“", "„…“, zitiert die
 * „Rheinpost“ den Minister Paul Roth", "„…“, zitierte man den Bürgermeister": with an active
 * verb of quoting the speaker of the quotation is its accusative object, never its subject (the
 * outlet that quotes). The object is the noun phrase after the verb marked accusative ("den",
 * "einen"), else the first after it when the subject stands before the verb, else the second.
 * A passive ("wird … zitiert") is read elsewhere (quotingPassives). Returns the object, or null.
 */
export function quotingObject(frame: readonly Token[], lex: Lexicon): Mention | null {
  if (lex.language !== 'de') return null;
  let v = -1;
  for (let k = 0; k < frame.length; k++) {
    const t = frame[k]!;
    if (t.word && !t.cap && t.lower.charCodeAt(0) === 122 && QUOTING_VERBS_DE.has(t.lower)) {
      v = k;
      break;
    }
  }
  if (v < 0) return null;
  // The clause of the verb: from after the last comma or colon before it.
  let s0 = v;
  while (s0 > 0 && frame[s0 - 1]!.text !== ',' && frame[s0 - 1]!.text !== ':' && frame[s0 - 1]!.text !== ';') s0--;
  for (let k = s0; k < Math.min(frame.length, v + QUOTED_OBJECT_REACH); k++) {
    const t = frame[k]!;
    if (k > v && (t.text === ',' || t.text === '.' || t.text === ':')) break;
    if (t.word && tokenIs(t, PASSIVE_AUX, lex)) return null;
  }
  const before = s0 < v ? readPhrase(frame, s0, lex) : null;
  const subjectBefore = !!before && before.end === v;
  const found: PhraseResult[] = [];
  let marked: PhraseResult | null = null;
  let subjectAfter = false;
  for (let j = v + 1; j < Math.min(frame.length, v + QUOTED_OBJECT_REACH) && found.length < 2;) {
    const t = frame[j]!;
    if (!t.word || lex.prepositions.has(t.lower)) break;
    if (t.lower === 'man') {
      subjectAfter = true;
      j++;
      continue;
    }
    const np = readPhrase(frame, j, lex);
    if (!np || np.end <= j) {
      j++;
      continue;
    }
    if (ACCUSATIVE_DE.has(t.lower)) marked = np;
    found.push(np);
    j = np.end;
  }
  const object = marked ?? (subjectBefore || subjectAfter ? found[0] : found[1]);
  // A name or a role; marked accusative, any noun ("zitiert den Prediger").
  if (!object || object.mention.pronoun || !(object.mention.name.length || object.mention.role.length || (object === marked && HAS_CAPITAL.test(object.mention.phrase)))) return null;
  return { ...object.mention, oblique: false };
}

/** Copulas and verbs of standing after "Für X" that give X's view ("Für X ist …", "Für X steht fest, …"). */
const VIEWPOINT_VERBS_DE: ReadonlySet<string> = new Set(['ist', 'sind', 'war', 'waren', 'steht', 'stand', 'bleibt', 'blieb']);
/** How far after the verb the message of a viewpoint is looked for (bounded: linear in the sentence). */
const VIEWPOINT_REACH = 20;

/**
 * German: "Für den Minister Paul Roth ist die Lage „ernst“", "Für die Stadtwerke steht fest, dass
 * …": a viewpoint opened by "Für" with a named person, a role or a body, then a copula, and a
 * message within reach (a quotation, or a clause with "dass"/"ob"). The one the view is "for"
 * holds it. "Für die Kinder ist es wichtig, dass …" (no name, role or body) and "Für den Bau ist
 * Geld da" (no message) stay statements.
 */
export function viewpointHolder(frame: readonly Token[], lex: Lexicon): Mention | null {
  if (lex.language !== 'de') return null;
  const at = datelineEnd(frame);
  if (frame[at]?.lower !== 'für') return null;
  const np = readPhrase(frame, at + 1, lex);
  if (!np || np.mention.pronoun) return null;
  const m = np.mention;
  const head = (m.phrase.split(' ').pop() ?? '').toLowerCase();
  if (!(m.name.length || m.role.length || isInstitutionWord(head, lex))) return null;
  const verb = frame[np.end];
  if (!verb?.word || verb.cap || !VIEWPOINT_VERBS_DE.has(verb.lower)) return null;
  for (let k = np.end + 1; k < Math.min(frame.length, np.end + 1 + VIEWPOINT_REACH); k++) {
    const t = frame[k]!;
    if (QUOTE_MARKS.has(t.text) || t.fromQuote) return speakerOf({ ...m, oblique: false }, lex);
    if (t.text === ',' && (frame[k + 1]?.lower === 'dass' || frame[k + 1]?.lower === 'ob')) return speakerOf({ ...m, oblique: false }, lex);
    if (t.text === '.' || t.text === ';') break;
  }
  return null;
}

/** How far before "wonach" its document or account is looked for (bounded: linear in the sentence). */
const WONACH_REACH = 24;

/**
 * German: ", wonach …" gives what a document or an account says, whoever handles it in the main
 * clause: "Das Amt hat Meldungen der Zeitung X zurückgewiesen, wonach …", "Ein Bericht der
 * Agentur Y, wonach …, wurde dementiert", "Das Institut bestätigte die Befunde des Labors Z,
 * wonach …", "Der Sender zitiert aus der Zeitung W, wonach …". The last phrase of a source noun
 * (`lex.sourceNouns`, compounds too) before "wonach", with its owner, or the outlet after
 * "zitiert aus", is the sentence's source. "gab die Erlaubnis, wonach …" (no source noun) is left
 * to the main clause.
 */
export function wonachSource(frame: readonly Token[], lex: Lexicon): Mention | null {
  if (lex.language !== 'de') return null;
  let w = -1;
  for (let k = 1; k < frame.length; k++) {
    const t = frame[k]!;
    if (t.word && t.lower === 'wonach' && frame[k - 1]!.text === ',') {
      w = k;
      break;
    }
  }
  if (w < 0) return null;
  let found: Mention | null = null;
  for (let i = Math.max(0, w - WONACH_REACH); i < w - 1; i++) {
    const t = frame[i]!;
    if (!t.word) continue;
    const quotedFrom = t.lower === 'aus' && i > 0 && frame[i - 1]!.word && frame[i - 1]!.lower.startsWith('zitier');
    if (!quotedFrom && !(t.cap && isSourceNoun(t.lower, lex))) continue;
    let st = quotedFrom ? i + 1 : i;
    if (!quotedFrom && st > 0 && frame[st - 1]!.word && (tokenInfo(frame[st - 1]!, lex) & DETERMINER) !== 0) st--;
    const np = readPhrase(frame, st, lex);
    if (!np || np.end > w || np.mention.pronoun) continue;
    found = { ...np.mention, oblique: false };
    i = np.end - 1;
  }
  return found;
}
