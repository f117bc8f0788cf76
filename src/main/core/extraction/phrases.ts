// Reads the noun phrase that names a speaker: "der russische Präsident Wladimir Putin",
// "Sen. Elizabeth Warren, a Massachusetts Democrat", "das russische Staatsfernsehen", "er".
// The reader walks forward over tokens and stops at the first word that cannot belong to such a
// phrase (a preposition, a verb, a comma outside an apposition), so it reads each token once.
import type { Gender, Lexicon } from './lexicon';
import type { Token } from './tokens';
import { tokenInfo, tokenIs, WORD, wordInfo, adjectiveEnding } from './wordinfo';

const { AUXILIARY, CALENDAR, CLOSED, COMMON_NOUN, DETERMINER, INSTITUTION, NOUN, PASSIVE_AUX, PREPOSITION, ROLE, SPEECH_VERB, TITLE } = WORD;

export interface Mention {
  /** Name words as written ("Wladimir", "Putin"); empty for a bare role or a body. */
  name: string[];
  /** Role words as written, without article ("russische Präsident", "Sprecher des … Außenministeriums"). */
  role: string[];
  /** The phrase without its leading article: what to show for a body ("russische Staatsfernsehen"). */
  phrase: string;
  pronoun: boolean;
  /** Had a definite article: a bare role then refers back to someone already named. */
  definite: boolean;
  gender: Gender;
  /** Offset in the text, to find the nearest namesake. */
  pos: number;
  /** For pronouns and definite roles: who was last named before this mention. */
  antecedent: Mention | null;
  /**
   * "laut dem Bericht": a document. In English its publisher is whoever was last cited; in German
   * the owner the article gave a document of that noun ("ein Bericht der UNO" … "der Bericht"),
   * else the document itself (Context.link, SpeakerRegistry.resolve).
   */
  document: boolean;
  /** The owner of a document named with it ("laut einem Bericht der UNO" → the UNO, with head 'bericht'). */
  documentHead?: string;
  /** Had an indefinite article ("ein Sprecher", "a spokesman"): someone not named before. */
  indefinite?: boolean;
  /** Dative, accusative or genitive by its form ("dem Sender", "der Zeitung"): never a speaker. */
  oblique?: boolean;
  /** A group by its form ("die Wissenschaftler", "die Demonstranten"): never one person. */
  plural?: boolean;
  /** A demonstrative pronoun ("sagte dieser"): it points to the person named last. */
  demonstrative?: boolean;
}

/** The head noun of a document mention, in lower case ("die neue Studie" → 'studie'). */
export const documentNoun = (m: Mention): string => m.phrase.slice(m.phrase.lastIndexOf(' ') + 1).toLowerCase();

/** A German document mention whose noun names a written document ("die Studie", "der Jahresbericht"): lex.documentNouns. */
export function namesDocument(m: Mention, lex: Lexicon): boolean {
  const nouns = lex.documentNouns;
  if (!m.document || !nouns) return false;
  const head = documentNoun(m);
  if (nouns.has(head)) return true;
  for (const n of nouns) if (head.length > n.length + 2 && head.endsWith(n)) return true;
  return false;
}

export interface PhraseResult {
  mention: Mention;
  /** Index just past the phrase (and past an apposition, if any). */
  end: number;
}

const DEFINITE = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'the', 'this', 'that']);
/** "Trump’s", "Hill's": a possessive ending (checked by hand: this runs for every capitalised word). */
const ORDINALS_EN = new Set(['first', 'second', 'last', 'next']);

export function isPossessive(text: string): boolean {
  const n = text.length;
  if (n < 3 || text.charCodeAt(n - 1) !== 115) return false; // 's'
  const mark = text.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019;
}
const INDEFINITE = new Set(['a', 'an', 'ein', 'eine', 'einer', 'eines']);
/** Prepositions that open an affiliation after a name: ", of the University of Arizona,". */
const AFFILIATIONS = new Set(['of', 'from', 'von', 'vom', 'aus']);
const GENITIVE_LINKS_DE = new Set(['des', 'der', 'eines', 'einer', 'von', 'vom']);
const GENITIVE_LINKS_EN = new Set(['of', 'at', 'for']);
/** "der 81-jährige Besitzer", "the 35-year-old": a number joined to an adjective modifies the noun. */
const AGE_ADJECTIVE = /^\p{N}+-\p{Ll}/u;
// Unicode-property regexes used in hot code are module constants: esbuild (tsx, electron-vite,
// the CLI build) turns a /\p{…}/u literal into `new RegExp(…)`, built again at every evaluation
// (about 250 ns each) when it stands inside a function.
/** "al-Falih": a lower-case name particle joined to a capitalised name. */
const INITIALS_JOINED = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** One initial or initials joined by periods, whose last period the tokenizer split off ("W", "A.K"). */
function isInitial(text: string): boolean {
  return text.length === 1 || (text.length <= 8 && INITIALS_JOINED.test(text));
}

const JOINED_PARTICLE = /^\p{Ll}{2,3}-\p{Lu}/u;
/** "39-year-old", "59-years-old": an age that can head a description. */
const AGE_NOUN = /^\p{N}+-years?-old$/u;

/** The word after an age is no noun it modifies: punctuation, a preposition, a verb of saying, an auxiliary or a verb in "-ed". */
function ageHead(next: Token | undefined, lex: Lexicon): boolean {
  if (!next || !next.word) return true;
  if (next.cap) return false;
  const l = next.lower;
  return lex.prepositions.has(l) || lex.speechVerbs.has(l) || lex.contentVerbs.has(l) || lex.auxiliaries.has(l) || lex.copulas.has(l) ||
    lex.relativePronouns.has(l) || lex.verbAdverbs.has(l) || l.endsWith('ed');
}

export function isRoleWord(lower: string, lex: Lexicon): boolean {
  return (wordInfo(lower, lex) & ROLE) !== 0;
}

/** Whether a capitalised word names a body ("Ministerium", "Verwaltungsgericht", "Office"). */
export function isInstitutionWord(lower: string, lex: Lexicon): boolean {
  // Body words and suffixes: see institutionWord in wordinfo.ts (cached per word there).
  return (wordInfo(lower, lex) & WORD.INSTITUTION) !== 0;
}

export function isTitle(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i];
  return !!t && t.word && t.cap && (tokenInfo(t, lex) & TITLE) !== 0;
}

/** Words a participle clause opening an English sentence may run before its comma. */
const PARTICIPLE_CLAUSE_MAX = 20;

/**
 * What may follow an opening participle: a preposition or article ("Speaking at …"), an object in
 * lower case that names no speaker ("Echoing remarks …", "Citing security concerns …"; "Beijing
 * officials", "Reading police" are subjects), or an owner's possessive ("Addressing Trump's …").
 */
function participleObject(after: Token, lex: Lexicon): boolean {
  if (after.cap) return isPossessive(after.text);
  if (lex.prepositions.has(after.lower) || lex.determiners.has(after.lower)) return true;
  // "Echoing remarks …": a noun that is also a form of a speech verb is the object.
  const closed = (tokenInfo(after, lex) & CLOSED) !== 0 && !(tokenIs(after, SPEECH_VERB, lex) && after.lower.endsWith('s'));
  return !closed && (tokenInfo(after, lex) & (ROLE | INSTITUTION)) === 0 && !lex.verbAdverbs.has(after.lower) && !lex.bareGroups?.has(after.lower);
}

function participleClause(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const first = tokens[i]!;
  const after = tokens[i + 1];
  // "Interviewed in his office, …", "Asked about the deal, …": a past participle before a preposition (not "of", "from", "at",
  // which tie a name to its place: "Mohammed of the UN").
  const past = first.lower.length >= 6 && first.lower.endsWith('ed') && !!after?.word && !after.cap && lex.prepositions.has(after.lower) && !lex.affiliationPrepositions.has(after.lower);
  if (!past && (first.lower.length < 6 || !first.lower.endsWith('ing') || !after?.word || !participleObject(after, lex))) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + PARTICIPLE_CLAUSE_MAX); k++) {
    const t = tokens[k]!;
    if (t.text === ',') return true;
    if (t.word && !t.cap && tokenIs(t, SPEECH_VERB, lex)) return false;
  }
  return false;
}

/** A capitalised word that may be part of a name or a proper noun. */
export function isNameLike(t: Token | undefined, lex: Lexicon): boolean {
  if (!t || !t.word || !t.cap || t.hasDigit || t.quoted) return false;
  // German capitalises every noun: "Amtseinführung" or "Gesellschaft" cannot be a name.
  if ((tokenInfo(t, lex) & (CLOSED | TITLE | CALENDAR | COMMON_NOUN)) !== 0) return false;
  return true;
}

function genderOf(role: readonly string[], titleGender: Gender, lex: Lexicon): Gender {
  if (titleGender) return titleGender;
  if (lex.language === 'de') {
    // "Ministerin" is a woman, "Minister" a man; "Vorsitzende", "Abgeordnete" can be either.
    let masculine = false;
    for (const w of role) {
      const l = w.toLowerCase();
      if (!isRoleWord(l, lex)) continue;
      if (l.endsWith('in') || l.endsWith('innen')) return 'f';
      if (!l.endsWith('e') && !l.endsWith('en')) masculine = true;
    }
    if (masculine) return 'm';
  }
  return null;
}

/** The index of the ")" closing a parenthesis of one to four words at `open`, or -1. */
function closingParenthesis(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k <= open + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ')') return k > open + 1 ? k : -1;
    if (!t.word && t.text !== '-' && t.text !== '.' && t.text !== ',') return -1;
  }
  return -1;
}

/** Feminine singular role nouns that end like a plural ("die Mutter", "die Schwester"). */
const FEMININE_ER = new Set(['mutter', 'tochter', 'schwester', 'großmutter', 'stiefmutter']);

/**
 * "die Wissenschaftler", "die Experten", "die Ministerinnen": after "die", a role noun ending in
 * -er, -en or -innen is plural, since a woman's role ends in -in ("die Ministerin") or, as an
 * adjective noun, in -e ("die Vorsitzende"); "die Ärzte" (-e) stays undecided.
 */
function pluralRole(article: string, role: readonly string[], lex: Lexicon): boolean {
  // English: "Analysts said", "the officials said": a role word in its plural (its singular is a role word too).
  if (lex.language === 'en' && role.length) {
    const last = (role[role.length - 1] ?? '').toLowerCase();
    return last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && lex.roleWords.has(last.slice(0, -1));
  }
  if (lex.language !== 'de' || article !== 'die' || !role.length) return false;
  const head = (role[role.length - 1] ?? '').toLowerCase();
  if (!isRoleWord(head, lex) || FEMININE_ER.has(head)) return false;
  return head.endsWith('innen') || head.endsWith('er') || head.endsWith('en');
}

function emptyMention(pos: number): Mention {
  return { name: [], role: [], phrase: '', pronoun: false, definite: false, gender: null, pos, antecedent: null, document: false };
}

/** A group noun heads the phrase unless a singular article says otherwise ("a target critics say …"). */
function groupWord(w: Token | undefined, lex: Lexicon, determiner: boolean, first: Token): boolean {
  return !!w && !!lex.bareGroups?.has(w.lower) && !(determiner && INDEFINITE.has(first.lower));
}

/** "afghanischen und ausländischen Soldaten": an inflected adjective at `j`, "und"/"oder", another before a capitalised noun. */
function coordinatedAdjectives(tokens: readonly Token[], j: number): boolean {
  const a = tokens[j]!;
  const link = tokens[j + 1];
  const b = tokens[j + 2];
  const noun = tokens[j + 3];
  return a.word && adjectiveEnding(a.lower) && !!link?.word && (link.lower === 'und' || link.lower === 'oder') &&
    !!b?.word && !b.cap && adjectiveEnding(b.lower) && b.lower.slice(-1) === a.lower.slice(-1) && !!noun?.word && noun.cap && !noun.quoted;
}

const DEGREE_BEFORE_ADJECTIVE_DE: ReadonlySet<string> = new Set(['nicht', 'kaum', 'bisher', 'näher', 'weiter', 'noch', 'namentlich']);

/** "nicht genannter Vertreter", "nicht näher bezeichnete Quellen": words of degree at `j`, then an inflected adjective before a capitalised noun. */
function degreeBeforeAdjective(tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (k < j + 3 && tokens[k]?.word && DEGREE_BEFORE_ADJECTIVE_DE.has(tokens[k]!.lower)) k++;
  const adjective = tokens[k];
  const noun = tokens[k + 1];
  return k > j && !!adjective?.word && !adjective.cap && adjectiveEnding(adjective.lower) && !!noun?.word && noun.cap && !noun.quoted;
}

/**
 * Reads a speaker phrase starting at token i. Returns null when no phrase starts there.
 * `allowApposition` lets ", Sprecher des Ministeriums" or ", a Massachusetts Democrat," attach.
 */
const EXTENDED_ATTRIBUTE_REACH = 7;

/**
 * "der für die Omo-Region zuständige Koordinator", "die seit Jahren amtierende Ministerin": a
 * prepositional phrase between the article and the inflected adjective or participle before the
 * noun belongs to the adjective (a German extended attribute). Returns the adjective's index when
 * `j` opens such a phrase, else `j`.
 */
function pastExtendedAttribute(tokens: readonly Token[], j: number, lex: Lexicon): number {
  const p = tokens[j];
  if (!p?.word || p.cap || !lex.prepositions.has(p.lower)) return j;
  for (let k = j + 1; k < Math.min(tokens.length - 1, j + 1 + EXTENDED_ATTRIBUTE_REACH); k++) {
    const t = tokens[k]!;
    if (!t.word || t.quoted) return j;
    if (t.cap || t.hasDigit || lex.determiners.has(t.lower)) continue;
    const noun = tokens[k + 1]!;
    // The adjective: inflected, not an article or a preposition, right before a capitalised noun, after the phrase's own noun.
    if (k > j + 1 && adjectiveEnding(t.lower) && !lex.prepositions.has(t.lower) && (tokenInfo(t, lex) & CLOSED) === 0 && noun.word && noun.cap && !noun.quoted && tokens[k - 1]!.cap) return k;
    if (!adjectiveEnding(t.lower)) return j;
  }
  return j;
}

export function readPhrase(tokens: readonly Token[], i: number, lex: Lexicon, allowApposition = true): PhraseResult | null {
  const first = tokens[i];
  if (!first || !first.word || first.quoted) return null;
  let j = i;
  const group = !!lex.groupPronouns?.has(first.lower);
  if (lex.personPronouns.has(first.lower) || lex.bodyPronouns.has(first.lower) || group) {
    const m = emptyMention(first.start);
    m.pronoun = true;
    if (group) m.plural = true;
    m.gender = lex.personPronouns.get(first.lower) ?? null;
    m.phrase = first.text;
    return { mention: m, end: i + 1 };
  }
  // "sagte dieser, …", "Dieser erklärte": a demonstrative with no noun after it stands for a person.
  const demonstrative = lex.demonstrativePronouns?.get(first.lower);
  if (demonstrative !== undefined) {
    const next = tokens[i + 1];
    if (!next?.word || (!next.cap && !next.quoted && ((tokenInfo(next, lex) & CLOSED) !== 0 || tokenIs(next, SPEECH_VERB, lex)))) {
      const m = emptyMention(first.start);
      m.pronoun = true;
      m.demonstrative = true;
      m.gender = demonstrative;
      m.phrase = first.text;
      return { mention: m, end: i + 1 };
    }
  }
  // A capitalised closed-class word, adverb or stance adjective opening a sentence ("Besorgt
  // äußerte sich …", "Insbesondere bemängelte …", "Sollte der Antrag …") heads no phrase.
  // After a lower-case word the capital marks a name, not a sentence start: "according to First
  // Call", "said Long"; and English puts an adverb first before its subject, never before the
  // verb: "Long said" names Long.
  const afterLower = i > 0 && !!tokens[i - 1]?.word && !tokens[i - 1]!.cap;
  const beforeVerb = lex.language === 'en' && !!tokens[i + 1]?.word && !tokens[i + 1]!.cap && tokenIs(tokens[i + 1], SPEECH_VERB, lex);
  if (first.cap && !afterLower && !beforeVerb && !lex.determiners.has(first.lower) && (lex.functionWords.has(first.lower) || lex.verbAdverbs.has(first.lower) ||
    lex.stancePredicates.has(first.lower) || tokenIs(first, AUXILIARY | PASSIVE_AUX, lex))) return null;
  // "Ergänzend fügte X hinzu", "Abschließend sagte Y": a present participle as an adverb before the verb (German).
  if (lex.language === 'de' && first.cap && !afterLower && first.lower.length >= 8 && first.lower.endsWith('end') && !!tokens[i + 1]?.word && !tokens[i + 1]!.cap) return null;
  // "Überraschenderweise deuten …", "Möglicherweise sagte …": an adverb in -weise heads no phrase (German).
  if (lex.language === 'de' && first.cap && !afterLower && first.lower.length >= 9 && first.lower.endsWith('weise')) return null;
  // "Speaking at the …, Mr Nagel said", "Addressing a rally, …": an English participle opening a clause before a preposition
  // or article, closed by a comma before any verb of saying ("Browning in a statement said" names Browning).
  if (lex.language === 'en' && first.cap && !afterLower && participleClause(tokens, i, lex)) return null;
  let determiner = false;
  // The mention is made only once the phrase has words (most calls return null before).
  let definite = false;
  if (lex.determiners.has(first.lower)) {
    determiner = true;
    definite = DEFINITE.has(first.lower);
    j++;
    // "die beiden Mitglieder …": a quantifier after the article belongs to the phrase (German).
    if (lex.language === 'de' && (tokens[j]?.lower === 'beiden' || tokens[j]?.lower === 'drei') && tokens[j + 1]?.cap) j++;
    // "der für die Region zuständige Koordinator": an extended attribute before the noun (German).
    if (lex.language === 'de') j = pastExtendedAttribute(tokens, j, lex);
  } else if (lex.language === 'en' && !first.cap && lex.quantityWords.has(first.lower) && !!tokens[i + 1]?.word && !tokens[i + 1]!.cap) {
    // "three maritime security sources said": a number counts the speakers like an article.
    determiner = true;
    j++;
  }
  // "A second U.S. defense official said": an ordinal after the article modifies the phrase (English
  // lists these ordinals among its function words).
  if (determiner && lex.language === 'en' && ORDINALS_EN.has(tokens[j]?.lower ?? '') && !tokens[j]!.cap && tokens[j + 1]?.word && !tokenIs(tokens[j + 1], SPEECH_VERB, lex)) j++;
  const body: Token[] = [];
  let titleGender: Gender = null;
  let roleAt = -1; // index in body of the last role word before any name
  let tailFrom = -1; // index in body where a genitive tail starts
  let nameFrom = -1;
  let sawTitle = false;
  // After an owner's possessive ("Britain’s Times newspaper", "Yemen’s opposition") the phrase is
  // determined: a body may follow in lower case as after an article.
  let owned = false;
  const links = lex.language === 'de' ? GENITIVE_LINKS_DE : GENITIVE_LINKS_EN;
  // A German phrase with its article: adjectives joined by "und" or after a negation belong to it (checked once per phrase, not per word).
  const germanArticle = determiner && lex.language === 'de';
  while (j < tokens.length && body.length < 14) {
    let t = tokens[j];
    if (!t || t.quoted) break;
    // "der Minister al-Mansur", "dem Korrespondenten al-Jazeeras": after a role, a particle joined to
    // a capitalised word is one name word, read as if capitalised (a particle standing alone, "von",
    // stays out: "der Sprecher von Siemens" names no "von Siemens").
    if (roleAt >= 0 && nameFrom < 0 && t.word && !t.cap && lex.nameParticles !== undefined && JOINED_PARTICLE.test(t.text) &&
      lex.nameParticles.has(t.lower.split('-')[0] ?? '')) t = { ...t, cap: true };
    const next = tokens[j + 1];
    if (!t.word) {
      // "U.S. Attorney", "Forest Laboratories Inc. says": an abbreviation's period is part of the name.
      const prev = body[body.length - 1];
      if (t.text === '.' && prev?.cap && prev.end === t.start && next?.word &&
        (lex.abbreviations.has(`${prev.lower}.`) || lex.ambiguousAbbreviations.has(`${prev.lower}.`))) {
        j++;
        continue;
      }
      // "Industrie- und Handelskammer": a truncated compound continues after "und"/"oder".
      const last = body[body.length - 1];
      const link = next?.lower;
      if (t.text === '-' && determiner && last?.cap && last.end === t.start && (link === 'und' || link === 'oder') && tokens[j + 2]?.cap) {
        body[body.length - 1] = { ...last, text: last.text + '-' };
        j++;
        continue;
      }
      // "Matthias Berninger (Grüne)", "das Organisationskomitee (OK) der WM": a short parenthesis
      // after a capitalised word qualifies the phrase, which goes on after it.
      const close = lex.language === 'de' && t.text === '(' && last?.cap ? closingParenthesis(tokens, j) : -1;
      if (close > 0) {
        j = close + 1;
        continue;
      }
      break;
    }
    // "the pilots’ union", "the controllers' union said": a plural owner's possessive, its apostrophe a
    // token of its own (English); the body it owns may follow in lower case, as after an article.
    if (lex.language === 'en' && (determiner || owned) && t.word && !t.cap && next && (next.text === '’' || next.text === "'") && next.start === t.end &&
      t.lower.length > 3 && t.lower.endsWith('s') && tokens[j + 2]?.word && !tokens[j + 2]!.cap && !tokens[j + 2]!.quoted &&
      (isInstitutionWord(tokens[j + 2]!.lower, lex) || (tokenInfo(tokens[j + 2]!, lex) & ROLE) !== 0)) {
      body.push({ ...t, text: t.text + next.text, lower: t.lower + next.text });
      owned = true;
      j += 2;
      continue;
    }
    // "die Organisation „Reporter ohne Grenzen“": a short quoted name (see frameOf) is one name,
    // whatever the case of its words.
    if (t.fromQuote && t.cap) {
      if (nameFrom < 0 && tailFrom < 0 && (roleAt >= 0 || sawTitle)) nameFrom = body.length;
      for (let q = tokens[j]; q?.fromQuote; q = tokens[++j]) {
        // "„L’Alliance pour la Planète“": an apostrophe joins the word before it.
        const prev = body[body.length - 1];
        if (q.word) body.push({ ...q, cap: true });
        else if ((q.text === '’' || q.text === "'") && prev) body[body.length - 1] = { ...prev, text: prev.text + q.text, lower: prev.lower + q.text, end: q.end };
        else break;
      }
      continue;
    }
    if (isTitle(tokens, j, lex)) {
      const info = lex.titles.get(t.lower);
      titleGender = info?.gender ?? titleGender;
      if (info?.role && roleAt < 0) {
        body.push({ ...t, text: info.role });
        roleAt = body.length - 1;
      }
      sawTitle = true;
      j += next && next.text === '.' ? 2 : 1;
      continue;
    }
    // "Bill de Blasio", "de Blasio said", "al-Falih said": a lower-case particle before a
    // capitalised name word belongs to the name.
    const particle = t.word && !t.cap && !t.quoted && lex.nameParticles !== undefined &&
      (lex.nameParticles.has(t.lower) ? !!next?.word && next.cap && !next.quoted && next.start === t.end + 1 : JOINED_PARTICLE.test(t.text) && lex.nameParticles.has(t.lower.split('-')[0] ?? '')) &&
      (body.length > 0 ? nameFrom >= 0 || roleAt < 0 : j === i && !determiner);
    if (particle) {
      // "al-Falih" is one word: a name word, as if capitalised.
      body.push(lex.nameParticles!.has(t.lower) ? t : { ...t, cap: true });
      if (nameFrom < 0 && tailFrom < 0 && (roleAt >= 0 || sawTitle)) nameFrom = body.length - 1;
      j++;
      if (!lex.nameParticles!.has(t.lower)) continue;
      body.push(tokens[j]!);
      j++;
      continue;
    }
    const flags = tokenInfo(t, lex);
    // "the 39-year-old said": an age as the head of a description (English), not before a noun ("the 39-year-old centrist").
    // "The Saudi crown prince alleged", "One climate sceptic said": any noun right before a verb of saying heads a description.
    const role = (flags & ROLE) !== 0 || (lex.language === 'en' && !t.cap && AGE_NOUN.test(t.text) && ageHead(tokens[j + 1], lex)) ||
      ((determiner || owned) && !t.cap && (flags & CLOSED) === 0 && headBeforeSpeech(tokens, j, lex)) ||
      // "Fast bowler Aqib Roe remarked", "Veteran broadcaster Tom Hill said": any noun before a name that speaks.
      (lex.language === 'en' && !t.cap && (flags & CLOSED) === 0 && nounBeforeNamedSpeaker(tokens, j, lex, i)) ||
      // "Baudezernentin Sabine Krüger", "der Intendant Hans Roe": a noun of agent by its ending before a first name and a surname.
      (body.length === 0 && t.cap && lex.agentNoun !== undefined && (flags & CLOSED) === 0 && agentBeforeName(tokens, j, lex));
    const last0 = body[body.length - 1];
    // Mid-phrase, a capitalised closed-class word before another capitalised word belongs to a
    // name ("Fahrgastverband Pro Bahn", "Bank of America" is handled by the links below).
    // German writes function words in lower case inside a sentence, so a capitalised one right
    // after a name is a surname: "Sascha Lange", "Anna Kurz".
    // An adverb of the verb ("Bereits", "Zudem") is no surname: it opens the next sentence after a heading
    // run into it ("Engagement Deutschlands Bereits im Dezember hatte …").
    const surname = lex.language === 'de' && !!body[body.length - 1]?.cap && !t.allCaps && !lex.verbAdverbs.has(t.lower);
    // English capitalises a closed-class word inside a sentence only in a name: "according to First Call".
    const midSentenceName = lex.language === 'en' && body.length === 0 && !determiner && j > 0 && !!tokens[j - 1]?.word && !tokens[j - 1]!.cap &&
      !!next && next.word && next.cap && !next.quoted && (tokenInfo(next, lex) & CLOSED) === 0;
    // An English word in capitals is an abbreviation, not the pronoun it spells: "the US Centers for …".
    const acronym = lex.language === 'en' && t.allCaps && !!next && next.word && next.cap;
    // Initials before a name word: "A.K. Antony", "J.D. Vance", "A. K. Antony" ("A" is an article elsewhere).
    // (The period right after the word is tested first: most capitalised words have none, and no regex runs for them.)
    const initial = t.cap && next?.text === '.' && next.start === t.end && isInitial(t.text) && !!tokens[j + 2]?.word && tokens[j + 2]!.cap && !tokens[j + 2]!.quoted;
    const nameWord = (flags & CLOSED) === 0 || surname || midSentenceName || acronym || initial || (body.length > 0 && !!next && next.word && next.cap && !next.quoted);
    if (!t.cap && isPossessive(t.text) && next?.word && next.cap && isRoleWord(t.lower.slice(0, -2), lex)) {
      // "the governor’s Web site": the owner, a role, is the source; what it owns is not a name.
      body.push({ ...t, text: t.text.slice(0, -2), lower: t.lower.slice(0, -2) });
      if (nameFrom < 0 && tailFrom < 0) roleAt = body.length - 1;
      j++;
      break;
    }
    // "Labour’s shadow culture secretary Thangam Debbonaire": a role in lower case, then the name.
    const roleAhead = lex.language === 'en' && !!next?.word && !next.cap && roleWithin3(tokens, j, lex);
    if (t.cap && nameWord && isPossessive(t.text) && next?.word && (next.cap || roleAhead) && !next.quoted) {
      // "The Hill’s Julia Manchester", "Trump’s Secret Service detail": the owner is not the name.
      body.length = 0;
      roleAt = tailFrom = nameFrom = -1;
      determiner = definite = false;
      owned = true;
      j++;
      continue;
    }
    if (t.cap && nameWord) {
      body.push(t);
      if (role && nameFrom < 0 && tailFrom < 0) roleAt = body.length - 1;
      else if (!role && nameFrom < 0 && (roleAt >= 0 || sawTitle) && tailFrom < 0) nameFrom = body.length - 1;
      j++;
      // Initials inside a name: "George W. Bush", "A.K. Antony".
      if (next && next.text === '.' && isInitial(t.text)) j++;
      continue;
    }
    if (!t.cap && role) {
      // English lower-case roles: "the prime minister", "a housing economist".
      body.push(t);
      if (nameFrom < 0 && tailFrom < 0) roleAt = body.length - 1;
      j++;
      continue;
    }
    // After a name a word that is also a verb of saying is the verb: "the New York Times reports".
    // So is one before "that" after any noun: "the agency estimates that …", "the paper reports that …".
    const documentNoun = lex.sourceNouns.has(t.lower) && !((last0?.cap || (!!last0 && lex.complementizers.has(next?.lower ?? ''))) && lex.speechVerbs.has(t.lower));
    // "police say", "according to police", "three maritime security sources said": a group that
    // speaks without an article (the language's list).
    const bareGroup = !t.cap && groupWord(t, lex, determiner, first);
    if (lex.language === 'en' && !t.cap && (determiner || tailFrom >= 0 || owned || bareGroup) && (isInstitutionWord(t.lower, lex) || documentNoun || bareGroup)) {
      // A body named in lower case: "the company", "the central bank", "of the committee"; a
      // document: "the report", "an ANI report" (whose publisher speaks).
      body.push(t);
      j++;
      continue;
    }
    // "Landesamt für Statistik", "Bundesamt für Migration": a body's field belongs to its name.
    const fieldLink = (lex.language === 'de' && t.lower === 'für' && !!last0 && last0.cap && isInstitutionWord(last0.lower, lex)) ||
      // "Ärzte ohne Grenzen", "Reporter ohne Grenzen": a preposition inside a body's name, a capitalised noun right after it.
      (!!lex.nameInnerLinks?.has(t.lower) && !!last0?.cap && !!next?.word && next.cap && !next.quoted);
    if (!t.cap && body.length > 0 && (links.has(t.lower) || fieldLink) && nameFrom < 0) {
      // Genitive or organisational tail: "Sprecher des chinesischen Außenministeriums",
      // "Office for National Statistics". Only if a capitalised word follows within two words.
      const a = tokens[j + 1];
      const b = tokens[j + 2];
      const c = tokens[j + 3];
      const capSoon = (a?.cap && a.word) || (b?.cap && b.word && !a?.cap) || (c?.cap && c.word && !b?.cap && !a?.cap);
      // English names bodies in lower case too: "a spokesman for the company", "the head of the agency".
      const bodySoon = lex.language === 'en' && [a, b, c].some((x) => x?.word && !x.cap && isInstitutionWord(x.lower, lex));
      if (!capSoon && !bodySoon) break;
      // "sprach Angela Merkel von der Möglichkeit einer …": after "von", an abstract noun is what is
      // spoken of, no body the speaker belongs to (German).
      if (lex.language === 'de' && (t.lower === 'von' || t.lower === 'vom') && abstractSoon([a, b], lex)) break;
      if (tailFrom < 0) tailFrom = body.length;
      body.push(t);
      j++;
      continue;
    }
    const last = body[body.length - 1];
    // "Zimbabwe's main opposition coalition said", "Britain's biggest union said": up to two
    // modifiers between the owner and a body noun or a head right before a verb of saying (English).
    const ownedHead = lex.language === 'en' && !!last && isPossessive(last.text) && !t.cap && !role ? possessedHeadAt(tokens, j, lex) : -1;
    if (ownedHead > j) {
      for (let k = j; k <= ownedHead; k++) body.push(tokens[k]!);
      j = ownedHead + 1;
      continue;
    }
    if (last && isPossessive(last.text) && !t.cap && (role || isInstitutionWord(t.lower, lex))) {
      // "Miller's campaign", "Roe's spokesman": the owner's body or aide speaks.
      body.push(t);
      if (role && nameFrom < 0 && tailFrom < 0) roleAt = body.length - 1;
      j++;
      continue;
    }
    // "COO and CFO Blake Roe said", "the CEO and founder Jane Doe": two roles of one person before the name.
    if (lex.language === 'en' && t.lower === 'and' && roleAt >= 0 && roleAt === body.length - 1 && nameFrom < 0 && tailFrom < 0 && next?.word && !next.quoted &&
      (tokenInfo(next, lex) & ROLE) !== 0 && nameAfterRole(tokens, j + 2, lex)) {
      body.push(t);
      j++;
      continue;
    }
    // "Minister of Information and Culture Lai Roe": "and" inside the body of a role's tail (English).
    const tailAnd = lex.language === 'en' && tailFrom >= 0 && roleAt >= 0 && t.lower === 'and';
    if ((determiner || tailAnd) && last?.cap && nameFrom < 0 && (t.lower === 'and' || t.lower === 'und') && next?.word && next.cap && !next.quoted) {
      // "the Food and Drug Administration", "die Industrie- und Handelskammer": one body.
      body.push(t);
      j++;
      continue;
    }
    // English stacks lower-case nouns before a role or a body after a name: "White House press
    // secretary", "the U.S. space agency", "the Chinese foreign ministry".
    const beforeRole = lex.language === 'en' && !!next && next.word && !next.cap && ((tokenInfo(next, lex) & ROLE) !== 0 || (determiner && isInstitutionWord(next.lower, lex)) ||
      ((determiner || owned) && (tokenInfo(next, lex) & CLOSED) === 0 && headBeforeSpeech(tokens, j + 1, lex)));
    const modifierSlot = !last || !last.cap || tailFrom >= 0 || beforeRole;
    if (germanArticle && !t.cap && modifierSlot) {
      // "die afghanischen und ausländischen Soldaten": two adjectives joined by "und"/"oder".
      if (coordinatedAdjectives(tokens, j)) {
        body.push(t, tokens[j + 1]!);
        j += 2;
        continue;
      }
      // "Ein nicht genannter Vertreter", "die bisher unbekannten Täter": a negation or an adverb of
      // degree before the inflected adjective, after the article.
      if (degreeBeforeAdjective(tokens, j)) {
        body.push(t);
        j++;
        continue;
      }
    }
    if (!t.cap && (flags & CLOSED) === 0 && (!t.hasDigit || AGE_ADJECTIVE.test(t.text)) && modifierSlot) {
      // A modifier before a noun: German inflected adjective, English attributive noun
      // ("housing economist"). Never after a name: "Trump hohe Importzölle" is two phrases.
      const after = tokens[j + 1];
      // "die staatlich kontrollierten Medien": an adverb of manner before an inflected adjective (German).
      const adverbBefore = /(?:lich|isch|ig)$/u.test(t.lower) && !!after?.word && !after.cap && adjectiveEnding(after.lower) && !lex.determiners.has(after.lower);
      const adjective = lex.language === 'de' ? adjectiveEnding(t.lower) || adverbBefore : true;
      const bodyAfter = lex.language === 'en' && !!after && (isInstitutionWord(after.lower, lex) || lex.sourceNouns.has(after.lower) || groupWord(after, lex, determiner, first));
      // "lead study author Jane Roe": two lower-case modifiers before a role.
      const third = tokens[j + 2];
      const chain = lex.language === 'en' && !!after && after.word && !after.cap && (tokenInfo(after, lex) & CLOSED) === 0 &&
        !!third && third.word && !third.cap && ((tokenInfo(third, lex) & ROLE) !== 0 || isInstitutionWord(third.lower, lex) || groupWord(third, lex, determiner, first));
      // An article or possessive after it ("der Opposition brachten ihre Sorge …") makes the word a verb, not a modifier.
      const modifiedNext = adjectiveEnding(after?.lower ?? '') && !lex.determiners.has(after?.lower ?? '');
      const headAfter = lex.language === 'en' && (determiner || owned) && !!after && after.word && !after.cap && (tokenInfo(after, lex) & CLOSED) === 0 && headBeforeSpeech(tokens, j + 1, lex);
      // "a fan called Ann Roe": a noun of any kind that a naming participle and a name follow heads the phrase (namedDescription).
      if (determiner && body.length < 3 && !!after && lex.namingParticiples?.has(after.lower) && namedThenSays(tokens, j + 1, lex)) {
        body.push(t);
        j++;
        break;
      }
      if (adjective && after && after.word && !after.quoted && (after.cap || (tokenInfo(after, lex) & ROLE) !== 0 || modifiedNext || bodyAfter || chain || headAfter)) {
        if (lex.language === 'en' && !after.cap && (tokenInfo(after, lex) & ROLE) === 0 && !isInstitutionWord(after.lower, lex) && !groupWord(after, lex, determiner, first) && !(determiner && lex.sourceNouns.has(after.lower)) && !chain && !headAfter) break;
        body.push(t);
        j++;
        continue;
      }
      break;
    }
    // "of the", "at the": inside a tail after an article or a role ("Officials at the central
    // bank"); after a bare name the tail is an affiliation, read apart ("Jane Roe of the …").
    if (lex.determiners.has(t.lower) && tailFrom >= 0 && (determiner || roleAt >= 0)) {
      body.push(t);
      j++;
      continue;
    }
    break;
  }
  // Trailing link words without a noun after them do not belong to the phrase; a noun that a
  // naming participle and a name follow does ("a fan called Ann Roe": see namedDescription).
  const tail = body[body.length - 1];
  const namedNext = !!lex.namingParticiples && determiner && !!tail && !tail.cap && lex.namingParticiples.has(tokens[j]?.lower ?? '') && !!tokens[j + 1]?.cap && (tokenInfo(tail, lex) & CLOSED) === 0;
  if (!namedNext) for (let last = tail; last && !last.cap && (tokenInfo(last, lex) & ROLE) === 0 && roleAt !== body.length - 1 && !(lex.language === 'en' && (AGE_NOUN.test(last.text) || isInstitutionWord(last.lower, lex) || lex.sourceNouns.has(last.lower) || !!lex.bareGroups?.has(last.lower))); last = body[body.length - 1]) {
    body.pop();
    j--;
  }
  if (body.length === 0) return null;
  if (tailFrom >= body.length) tailFrom = -1;
  // "nach Angaben des Landesrechnungshofs", "laut des Berichts": a phrase in the genitive names its head in the nominative.
  if (determiner && lex.genitiveArticles?.has(first.lower)) nominativeHead(body, tailFrom < 0 ? body.length : tailFrom, lex);
  const m = emptyMention(first.start);
  m.definite = definite;
  if (determiner && !definite && lex.indefiniteArticles?.has(first.lower)) m.indefinite = true;

  // "The Harbour Workers Union said", "the Nurses Association": in English a run of capitalised
  // words closed by a body noun is the body's name in full, though a role word ("Workers",
  // "Nurses") stands in it; it was cut to its head ("Union").
  if (lex.language === 'en' && roleAt >= 0 && nameFrom > 0 && tailFrom < 0 && !sawTitle && body.every((t) => t.cap) && isInstitutionWord(body[body.length - 1]!.lower, lex)) {
    roleAt = -1;
    sawTitle = true; // read below as a name of all its words
  }
  if (roleAt >= 0) {
    const roleEnd = nameFrom >= 0 ? nameFrom : body.length;
    m.role = textsOf(body, 0, roleEnd);
    if (nameFrom >= 0) m.name = textsOf(body, nameFrom, body.length);
  } else if (sawTitle) {
    m.name = textsOf(body, 0, body.length);
  } else if (!determiner) {
    // No article, no role: a name ("Putin", "Guo Jiakun") or a bare plural ("Ökonomen"). A name
    // starts at a capital: "the first time Windsor spoke" names Windsor, not "time Windsor".
    const capital = body.findIndex((t) => t.cap);
    // A group in lower case ("police", "security sources") names nobody.
    if (capital >= 0 || !body.every((t) => !!lex.bareGroups?.has(t.lower) || !t.cap)) m.name = textsOf(body, Math.max(0, capital), body.length);
  }
  // One flat string (a join), not a chain of concatenations flattened later on first use. The
  // texts of the whole body are listed once, for the join and the case check (which keeps none).
  const texts = body.length > 1 || determiner ? textsOf(body, 0, body.length) : null;
  m.phrase = body.length === 1 ? body[0]!.text : texts!.join(' ');
  m.gender = genderOf(m.role, titleGender, lex);
  if (determiner && lex.isOblique(first.text, texts!)) m.oblique = true;
  if ((determiner || lex.language === 'en') && !m.name.length && pluralRole(first.lower, m.role, lex)) m.plural = true;
  if (!m.name.length && !m.role.length) {
    const head = body[body.length - 1];
    m.document = !!head && lex.sourceNouns.has(head.lower) && body.every((t) => !t.cap || lex.sourceNouns.has(t.lower)) &&
      // "the Post adds", "The Post also reported": in English a capital after the article names an outlet, not a post.
      !(lex.language === 'en' && determiner && head.cap && head !== tokens[0]);
  }
  let end = j;
  if (allowApposition) end = attachApposition(tokens, j, m, lex);
  return { mention: m, end };
}

/** "called Ann Roe said": at `k` a naming participle, a name in capitals, then a verb of saying. */
function namedThenSays(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  let n = k + 1;
  while (n < k + 6 && tokens[n]?.cap && !tokens[n]!.quoted) n++;
  const verb = tokens[n];
  return n > k + 1 && !!verb?.word && !verb.cap && tokenIs(verb, SPEECH_VERB, lex);
}

/**
 * "a fan called Ann Roe said", "one nurse named Tom Lee, 44, told …": a description without a name
 * (a role, or a noun that a verb of saying right after the name shows to be a person's, "fan")
 * with the person's name given by a naming participle right after it (lex.namingParticiples) is
 * that person: the name joins the mention, the description stays its role ("a ship called Ever
 * Given" stays a ship). Returns the index after the name (and its apposition), or `j`.
 */
function namedDescription(tokens: readonly Token[], j: number, m: Mention, lex: Lexicon): number {
  const naming = tokens[j];
  if (!lex.namingParticiples || !naming?.word || naming.cap || !lex.namingParticiples.has(naming.lower) || m.name.length || m.pronoun || m.document || m.plural || !(m.role.length || m.indefinite)) return j;
  const next = tokens[j + 1];
  if (!next?.word || !next.cap || next.quoted) return j;
  const inner = readPhrase(tokens, j + 1, lex);
  if (!inner || inner.mention.name.length === 0 || inner.mention.role.length || inner.mention.pronoun || inner.mention.document) return j;
  // A noun no list knows as a person's ("fan", "ship") names a person only as the subject of a verb of saying.
  const verb = tokens[inner.end];
  if (!m.role.length && !(verb?.word && !verb.cap && tokenIs(verb, SPEECH_VERB, lex))) return j;
  if (!m.role.length) m.role = m.phrase.split(' ').filter((w) => !(lex.indefiniteArticles?.has(w.toLowerCase()) ?? false));
  m.name = inner.mention.name;
  if (!m.gender) m.gender = inner.mention.gender;
  return inner.end;
}

/**
 * After an owner's possessive, the index of a body noun or a description's head before a verb
 * of saying that one or two lower-case modifiers lead to ("main opposition coalition said"), or -1.
 */
function possessedHeadAt(tokens: readonly Token[], j: number, lex: Lexicon): number {
  let found = -1;
  for (let k = j; k <= j + 2; k++) {
    const t = tokens[k];
    if (!t?.word || t.cap || t.quoted || t.hasDigit || (tokenInfo(t, lex) & (CLOSED | SPEECH_VERB)) !== 0) break;
    if (k > j && (isInstitutionWord(t.lower, lex) || headBeforeSpeech(tokens, k, lex))) found = k;
  }
  return found;
}

/**
 * Whether tokens[k] is a lower-case noun right before a verb of saying that any speaker's
 * description may head ("the crown prince alleged", "the US side said"; lex.headSpeechVerbs).
 */
function headBeforeSpeech(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  let verb = tokens[k + 1];
  const t = tokens[k];
  // "the operator had said", "the provider has warned": an auxiliary, then the verb of saying.
  const next = tokens[k + 2];
  if (verb?.word && !verb.cap && tokenIs(verb, AUXILIARY, lex) && next?.word && !next.cap && tokenIs(next, SPEECH_VERB, lex)) verb = next;
  return !!lex.headSpeechVerbs && !!verb && verb.word && !verb.cap && !verb.quoted && (lex.headSpeechVerbs.has(verb.lower) || (verb !== tokens[k + 1] && tokenIs(verb, SPEECH_VERB, lex))) &&
    !!t && t.word && !t.cap && !t.quoted && !t.hasDigit && !tokenIs(t, SPEECH_VERB, lex) &&
    // A body, a document or a group has its own reading ("the parliament said", "the report said").
    !isInstitutionWord(t.lower, lex) && !lex.sourceNouns.has(t.lower) && !lex.bareGroups?.has(t.lower);
}

/**
 * German, in a phrase opened by a genitive article ("des Deutschen Bundestages", "eines Sprechers"):
 * the head noun, the first capitalised word after adjectives in -en and before any genitive tail
 * (`limit`), is put in the nominative (`lex.nominative`). A name in apposition after it keeps its
 * form ("des Vereins Pro Asyl" → "Verein Pro Asyl").
 */
function nominativeHead(body: Token[], limit: number, lex: Lexicon): void {
  for (let h = 0; h < limit; h++) {
    const t = body[h]!;
    if (!t.cap && t.lower.endsWith('en')) continue;
    if (t.cap && t.lower.endsWith('en') && h + 1 < limit && body[h + 1]!.cap) continue;
    // "des Berliner Senats", "der Hamburger Polizei": a place's adjective in "-er" does not inflect; the head follows.
    if (t.cap && t.lower.endsWith('er') && h + 1 < limit && body[h + 1]!.cap) continue;
    if (!t.cap) return;
    const text = lex.nominative!(t.text);
    if (text !== t.text) body[h] = { ...t, text, lower: text.toLowerCase() };
    // "des Statistischen Landesamts" → "Statistisches Landesamt": its adjectives take the strong
    // nominative by the head's gender.
    if (lex.nominativeAdjective) {
      for (let a = 0; a < h; a++) {
        const adj = body[a]!;
        const form = lex.nominativeAdjective(adj.text, text);
        if (form !== adj.text) body[a] = { ...adj, text: form, lower: form.toLowerCase() };
      }
    }
    return;
  }
}

/**
 * German: whether tokens[j], a capitalised noun of agent by its ending (`lex.agentNoun`) or any
 * common noun of the noun lexicon (NOUN: "Zeuge", "Nachbar", "Hausmeister"), stands right before a
 * first name and a surname that end the phrase: two capitalised words that are no role, no
 * closed-class word and no common noun by their ending or the lexicon. "Sabine Krüger" after
 * "Baudezernentin" is the name; "Valentin Roe" alone is a name, not a role and a surname; the
 * lexicon holds no first name or surname, so "Ole Fischer" after "Zeuge" is a name. A body's
 * noun by the lexicon ("Universität", "Stiftung") stays in the body's name.
 */
function agentBeforeName(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  const t = tokens[j]!;
  // A body's noun stays in its name: "Universität Complutense Madrid", "Stiftung Maria Roe".
  const info = tokenInfo(t, lex);
  if (t.allCaps || t.fromQuote || ((info & (NOUN | INSTITUTION)) !== NOUN && !lex.agentNoun!.test(t.text))) return false;
  for (let k = j + 1; k <= j + 2; k++) {
    const w = tokens[k];
    if (!w?.word || !w.cap || w.quoted || w.allCaps || w.start !== tokens[k - 1]!.end + 1) return false;
    // With a noun lexicon, a name word is judged by it: "Montserrat" ends like "Magistrat" but is no noun.
    if ((tokenInfo(w, lex) & (CLOSED | ROLE | TITLE | COMMON_NOUN | NOUN)) !== 0 || (!lex.isNoun && lex.agentNoun!.test(w.text))) return false;
  }
  const after = tokens[j + 3];
  return !after?.word || !after.cap;
}

/** The length of a name of two to four capitalised words at tokens[k] (no quotation, number, acronym or role: "Tory MP" is none), or 0. */
function nameAt(tokens: readonly Token[], k: number, lex: Lexicon): number {
  let n = 0;
  for (let t = tokens[k]; n < 4 && t?.word && t.cap && !t.quoted && !t.hasDigit; t = tokens[k + ++n]) {
    if (t.allCaps || (tokenInfo(t, lex) & (ROLE | CLOSED)) !== 0) return 0;
  }
  return n >= 2 ? n : 0;
}

/** After a second role ("COO and CFO …"): a name, with at most one more lower-case role word before it. */
function nameAfterRole(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  if (tokens[k]?.word && !tokens[k]!.cap && (tokenInfo(tokens[k]!, lex) & ROLE) !== 0) k++;
  return nameAt(tokens, k, lex) > 0;
}

/**
 * English: tokens[j] is a lower-case noun (with at most three more before the name) right before a
 * name of two to four capitalised words that is the subject of a verb of saying: "Fast bowler
 * Aqib Roe remarked that …", "Veteran broadcaster Tom Hill said". The noun is the name's role,
 * whether or not a list knows it. Participles ("including Jane Doe said") are no role.
 */
function nounBeforeNamedSpeaker(tokens: readonly Token[], j: number, lex: Lexicon, phraseStart = j): boolean {
  let k = j;
  while (k < j + 4) {
    const t = tokens[k];
    if (!t?.word || t.cap || t.quoted || t.hasDigit || t.lower.length < 3 || (tokenInfo(t, lex) & (CLOSED | PREPOSITION | DETERMINER)) !== 0 ||
      GENITIVE_LINKS_EN.has(t.lower) || lex.coordinators.has(t.lower) || t.lower.endsWith('ing') || tokenIs(t, SPEECH_VERB, lex)) return false;
    k++;
    if (tokens[k]?.word && tokens[k]!.cap) break;
  }
  const n = nameAt(tokens, k, lex);
  if (n === 0) return false;
  k += n;
  // After the verb ("says Ohio farmer Dan Hale.", "said Kansas wheat grower Amy Cole, a …"): the
  // phrase stands right after a verb of saying and the name closes the clause.
  const before = tokens[phraseStart - 1];
  const afterSpeech = !!before?.word && !before.cap && !before.quoted && tokenIs(before, SPEECH_VERB, lex);
  if (afterSpeech && (!tokens[k] || (!tokens[k]!.word && (tokens[k]!.text === '.' || tokens[k]!.text === ',')))) return true;
  while (tokens[k]?.word && !tokens[k]!.cap && lex.verbAdverbs.has(tokens[k]!.lower)) k++;
  const verb = tokens[k];
  return !!verb?.word && !verb.cap && !verb.quoted && tokenIs(verb, SPEECH_VERB, lex);
}

/** The texts of body[from, to) (one array, not a slice and a map). */
function textsOf(body: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(body[k]!.text);
  return out;
}

/** A lower-case role word 1 to 3 words after `j`, with a capitalised word right after it ("shadow culture secretary Thangam"). */
function roleWithin3(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  for (let d = 1; d <= 3; d++) {
    const x = tokens[j + d];
    if (!!x?.word && !x.cap && isRoleWord(x.lower, lex) && !!tokens[j + d + 1]?.cap && !!tokens[j + d + 1]?.word) return true;
  }
  return false;
}

/** AP style party and state after a name: ", R-Texas," / ", D-N.Y.,". Returns the index after it, or -1. */
const PARTY_TAG = /^[DRI]-\p{Lu}/u;

function partyTagEnd(tokens: readonly Token[], i: number): number {
  const tag = tokens[i];
  if (!tag || !tag.word || !PARTY_TAG.test(tag.text)) return -1;
  let k = i + 1;
  if (tokens[k]?.text === '.') k++;
  return tokens[k]?.text === ',' ? k + 1 : -1;
}

const APPOSITION_TAIL = 12;

/** Index of the next comma within `limit` tokens, stopping at quotations and sentence punctuation. */
function commaWithin(tokens: readonly Token[], from: number, limit: number, parentheses = false): number {
  for (let k = from; k < Math.min(tokens.length, from + limit); k++) {
    const t = tokens[k];
    if (!t || t.quoted) break;
    if (t.text === ',') return k;
    if (parentheses && t.text === '(') {
      // "general secretary of the College Staff Union (CSU), said": a short parenthesis inside the description.
      const close = shortParenthesis(tokens, k);
      if (close < 0) break;
      k = close;
      continue;
    }
    if (!t.word && t.text !== '.' && t.text !== '-' && t.text !== '’' && t.text !== "'" && t.text !== '&') break;
  }
  return -1;
}

/** The index of the ")" closing a parenthesis of one to four words at tokens[k] ("(CSU)", "(D-Texas)"), or -1. */
function shortParenthesis(tokens: readonly Token[], k: number): number {
  for (let e = k + 1; e < Math.min(tokens.length, k + 8); e++) {
    const t = tokens[e]!;
    if (t.quoted) return -1;
    if (t.text === ')') return e > k + 1 ? e : -1;
    if (!t.word && t.text !== '-' && t.text !== '.' && t.text !== ',') return -1;
  }
  return -1;
}

/**
 * ", Sprecher des chinesischen Außenministeriums" after a name gives its role;
 * ", Dr. Mathias Middelberg," after a role gives its name; ", a Massachusetts Democrat," is
 * skipped. Returns the index after the apposition, or `j` when there is none.
 */
/**
 * German: whether a full name in apposition names the person a definite description is about: the
 * description's head (its last word before a genitive) is a capitalised noun that names no body or
 * document, and no word of the name is a body's.
 */
function personApposition(m: Mention, name: Mention, lex: Lexicon): boolean {
  const words = m.phrase.split(' ');
  const head = words.find((w, n) => /^\p{Lu}/u.test(w) && (n === words.length - 1 || /^\p{Lu}/u.test(words[n + 1] ?? '') || lex.determiners.has((words[n + 1] ?? '').toLowerCase())));
  if (!head || isInstitutionWord(head.toLowerCase(), lex) || lex.sourceNouns.has(head.toLowerCase())) return false;
  return name.name.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isInstitutionWord(w.toLowerCase(), lex));
}

/** The first capitalised word of `words` is an abstract noun by its ending ("Möglichkeit", "Forderung"). */
function abstractSoon(words: readonly (Token | undefined)[], lex: Lexicon): boolean {
  const noun = words.find((w) => w?.word && w.cap);
  return !!noun && lex.abstractNounSuffixes.some((e) => noun.lower.length > e.length + 2 && noun.lower.endsWith(e));
}

function attachApposition(tokens: readonly Token[], j: number, m: Mention, lex: Lexicon): number {
  const named = namedDescription(tokens, j, m, lex);
  if (named > j) return named;
  const comma = tokens[j];
  if (!comma || comma.text !== ',' || m.pronoun) return j;
  const tagEnd = partyTagEnd(tokens, j + 1);
  if (tagEnd > j) return tagEnd;
  const rel = tokens[j + 1];
  if (rel && rel.word && !rel.cap && lex.relativePronouns.has(rel.lower)) {
    // "Mitch McConnell, who voted for the bill, said …": skip the relative clause.
    for (let k = j + 2; k < Math.min(tokens.length, j + 24); k++) {
      const t = tokens[k];
      if (!t || t.quoted) break;
      if (t.text === ',') return k + 1;
      if (!t.word && t.text !== '.' && t.text !== '-') break;
    }
    return j;
  }
  const age = tokens[j + 1];
  if (m.name.length && age && age.hasDigit && tokens[j + 2]?.text === ',') {
    // "Ann Miller, 68, said …": an age is a description, and what follows may be another one.
    return attachApposition(tokens, j + 2, m, lex);
  }
  if (m.name.length && rel && rel.word && AFFILIATIONS.has(rel.lower)) {
    // "Alfred Roe, of the University of Arizona and one of the investigators, told …".
    const close = commaWithin(tokens, j + 2, 14);
    if (close > 0) return close + 1;
  }
  const inner = readPhrase(tokens, j + 1, lex, false);
  if (m.name.length && rel && rel.word && INDEFINITE.has(rel.lower)) {
    // ", a 58-year-old attorney from Ohio,": an indefinite description closed by a comma.
    const close = commaWithin(tokens, j + 2, 12);
    if (close > 0) {
      if (inner && inner.mention.role.length && !inner.mention.name.length && !m.role.length) m.role = inner.mention.role;
      return close + 1;
    }
  }
  if (!inner) return j;
  let after = tokens[inner.end];
  if (m.name.length && inner.mention.role.length && after && after.word && !lex.relativePronouns.has(after.lower)) {
    // A role whose tail the reader did not take ("John Roe, chief executive officer of Acme,
    // said"): the apposition runs to its closing comma when one comes soon.
    const close = commaWithin(tokens, inner.end, 12, lex.language === 'en');
    if (close > 0) {
      if (!inner.mention.name.length) {
        m.role = inner.mention.role;
        if (!m.gender) m.gender = inner.mention.gender;
      }
      return close + 1;
    }
  }
  after = tokens[inner.end];
  if (m.name.length && after && after.word && !after.cap && lex.relativePronouns.has(after.lower)) {
    // ", a Texas Democrat whose district borders Mexico, said": a description with its own clause.
    const close = commaWithin(tokens, inner.end + 1, 20);
    return close > 0 ? close + 1 : j;
  }
  const closes = !after || after.text === ',' || after.text === '.' || after.text === ';' || !after.word;
  if (m.name.length && !inner.mention.name.length && inner.mention.role.length) {
    m.role = inner.mention.role;
    if (!m.gender) m.gender = inner.mention.gender;
    if (after && after.text === ',') return inner.end + 1;
    // ", ein Abgeordneter aus Kiel und Oberst außer Dienst, sagte": a longer description, closed by a comma.
    const close = commaWithin(tokens, inner.end, APPOSITION_TAIL, lex.language === 'en');
    if (close > 0 && !tokens.slice(inner.end, close).some((t) => t.word && !t.cap && (tokenIs(t, SPEECH_VERB, lex) || tokenIs(t, AUXILIARY, lex)))) return close + 1;
    // "Martin, the chair of appropriations and budget says": the description runs on past what
    // the reader took; the phrase ends at the name and the comma is left for the verb search.
    return closes ? inner.end : j;
  }
  if (m.role.length && m.name.length === 1 && lex.language === 'de' && /s$/u.test(m.name[0] ?? '') && inner.mention.name.length && !inner.mention.role.length && closes) {
    // "Der Innenminister Frankreichs, Luc Martin, …": the genitive belongs to the role, the name follows.
    m.role = [...m.role, m.name[0]!];
    m.name = inner.mention.name;
    return after && after.text === ',' ? inner.end + 1 : inner.end;
  }
  if (!m.name.length && m.role.length && inner.mention.name.length && !inner.mention.role.length && closes) {
    m.name = inner.mention.name;
    if (!m.gender) m.gender = inner.mention.gender;
    return after && after.text === ',' ? inner.end + 1 : inner.end;
  }
  if (lex.language === 'de' && m.definite && !m.name.length && !m.role.length && !m.plural && !m.document && inner.mention.name.length >= 2 && !inner.mention.role.length &&
    !inner.mention.pronoun && !inner.mention.oblique && after?.text === ',' && personApposition(m, inner.mention, lex)) {
    // "Der ehemalige Kampfgefährte Thaksins, Newin Chidchob, …": a definite description headed by a
    // noun the lexicon does not know as a role, with a person's full name in apposition: the person,
    // the description as the role.
    m.role = m.phrase.split(' ');
    m.name = inner.mention.name;
    if (!m.gender) m.gender = inner.mention.gender;
    return inner.end + 1;
  }
  if (lex.language === 'en' && m.name.length && isRoleWord(m.name[m.name.length - 1]!.toLowerCase(), lex) && inner.mention.name.length >= 2 &&
    !inner.mention.role.length && !inner.mention.pronoun && after?.text === ',' && inner.mention.name.every((w) => !isRoleWord(w.toLowerCase(), lex))) {
    // "Kroger's Chief Financial Officer, Gary Roe, noted …": a role in capitals (read as a name that
    // a role word closes) with the person's name in apposition; the person is the name.
    m.role = [...m.role, ...m.name];
    m.name = inner.mention.name;
    if (!m.gender) m.gender = inner.mention.gender;
    return inner.end + 1;
  }
  if (m.name.length && after && after.text === ',') return inner.end + 1; // descriptive apposition
  return j;
}
