// Who is who in one article. Every person the article names is registered with the fullest
// name and role it ever gives them ("Der russische Präsident Wladimir Putin", "Guo Jiakun,
// Sprecher des chinesischen Außenministeriums"), so that a later "so Putin", a role-only
// "der Sprecher des chinesischen Außenministeriums" or a transcript label "TRUMP:" resolves to
// that full name. Names are found generically: a role or title followed by capitalised words,
// two or more capitalised name-like words in a row, or a speaker phrase of the rules.
import type { Gender, Lexicon } from './lexicon';
import { isInstitutionWord, isNameLike, isRoleWord, namesDocument, readPhrase, type Mention } from './phrases';
import type { Token } from './tokens';
import { tokenInfo, WORD, adjectiveEnding } from './wordinfo';

const { AUXILIARY, CLOSED, CUE, DETERMINER, FUNCTION, PREPOSITION, QUANTITY, ROLE, SPEECH_VERB, TITLE } = WORD;

/** A word that cannot be a description's noun or modifier (see describingWord). */
const NOT_DESCRIBING = AUXILIARY | CLOSED | DETERMINER | FUNCTION | PREPOSITION | SPEECH_VERB;
/** How many words in lower case a description may have before or after a name. */
const DESCRIPTION_REACH = 5;

export interface Person {
  name: string[];
  role: string[] | null;
  gender: Gender;
  /** A role, a title or speech makes this a person rather than a proper noun of any kind. */
  personal: boolean;
  positions: number[];
  /** `name` in lower case, made once (search compares it for every candidate). */
  lower?: string[];
}

/** Candidates for a name (search) past which the shortest list of its words is looked up. */
const NARROW_FROM = 16;

/** Link words inside a role ("Chef der Behörde", "head of the agency"), no stems of it (a module constant: an array literal in searchRole was built for every word). */
const ROLE_LINKS: ReadonlySet<string> = new Set(['des', 'der', 'von', 'of', 'at', 'for']);

/** The smallest distance from `pos` to any of `positions` (Infinity for none): no array per candidate. */
function nearest(positions: readonly number[], pos: number): number {
  let d = Infinity;
  for (const x of positions) {
    const e = Math.abs(x - pos);
    if (e < d) d = e;
  }
  return d;
}

export interface ResolvedSpeaker {
  claimant: string | null;
  role: string | null;
}

const ADJECTIVAL_DE = /(?:isch|isches|ische|ischen|ischer|sche|schen|liche|lichen|licher|ale|alen|aler)$/u;
// Unicode-property regexes used in hot code are module constants: esbuild (tsx, electron-vite,
// the CLI build) turns a /\p{…}/u literal into `new RegExp(…)`, built again at every evaluation
// (about 250 ns each) when it stands inside a function.
const DIGIT = /\p{N}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const UPPER_WORD = /^\p{Lu}+$/u;
const HAS_CAPITAL_LETTER = /\p{Lu}/u;

export function titleCase(word: string): string {
  // Transcript labels are often upper case ("TRUMP"); show them as names ("Trump").
  if (word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word)) {
    return word.charAt(0) + word.slice(1).toLowerCase();
  }
  return word;
}

function stem(word: string): string {
  let w = word.toLowerCase();
  for (const suffix of ['ens', 'es', 'en', 'er', 'em', 'e', 's', 'n']) {
    if (w.length > suffix.length + 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

function sameRoleHead(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.endsWith(a)) || (b.length >= 5 && a.endsWith(b));
}

/** A number or a quantity word before: what follows is what is counted ("20 Hektar Wald"). */
function countedAfter(prev: Token | undefined, lex: Lexicon): boolean {
  return !!prev && (prev.hasDigit || (prev.word && (tokenInfo(prev, lex) & QUANTITY) !== 0));
}

export class SpeakerRegistry {
  private readonly persons: Person[] = [];
  private readonly byToken = new Map<string, Person[]>();

  constructor(private readonly lex: Lexicon) {}

  private keyOf(name: readonly string[]): string {
    return name.length === 1 ? this.lowerOfOne(name[0]!) : name.map((w) => w.toLowerCase()).join(' ');
  }

  /** A one-word name in lower case, kept per word as written (add() and best() ask about the same names sentence after sentence). */
  private lowerOfOne(word: string): string {
    let lower = this.lowerOne.get(word);
    if (lower === undefined) {
      lower = word.toLowerCase();
      if (this.lowerOne.size < 10000) this.lowerOne.set(word, lower);
    }
    return lower;
  }

  /** Every person under their lower-cased name: a person is registered once per name. */
  private readonly byKey = new Map<string, Person>();

  /** Lower case of one-word names, by the word as written (see lowerOfOne). */
  private readonly lowerOne = new Map<string, string>();

  private find(name: readonly string[]): Person | undefined {
    return this.byKey.get(this.keyOf(name));
  }

  add(name: readonly string[], role: readonly string[] | null, gender: Gender, personal: boolean, pos: number): Person | null {
    // (A copy without empty words only when there are any, or for a new person: add runs for every name observed.)
    const clean = name.some((w) => w.length === 0) ? name.filter((w) => w.length > 0) : name;
    if (clean.length === 0 || clean.length > 5) return null;
    let p = this.find(clean);
    if (!p) {
      // Memoised answers may change once someone new is known.
      this.bestMemo.clear();
      this.roleMemo.clear();
      this.roleHolders.clear();
      p = { name: [...clean], role: null, gender: null, personal: false, positions: [], lower: clean.map((w) => w.toLowerCase()) };
      this.persons.push(p);
      this.byKey.set(this.keyOf(clean), p);
      for (const w of clean) {
        const k = w.toLowerCase();
        const list = this.byToken.get(k);
        if (list) list.push(p);
        else this.byToken.set(k, [p]);
      }
    }
    if (role && role.length && (!p.role || role.length > p.role.length)) {
      p.role = [...role];
      this.roleMemo.clear();
      this.roleHolders.clear();
    }
    if (gender && !p.gender) p.gender = gender;
    if (personal) p.personal = true;
    if (p.positions.length < 64) p.positions.push(pos);
    return p;
  }

  /** Registers the people named in one sentence and returns them in order of appearance. */
  observe(tokens: readonly Token[]): Mention[] {
    const found: Mention[] = [];
    this.noteSpelledNames(tokens);
    if (this.lex.describedNames) this.noteDescriptions(tokens);
    const lex = this.lex;
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i];
      if (!t || !t.word) {
        i++;
        continue;
      }
      const flags = tokenInfo(t, lex);
      const roleOrTitle = (t.cap && (flags & TITLE) !== 0) || (flags & ROLE) !== 0;
      // A person starts at a role or title, at two name-like words in a row, or at a known name;
      // German capitalises every noun, so a lone capitalised word is not enough.
      // A number or unit starts no name: "Two Democrats", "80 Millionen Euro".
      // After a number the words are what is counted, not a name: "20 Hektar Wald".
      // (Asked only of a name-like word: most words are not, and need no look-up of the word before.)
      const nameStart = isNameLike(t, lex) && (flags & QUANTITY) === 0 && !countedAfter(tokens[i - 1], lex) && (isNameLike(tokens[i + 1], lex) || this.known(t.lower));
      if (!roleOrTitle && !nameStart) {
        i++;
        continue;
      }
      // A role takes its lower-case modifiers with it: "dem chinesischen Präsidenten Xi Jinping".
      // An article in front makes a name-like word a common noun phrase ("der chinesische
      // Präsidend Xi Jinping" is no person called "Präsidend Xi Jinping"); a role keeps its name.
      let from = i;
      while (from > 0 && i - from < 3) {
        const prev = tokens[from - 1];
        if (!prev || !prev.word || prev.cap || prev.quoted || lex.determiners.has(prev.lower) ||
          lex.prepositions.has(prev.lower) || lex.functionWords.has(prev.lower)) break;
        if (lex.language === 'de' && !adjectiveEnding(prev.lower)) break;
        from--;
      }
      const det = tokens[from - 1];
      if (det && det.word && !det.quoted && lex.determiners.has(det.lower)) from--;
      const phrase = readPhrase(tokens, from, lex);
      if (!phrase || phrase.end <= i) {
        i++;
        continue;
      }
      const m = phrase.mention;
      // "Prime Minister, Tom Hale says …", "The Ashanti Regional Minister, Ann Poe has …": a role, a comma,
      // then the full name of the person who holds it (English; German reads its appositions in attribution).
      if (lex.language === 'en' && m.role.length > 0 && m.name.length === 0 && !m.plural && tokens[phrase.end]?.text === ',') {
        const named = readPhrase(tokens, phrase.end + 1, lex);
        if (named && !named.mention.pronoun && !named.mention.role.length && named.mention.name.length >= 2) {
          this.add(named.mention.name, m.role, named.mention.gender, true, named.mention.pos);
          found.push({ ...named.mention, role: m.role });
          i = named.end;
          continue;
        }
      }
      if (m.name.length > 0) {
        // After "in", "from" (lex.placePrepositions) two capitalised words are a place: "in South Carolina".
        const before = tokens[from - 1];
        // After a body noun the name is the body's: "the website Guido Fawkes", "the newspaper Daily Ledger".
        const named = tokens[i - 1];
        const place = (!!before && before.word && lex.placePrepositions.has(before.lower)) ||
          (!!named && named.word && !named.cap && lex.language === 'en' && isInstitutionWord(named.lower, lex));
        const personal = m.role.length > 0 || m.gender !== null || (!place && this.looksPersonal(m.name));
        const single = m.name.length === 1;
        // A lone capitalised word counts only when it has a role or names someone already known.
        // "die Anwältin Samanis" after "Ali Samani": the genitive of someone named is whose the role is, not a name.
        if (m.role.length > 0 && this.genitiveName(m.name)) {
          i = phrase.end;
          continue;
        }
        if (!single || m.role.length > 0 || this.known((m.name[0] ?? '').toLowerCase())) {
          this.add(m.name, m.role.length ? m.role : null, m.gender, personal && (m.role.length > 0 || !single), m.pos);
          found.push(m);
        }
      }
      i = phrase.end;
    }
    return found;
  }

  /** Two capitalised words are a person's name unless one reads as an organisation or adjective. */
  private looksPersonal(name: readonly string[]): boolean {
    if (name.length < 2 || name.length > 4) return false;
    if (name.some((w) => w.length < 2 || DIGIT.test(w))) return false;
    if (this.lex.language === 'de' && ADJECTIVAL_DE.test((name[0] ?? '').toLowerCase())) return false;
    if (name.some((w) => w.length > 2 && w === w.toUpperCase())) return false; // acronyms: bodies
    // "Space Launch System", "Kennedy Space Center": a body word makes a thing, not a person.
    // (A set look-up only: this runs for every name observed, and German suffixes would cost a loop.)
    if (name.some((w) => this.lex.institutionWords.has(w.toLowerCase()))) return false;
    return true;
  }

  /**
   * A one-word name that spoke ("Nelson said …"): later mentions of it are read as names, though
   * the registry does not decide whether it is a person or a body.
   */
  noteSpeaker(m: Mention): void {
    if (m.name.length !== 1 || m.pronoun || m.document || this.known((m.name[0] ?? '').toLowerCase())) return;
    this.add(m.name, m.role.length ? m.role : null, m.gender, false, m.pos);
  }

  /**
   * A German genitive of a name registered before ("Samanis" of "Ali Samani", "Rahmani Purs" of
   * "Rahmani Pur"): its last word ends in "s" and is no name word itself without it, the others are.
   */
  private genitiveName(name: readonly string[]): boolean {
    if (this.lex.language !== 'de' || name.length === 0 || name.length > 3) return false;
    const k = (name[name.length - 1] ?? '').toLowerCase();
    if (k.length <= 3 || !k.endsWith('s') || this.byToken.has(k) || !this.byToken.has(k.slice(0, -1))) return false;
    for (let n = 0; n < name.length - 1; n++) if (!this.byToken.has((name[n] ?? '').toLowerCase())) return false;
    return true;
  }

  /** The names of two words or more the article gave someone, as written, in the order first seen. */
  fullNames(): string[] {
    return this.persons.filter((p) => p.name.length >= 2).map((p) => p.name.join(' '));
  }

  /** Whether a lower-cased word is part of a registered name (or its genitive: "trumps"). */
  known(k: string): boolean {
    return this.byToken.has(k) || (k.endsWith('s') && this.byToken.has(k.slice(0, -1)));
  }

  isPerson(m: Mention): boolean {
    if (m.pronoun) return true;
    if (m.role.length > 0 && m.name.length > 0) return true;
    if (m.gender) return true;
    const p = m.name.length ? this.best(m.name, m.pos) : undefined;
    return !!p && p.personal;
  }

  /** A role word's stem, the same for the words of one office ("Justice" and "judge", "chairman" and "chair"). */
  private readonly roleStem = (word: string): string => {
    let s = this.stems.get(word);
    if (s === undefined) {
      s = stem(this.lex.roleSynonyms?.get(word.toLowerCase()) ?? word);
      if (this.stems.size < 10000) this.stems.set(word, s);
    }
    return s;
  };

  /** roleStem by word as written: searchRole stems every known holder's role for each role it resolves. */
  private readonly stems = new Map<string, string>();

  /** The stems of a registered role, by the role's array (add() replaces a role, never changes one in place). */
  private readonly roleStems = new Map<readonly string[], string[]>();

  private stemsOf(role: readonly string[]): string[] {
    let s = this.roleStems.get(role);
    if (!s) {
      s = role.map(this.roleStem);
      if (this.roleStems.size < 10000) this.roleStems.set(role, s);
    }
    return s;
  }

  /** Whether the person is known under a role whose head is none of `role`'s role words. */
  holdsOtherRole(person: Mention, role: readonly string[]): boolean {
    const known = (person.name.length ? this.best(person.name, person.pos)?.role : null) ?? (person.role.length ? person.role : null);
    if (!known) return false;
    let heads = role.filter((w) => isRoleWord(w.toLowerCase(), this.lex)).map(this.roleStem);
    // "the Saudi crown prince", a description headed by a noun no list knows (before a verb of saying): its last word is its head.
    if (!heads.length && this.lex.headSpeechVerbs && role.length) heads = [this.roleStem(role[role.length - 1]!)];
    if (!heads.length) return false;
    return !known.map(this.roleStem).some((k) => heads.some((h) => sameRoleHead(k, h)));
  }

  /** A name of several words seen only where it cannot be a person ("in South Carolina"): a place or a body. */
  isImpersonal(m: Mention): boolean {
    if (m.pronoun || m.role.length > 0 || m.gender || m.name.length < 2) return false;
    const p = this.best(m.name, m.pos);
    return !!p && !p.personal;
  }

  /** The registered person whose name contains all of `name`'s words, preferring the fullest and nearest. */
  private readonly bestMemo = new Map<string, Person | undefined>();

  private best(name: readonly string[], pos: number): Person | undefined {
    // When one registered name is fuller than all others the answer does not depend on position.
    const key = name.length === 1 ? this.lowerOfOne(name[0]!) : name.join(' ').toLowerCase();
    const memo = this.bestMemo.get(key);
    if (memo !== undefined || this.bestMemo.has(key)) return memo;
    const { person, unique } = this.search(name, pos);
    if (unique && this.bestMemo.size < 10000) this.bestMemo.set(key, person);
    return person;
  }

  private search(name: readonly string[], pos: number): { person: Person | undefined; unique: boolean } {
    const words = name.map((w) => w.toLowerCase());
    const firstWord = words[0] ?? '';
    let candidates = this.byToken.get(firstWord) ?? [];
    if (candidates.length === 0 && firstWord.endsWith('s')) {
      candidates = this.byToken.get(firstWord.slice(0, -1)) ?? []; // genitive "Trumps"
      words[0] = firstWord.slice(0, -1);
    }
    // A match has every word, so the shortest list of any word holds them all, in the same order
    // (persons are listed as registered): "Paul Roth" among thousands of Pauls reads the Roths only.
    // (Only past a few candidates: the common short list is read as it is, with no more lookups.)
    for (let k = 1; k < words.length && candidates.length > NARROW_FROM; k++) {
      const list = this.byToken.get(words[k]!) ?? [];
      if (list.length < candidates.length) candidates = list;
    }
    let best: Person | undefined;
    let bestDistance = Infinity;
    let tie = false;
    for (const p of candidates) {
      const pw = p.lower ?? p.name.map((w) => w.toLowerCase());
      if (!words.every((w) => pw.includes(w))) continue;
      const distance = nearest(p.positions, pos);
      if (best && p.name.length === best.name.length) tie = true;
      if (!best || p.name.length > best.name.length || (p.name.length === best.name.length && distance < bestDistance)) {
        if (best && p.name.length > best.name.length) tie = false;
        best = p;
        bestDistance = distance;
      }
    }
    return { person: best, unique: !tie };
  }

  private readonly roleMemo = new Map<string, Person | undefined>();
  private readonly roleTextMemo = new Map<string, string>();

  private byRole(role: readonly string[], pos: number): Person | undefined {
    // Resolution runs after the registry is complete; the answer depends on where the role stands
    // (a description points back to the holder named before it).
    const key = `${role.join(' ')}@${pos}`;
    if (this.roleMemo.has(key)) return this.roleMemo.get(key);
    const found = this.searchRole(role, pos);
    if (this.roleMemo.size < 10000) this.roleMemo.set(key, found);
    return found;
  }

  /** Whether a role word marks an office held no longer ("former", "ex-president", "ehemalige"). */
  private former(word: string): boolean {
    const f = this.lex.formerWords;
    if (!f) return false;
    const w = word.toLowerCase();
    const hyphen = w.indexOf('-');
    return f.has(w) || (hyphen > 0 && f.has(w.slice(0, hyphen)));
  }

  /** Whether the person was named at `pos` or before it. */
  private namedBy(p: Person, pos: number): boolean {
    return p.positions.some((x) => x <= pos);
  }

  /**
   * Per role (its words as written), the people who may hold it with their scores, in the order
   * they were registered: what searchRole reads of the registry besides where each was named.
   * Cleared whenever someone new is registered or a role changes (with roleMemo), so a role
   * asked about again, at another position, costs a loop over its few holders, not over everyone
   * the article named so far (which grows with the article).
   */
  private readonly roleHolders = new Map<string, { person: Person; score: number }[]>();

  private holdersOf(role: readonly string[]): { person: Person; score: number }[] {
    const key = role.join('\u0000');
    let holders = this.roleHolders.get(key);
    if (holders) return holders;
    holders = [];
    const lex = this.lex;
    const stems = role.filter((w) => !lex.determiners.has(w.toLowerCase()) && !ROLE_LINKS.has(w.toLowerCase())).map(this.roleStem);
    const headIndex = role.findIndex((w) => isRoleWord(w.toLowerCase(), lex));
    const head = headIndex >= 0 ? this.roleStem(role[headIndex] ?? '') : '';
    if (head) {
      // "the president" is not "former president X": an office held no longer is named as such.
      const wantsFormer = role.some((w) => this.former(w));
      for (const p of this.persons) {
        if (!p.role || p.name.length === 0) continue;
        if (!wantsFormer && p.role.some((w) => this.former(w))) continue;
        const pStems = this.stemsOf(p.role);
        if (!pStems.some((s) => sameRoleHead(s, head))) continue;
        holders.push({ person: p, score: stems.filter((s) => pStems.some((q) => sameRoleHead(q, s))).length });
      }
    }
    if (this.roleHolders.size >= 10000) this.roleHolders.clear();
    this.roleHolders.set(key, holders);
    return holders;
  }

  private searchRole(role: readonly string[], pos: number): Person | undefined {
    let best: Person | undefined;
    let bestScore = 0;
    let bestDistance = Infinity;
    for (const { person: p, score } of this.holdersOf(role)) {
      // A holder named before the role is nearer than any named only after it.
      let lastBefore = -Infinity;
      for (const x of p.positions) if (x <= pos && x > lastBefore) lastBefore = x;
      const distance = lastBefore !== -Infinity ? pos - lastBefore : 1e9 + nearest(p.positions, pos);
      if (score > bestScore || (score === bestScore && distance < bestDistance)) {
        best = p;
        bestScore = score;
        bestDistance = distance;
      }
    }
    return best;
  }

  private roleText(role: readonly string[] | null): string | null {
    if (!role || !role.length) return null;
    const key = role.join(' ');
    let text = this.roleTextMemo.get(key);
    if (text === undefined) {
      text = this.lex.normalizeRole(role);
      if (this.roleTextMemo.size < 10000) this.roleTextMemo.set(key, text);
    }
    return text;
  }

  /** Capitalised names of two words or more the article gives, by the initials they spell (see noteSpelledNames). */
  private readonly spelled = new Map<string, string[]>();
  /** The runs of capitalised words noteSpelledNames has read already. */
  private readonly spelledRuns = new Set<string>();

  /**
   * Notes every run of capitalised words (with the link words acronyms skip between them) by its
   * initials: "the National Highway Traffic Safety Administration (NHTSA)" under NHTSA, "The
   * Associated Press" under AP. Only where the lexicon lists those link words (lex.acronymLinks).
   */
  private noteSpelledNames(tokens: readonly Token[]): void {
    const links = this.lex.acronymLinks;
    if (!links || this.spelled.size >= 2000) return;
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i];
      if (!t || !t.word || !t.cap || t.allCaps || t.hasDigit || t.quoted || links.has(t.lower)) {
        i++;
        continue;
      }
      // A lone capitalised word (the next neither a name word nor a link word) spells no initials.
      const n = tokens[i + 1];
      if (!n || !n.word || (n.cap ? n.allCaps || n.hasDigit || n.quoted : !links.has(n.lower))) {
        i++;
        continue;
      }
      const run: string[] = [];
      let j = i;
      let end = i;
      while (j < tokens.length) {
        const w = tokens[j]!;
        if (w.word && w.cap && !w.allCaps && !w.hasDigit && !w.quoted) {
          run.push(w.text);
          end = j + 1;
        } else if (w.word && !w.cap && links.has(w.lower) && run.length > 0) run.push(w.text);
        else break;
        j++;
      }
      const words = run.slice(0, run.length - (j - end));
      // A run noted before adds nothing (names are only ever added): articles repeat their names.
      const runKey = words.join(' ');
      this.noteNamedBody(runKey, words, t.start);
      if (this.spelledRuns.has(runKey)) {
        i = Math.max(end, i + 1);
        continue;
      }
      if (this.spelledRuns.size < 20000) this.spelledRuns.add(runKey);
      // "the U.S. Department of Transportation and the National Highway Traffic Safety
      // Administration (NHTSA)": each name after a link word is spelled on its own too.
      for (let from = 0; from < words.length; from++) {
        if (from > 0 && !(links.has((words[from - 1] ?? '').toLowerCase()) && !links.has((words[from] ?? '').toLowerCase()))) continue;
        const tail = words.slice(from);
        const initials = tail.filter((w) => !links.has(w.toLowerCase())).map((w) => w[0] ?? '').join('').toUpperCase();
        if (initials.length >= 2 && !this.spelled.has(initials)) this.spelled.set(initials, tail);
      }
      i = Math.max(end, i + 1);
    }
  }

  /** Per noun in lower case, the names the article gave with that noun and where (see noteDescriptions). */
  private readonly describedAs = new Map<string, { name: string; pos: number }[]>();

  private describe(noun: string, name: string, pos: number): void {
    if (noun.length < 3 || name.length < 2) return;
    let list = this.describedAs.get(noun);
    if (!list) {
      if (this.describedAs.size >= 5000) return;
      list = [];
      this.describedAs.set(noun, list);
    }
    if (list.length < 64) list.push({ name, pos });
  }

  /** A word in lower case that may stand in a description ("media", "regulator", "Paris-based"): no function word, verb of saying or auxiliary. */
  private describingWord(t: Token | undefined): boolean {
    if (!t || !t.word || t.quoted || t.hasDigit) return false;
    if (t.cap && !t.text.includes('-')) return false;
    return (tokenInfo(t, this.lex) & NOT_DESCRIBING) === 0;
  }

  /**
   * Notes, for every name in one sentence (a run of capitalised words, with the link words of
   * lex.acronymLinks inside), the common nouns the article gives it: its own last word when it is
   * no person's name ("California Grid Operator": operator), the noun of an apposition after it
   * ("Ofcom, the media regulator": regulator; "Tim Roe, a 45-year-old from Leeds": 45-year-old) and
   * the noun right before it ("the consultancy firm Strategie Grains": firm). describedName reads them.
   */
  private noteDescriptions(tokens: readonly Token[]): void {
    const links = this.lex.acronymLinks;
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (!t.word || !t.cap || t.quoted || t.hasDigit || this.lex.determiners.has(t.lower) || (i === 0 && (tokenInfo(t, this.lex) & (NOT_DESCRIBING | CUE)) !== 0)) {
        i++;
        continue;
      }
      let end = i + 1;
      for (let j = i + 1; j < tokens.length; j++) {
        const w = tokens[j]!;
        if (w.word && w.cap && !w.quoted && !w.hasDigit) end = j + 1;
        else if (!(w.word && !w.cap && links?.has(w.lower))) break;
      }
      const words = tokens.slice(i, end).map((w) => w.text);
      // A lone capitalised word that opens the sentence may be any word ("Meanwhile, the …").
      if (i === 0 && words.length === 1 && !t.allCaps) {
        i = end;
        continue;
      }
      // "On Friday, the agency …": a day or a month names no one.
      if (words.every((w) => this.lex.weekdays.has(w.toLowerCase()) || this.lex.months.has(w.toLowerCase()))) {
        i = end;
        continue;
      }
      const name = words.join(' ');
      // (Each name of a list on its own: "the Northfield Water Operator and the Eastmoor Grid Operator".)
      let from = i;
      for (let n = i; n <= end; n++) {
        if (n < end && !this.lex.coordinators.has(tokens[n]!.lower)) continue;
        while (from < n && this.lex.determiners.has(tokens[from]!.lower)) from++;
        const own = tokens[n - 1]!;
        if (n - from >= 2 && own.cap && !own.allCaps && (tokenInfo(tokens[from]!, this.lex) & (ROLE | TITLE)) === 0) this.describe(own.lower, tokens.slice(from, n).map((w) => w.text).join(' '), tokens[from]!.start);
        from = n + 1;
      }
      // "Ofcom, the media regulator", "Ofcom (OFC), a regulator": the last word in lower case of the apposition before its end.
      let k = end;
      if (tokens[k]?.text === '(') {
        while (k < tokens.length && tokens[k]!.text !== ')' && k - end < 6) k++;
        k++;
      }
      if (tokens[k]?.text === ',' && tokens[k + 1]?.word && this.lex.determiners.has(tokens[k + 1]!.lower)) {
        let n = k + 2;
        while (n < tokens.length && n - k - 2 < DESCRIPTION_REACH && this.describingWord(tokens[n])) n++;
        const stop = tokens[n];
        if (n > k + 2 && (!stop || (!stop.word && stop.text !== '’' && stop.text !== "'") || (tokenInfo(stop, this.lex) & PREPOSITION) !== 0)) this.describe(tokens[n - 1]!.lower, name, t.start);
      }
      // "the consultancy firm Strategie Grains", "West Coast main line operator Virgin Trains": a noun right before the name, its phrase opened by an article or a name.
      if (i > 0 && this.describingWord(tokens[i - 1]) && !tokens[i - 1]!.cap) {
        let n = i - 1;
        while (n > 0 && i - n < DESCRIPTION_REACH && this.describingWord(tokens[n - 1]) && !tokens[n - 1]!.cap) n--;
        const before = tokens[n - 1];
        if (!before || (before.word ? this.lex.determiners.has(before.lower) || before.cap : before.text === ',' || before.text === ':')) this.describe(tokens[i - 1]!.lower, name, t.start);
      }
      // "groups including Generation Rent and the London Renters Union": the names a plural noun gives examples of (lex.exampleLinks).
      const example = tokens[i - 1];
      if (example?.word && this.lex.exampleLinks?.has(example.lower) && this.describingWord(tokens[i - 2]) && !tokens[i - 2]!.cap) {
        const plural = tokens[i - 2]!.lower;
        this.describe(plural.length > 4 && plural.endsWith('s') ? plural.slice(0, -1) : plural, name, t.start);
      }
      // "the Commons public accounts committee said": a name that qualifies the words in lower case after it, its article before it.
      const det = tokens[i - 1];
      if (det?.word && this.lex.determiners.has(det.lower) && !tokens[end]?.cap && this.describingWord(tokens[end])) {
        let n = end;
        while (n < tokens.length && n - end < DESCRIPTION_REACH && this.describingWord(tokens[n]) && !tokens[n]!.cap) n++;
        const stop = tokens[n];
        if (!stop || !stop.word || (tokenInfo(stop, this.lex) & (AUXILIARY | SPEECH_VERB)) !== 0) this.describe(tokens[n - 1]!.lower, tokens.slice(i, n).map((w) => w.text).join(' '), t.start);
      }
      i = end;
    }
  }

  /**
   * "The operator said" after "the California Grid Operator", "the regulator" after "Ofcom, the
   * media regulator": the one name the article gave with that noun before `pos` (noteDescriptions);
   * a plural noun looks for its singular too. Undefined when none or several names have it.
   */
  describedName(noun: string, pos: number): string | undefined {
    if (!this.lex.describedNames) return undefined;
    const lower = noun.toLowerCase();
    let found: string | undefined;
    for (const key of lower.length > 4 && lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower]) {
      for (const e of this.describedAs.get(key) ?? []) {
        if (e.pos >= pos || e.name === found) continue;
        if (found !== undefined) return undefined;
        found = e.name;
      }
    }
    return found;
  }

  /** Bodies the article named in full, in the order it named them (see noteNamedBody). */
  private readonly namedBodies: { name: string; pos: number; media: boolean }[] = [];
  /** bodyRunName's answer per run of capitalised words, as written. */
  private readonly bodyRuns = new Map<string, { name: string; media: boolean } | null>();

  /** Notes where the article names a body in full ("the Financial Conduct Authority", "The Wall Street Journal"). */
  private noteNamedBody(runKey: string, words: readonly string[], pos: number): void {
    if (!this.lex.genericBodyNouns) return;
    let body = this.bodyRuns.get(runKey);
    if (body === undefined) {
      body = this.bodyRunName(words);
      if (this.bodyRuns.size < 5000) this.bodyRuns.set(runKey, body);
    }
    if (body && this.namedBodies.length < 2000) this.namedBodies.push({ ...body, pos });
  }

  /**
   * A run of capitalised words that names a body: a body word in it ("Financial Conduct Authority",
   * "National Association of Estate Agents", "Ministry of Commerce") or an outlet's word ("Wall
   * Street Journal"), of two words or more, and after that word only link words and capitalised
   * words that are no role ("… Police Chief" is a person's title). The leading article is dropped.
   */
  private bodyRunName(words: readonly string[]): { name: string; media: boolean } | null {
    const lex = this.lex;
    const from = lex.determiners.has((words[0] ?? '').toLowerCase()) ? 1 : 0;
    if (words.length - from < 2) return null;
    let k = -1;
    let media = false;
    for (let n = from; n < words.length; n++) {
      const w = (words[n] ?? '').toLowerCase();
      if (isInstitutionWord(w, lex)) k = n;
      else if (lex.mediaNameWords?.has(w)) {
        k = n;
        media = true;
      }
    }
    // "Chief of Police", "… Police Chief": a title; "… Police Sean Roe": a person after the body's name.
    if (k < 0 || isRoleWord((words[from] ?? '').toLowerCase(), lex)) return null;
    if (k + 1 < words.length && !lex.acronymLinks?.has((words[k + 1] ?? '').toLowerCase())) return null;
    let end = words.length;
    for (let n = k + 1; n < end; n++) {
      const w = (words[n] ?? '').toLowerCase();
      if (isRoleWord(w, lex)) return null;
      // "… Authority on Tuesday": a day or month after a link word ends the name.
      if (lex.weekdays.has(w) || lex.months.has(w)) end = n - 1;
    }
    return end - from < 2 ? null : { name: words.slice(from, end).join(' '), media };
  }

  /**
   * "The regulator said" after "the Financial Conduct Authority fined …", "the newspaper added"
   * after "The Wall Street Journal published …": the body (an outlet, when `media`) the article
   * named in full last before `pos`.
   */
  namedBodyBefore(pos: number, media = false): string | undefined {
    for (let i = this.namedBodies.length - 1; i >= 0; i--) {
      const b = this.namedBodies[i]!;
      if (b.pos < pos && (!media || b.media)) return b.name;
    }
    return undefined;
  }

  /**
   * The first body (no outlet) the article names in full after `pos` and before `limit`: "The
   * National Audit Office said …" after a lede that only described it ("a spending watchdog").
   */
  namedBodyAfter(pos: number, limit: number): string | undefined {
    for (const b of this.namedBodies) if (b.pos > pos && b.pos < limit && !b.media) return b.name;
    return undefined;
  }

  /**
   * The body an acronym stands for, by the initials of a name the article gave before: "NHTSA"
   * for "National Highway Traffic Safety Administration", "AP" for "The Associated Press"; also
   * the shorter form of a longer name ("CDC" for "Centers for Disease Control and Prevention").
   */
  private expandAcronym(word: string, definite = false): string | undefined {
    if (!this.lex.acronymLinks) return undefined;
    // "the Fed" after "the Federal Reserve": a clipped first word of a body's name, with its article
    // ("Trump said" is no clipped "Trumpet Industries").
    if (word.length >= 3 && CAPITALISED_WORD.test(word)) {
      if (!definite) return undefined;
      for (const words of this.spelled.values()) {
        const head = words[0] ?? '';
        if (head.length > word.length && head.startsWith(word) && words.some((w) => isInstitutionWord(w.toLowerCase(), this.lex))) return words.join(' ');
      }
      return undefined;
    }
    if (word.length < 2 || word.length > 8 || !UPPER_WORD.test(word)) return undefined;
    const exact = this.spelled.get(word);
    if (exact) return exact.join(' ');
    if (word.length < 3) return undefined;
    for (const [initials, words] of this.spelled) if (initials.startsWith(word)) return words.join(' ');
    return undefined;
  }

  /**
   * "the Post", "the Times": an outlet's short name is the outlet the article named in full
   * ("The Washington Post", "the New York Times"), the one such name ending in that word
   * (lex.mediaNameWords). Undefined when none or more than one does.
   */
  private outletByLastWord(word: string): string | undefined {
    const media = this.lex.mediaNameWords;
    if (!media || !CAPITALISED_WORD.test(word) || !media.has(word.toLowerCase())) return undefined;
    let found: string | undefined;
    for (const run of this.spelled.values()) {
      if (run.length < 2 || run[run.length - 1] !== word) continue;
      const from = this.lex.determiners.has((run[0] ?? '').toLowerCase()) ? 1 : 0;
      if (run.length - from < 2) continue;
      const name = run.slice(from).join(' ');
      if (found && found !== name && !found.endsWith(` ${name}`) && !name.endsWith(` ${found}`)) return undefined;
      if (!found || name.length > found.length) found = name;
    }
    return found;
  }

  /**
   * "police said" after "the Harbour City Police Department", "the commission said" after "the
   * Independent Electoral Commission": the one name of two words or more the article gave (see
   * noteSpelledNames) that has the word capitalised in it and ends in a body word. Undefined when none,
   * or more than one, does.
   */
  bodyByWord(word: string): string | undefined {
    if (!this.lex.acronymLinks) return undefined;
    // A body's name ends in its kind ("… Police", "… Police Department"), not in a role ("… Police
    // Chief"); only when none does, one that goes on with its tail ("University of Texas",
    // "Ministry of Commerce"; see bodyRunName), and "the airline" names "Kestrel Airlines" too.
    return this.bodyNamedWith(word, false) ?? (this.lex.genericBodyNouns ? this.bodyNamedWith(word, true) : undefined);
  }

  private bodyNamedWith(word: string, loose: boolean): string | undefined {
    let found: string | undefined;
    const plural = `${word}s`;
    for (const run of this.spelled.values()) {
      if (!run.some((w) => {
        const l = w.toLowerCase();
        return l === word || (loose && l === plural);
      })) continue;
      const last = (run[run.length - 1] ?? '').toLowerCase();
      if (loose ? !this.bodyRunName(run) : !isInstitutionWord(last, this.lex)) continue;
      const from = this.lex.determiners.has((run[0] ?? '').toLowerCase()) ? 1 : 0;
      const name = run.slice(from).join(' ');
      if (found && found !== name && !found.endsWith(` ${name}`) && !name.endsWith(` ${found}`)) return undefined;
      if (!found || name.length > found.length) found = name;
    }
    return found;
  }

  /**
   * A role whose tail names its body in lower case ("spokesperson for the airline", "head of the
   * agency"), with the body the article named by that word put in (bodyByWord): "spokesperson for
   * Kestrel Airlines". Undefined when the tail is another or no body is named so.
   */
  private roleOfNamedBody(role: readonly string[]): string | undefined {
    const lex = this.lex;
    if (!lex.genericBodyNouns || role.length < 3) return undefined;
    const body = role[role.length - 1]!;
    if (body !== body.toLowerCase() || !isInstitutionWord(body, lex)) return undefined;
    let link = role.length - 2;
    if (lex.determiners.has(role[link]!.toLowerCase())) link--;
    const prep = role[link]?.toLowerCase() ?? '';
    if (link < 1 || !(!!lex.roleDomainPrepositions?.has(prep) || lex.affiliationPrepositions.has(prep))) return undefined;
    const name = this.bodyByWord(body);
    return name ? `${this.roleText(role.slice(0, link + 1))} ${name}` : undefined;
  }

  /**
   * A definite description in lower case ("the operator", "the media regulator", "the head of the
   * group") as the one name the article gave with its head noun before it (describedName): the
   * word before its tail ("of", "for"), else its last word.
   */
  describedBy(m: Mention, words: readonly string[]): string | undefined {
    if (!this.lex.describedNames || !(m.definite || /^the /iu.test(m.phrase)) || m.name.length || HAS_CAPITAL_LETTER.test(m.phrase)) return undefined;
    const content = words.filter((w) => !this.lex.determiners.has(w.toLowerCase()));
    const tail = content.findIndex((w) => ROLE_LINKS.has(w.toLowerCase()));
    const head = content[(tail > 0 ? tail : content.length) - 1];
    return head ? this.describedName(head, m.pos) : undefined;
  }

  /**
   * The first person the article names in full after `pos` and before `limit` (a name of two
   * words or more that a role, a title or speech made a person's), with their role; null when
   * there is none or that person is known by an office other than `role`'s.
   * Discourse strategy "identified later" (pipeline.ts) asks it for the speaker of a lede.
   */
  /**
   * The person named last before `pos` (a full name, or one the registry knows as a person) whose
   * gender does not contradict `gender`: what "sagte dieser" points to.
   */
  personNamedBefore(pos: number, gender: Gender): { name: string[]; gender: Gender; pos: number } | null {
    let last: Person | undefined;
    let at = -1;
    for (const p of this.persons) {
      if (!(p.personal || p.name.length >= 2) || (gender === 'm' && p.gender === 'f') || (gender === 'f' && p.gender === 'm')) continue;
      for (const x of p.positions) {
        if (x < pos && x > at) {
          last = p;
          at = x;
        }
      }
    }
    return last ? { name: last.name, gender: last.gender, pos: at } : null;
  }

  personNamedAfter(pos: number, limit: number, role: readonly string[]): ResolvedSpeaker | null {
    let first: Person | undefined;
    let at = limit;
    for (const p of this.persons) {
      if (!p.personal || p.name.length < 2) continue;
      for (const x of p.positions) {
        if (x > pos && x < at) {
          first = p;
          at = x;
        }
      }
    }
    // "The deputy minister insisted …" then "Opposition leader Kofi Roe claimed …": a person known by another office is someone else.
    if (!first || (first.role && this.holdsOtherRole({ name: first.name, role: first.role, phrase: '', pronoun: false, definite: false, gender: first.gender, pos: at, antecedent: null, document: false }, role))) return null;
    return { claimant: first.name.join(' '), role: this.roleText(first.role) };
  }

  resolve(m: Mention | null, depth = 0): ResolvedSpeaker {
    if (!m || depth > 8) return { claimant: null, role: null };
    if (m.pronoun) return this.resolve(m.antecedent, depth + 1);
    if (m.document) {
      const r = this.resolve(m.antecedent, depth + 1);
      // German "so die Studie", "Der Bericht stellt fest" with no owner named: the document itself speaks.
      // ("Demnach", "heißt es" point back to whoever spoke: their antecedent is that speaker.)
      return r.claimant || !namesDocument(m, this.lex) ? r : { claimant: m.phrase, role: null };
    }
    if (m.name.length > 0) {
      // "die Anwältin Samanis": Samani's lawyer, described; not Samani.
      if (m.role.length > 0 && this.genitiveName(m.name)) {
        const text = this.roleText(m.role);
        return { claimant: `${text} ${m.name.join(' ')}`, role: text };
      }
      const p = this.best(m.name, m.pos);
      if (p) {
        const body = p.name.length === 1 ? this.expandAcronym(p.name[0] ?? '', m.definite || /^the /iu.test(m.phrase)) : undefined;
        if (body) return { claimant: body, role: this.roleText(m.role.length ? m.role : null) };
        return { claimant: p.name.join(' '), role: this.roleText(p.role ?? (m.role.length ? m.role : null)) };
      }
      const body = m.name.length === 1 ? this.expandAcronym(m.name[0] ?? '', m.definite || /^the /iu.test(m.phrase)) : undefined;
      if (body) return { claimant: body, role: this.roleText(m.role.length ? m.role : null) };
      return { claimant: m.name.join(' '), role: this.roleText(m.role.length ? m.role : null) };
    }
    if (m.role.length > 0) {
      // A group ("die Wissenschaftler") is nobody named: it speaks as the article calls it.
      // "The Utah Republican said" after Hatch spoke: a description (lex.descriptiveRoleSuffixes) of the
      // person just named is that person, before any other Republican the article names.
      const describes = m.definite && !!m.antecedent && m.role.some((w) => this.lex.descriptiveRoleSuffixes.some((d) => w.toLowerCase().endsWith(d)));
      if (describes) {
        const r = this.resolve(m.antecedent, depth + 1);
        if (r.claimant) return { claimant: r.claimant, role: r.role ?? this.roleText(m.role) };
      }
      // A group ("the analysts") is nobody named, unless the article named the group by that plural
      // ("Judges A, B and C …" … "the judges observed"): then its first member stands for it.
      const plural = (m.role[m.role.length - 1] ?? '').toLowerCase();
      // "ein Sprecher", "a spokesman": an indefinite article introduces someone, never one named before;
      // but it may be named after ("A federal judge ruled …" opens a story that names the judge later).
      const byRole = this.byRole(m.role, m.pos);
      const found = m.indefinite && byRole && this.namedBy(byRole, m.pos) ? undefined : byRole;
      const p = !m.plural ? found : found?.role?.some((w) => w.toLowerCase() === plural) ? found : undefined;
      // "The Utah Republican said" right after Hatch spoke is Hatch, not a Republican named further on.
      const later = !!p && m.definite && !!m.antecedent && !this.namedBy(p, m.pos);
      if (p && !later) return { claimant: p.name.join(' '), role: this.roleText(p.role) };
      if (m.definite && m.antecedent) {
        const r = this.resolve(m.antecedent, depth + 1);
        if (r.claimant) return { claimant: r.claimant, role: r.role ?? this.roleText(m.role) };
      }
      const text = this.roleText(m.role);
      // "a spokesperson for the airline" after "Kestrel Airlines": the body the article named with that word.
      const affiliated = this.roleOfNamedBody(m.role);
      if (affiliated) return { claimant: affiliated, role: text };
      const described = this.describedBy(m, m.role);
      if (described) return { claimant: described, role: text };
      return { claimant: text, role: text };
    }
    // "the company" names the body it points back to.
    if (m.antecedent) {
      const r = this.resolve(m.antecedent, depth + 1);
      if (r.claimant) return r;
    }
    // "The AP said": a definite phrase that is an acronym names the body the article spelled out.
    const words = m.phrase.split(' ');
    const last = words[words.length - 1] ?? '';
    if (words.length <= 2 && (words.length === 1 || this.lex.determiners.has((words[0] ?? '').toLowerCase()))) {
      const body = this.expandAcronym(last, m.definite || words.length === 2) ?? (m.definite || words.length === 2 ? this.outletByLastWord(last) : undefined);
      if (body) return { claimant: body, role: null };
    }
    const described = this.describedBy(m, words);
    if (described) return { claimant: described, role: null };
    return { claimant: m.phrase || null, role: null };
  }
}
