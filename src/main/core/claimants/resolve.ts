// Who a claimant string is, given the claimants already known: pure, no database. The rules
// are conservative (a wrong merge hides a person's record inside another's; a missed one only
// leaves two entries a reviewer can merge):
// - an alias a claimant already has (or one a reviewer moved by hand) names that claimant;
// - a full name joins the person with the same surname and the same first name, never one
//   whose first name differs ("Joe Biden" / "Hunter Biden");
// - a bare surname joins the one person of that surname named in full in the same article,
//   else the one known in the library; if two fit, it stays unresolved;
// - an organisation joins the organisation of the same name; a role alone joins no one.
import { aliasKey, bodyKey, companyFirstWord, fold, MEMBERS_AFTER_NAME, parseName, portfolioOf, statePortfolioOf, type ParsedName } from './names';


export type ClaimantType = 'person' | 'organisation';

export interface KnownClaimant {
  id: string;
  type: ClaimantType;
  /** Folded first given name; null for a person known only by surname, and for organisations. */
  given: string | null;
  /**
   * Folded surname (persons); for organisations the key of another name it is known by: its
   * acronym when it is known by its long name, or its long name when it is known by its acronym
   * ("weltgesundheitsorganisation" of the WHO), seen together in one mention ("… (WHO)").
   */
  surname: string | null;
  orgKey: string | null;
}

export interface ClaimantIndex {
  /** Claimants by folded alias; only aliases that may be matched on their own (see aliasMatches). */
  byAlias: Map<string, Set<string>>;
  /** Persons by folded surname. */
  bySurname: Map<string, KnownClaimant[]>;
  byOrgKey: Map<string, KnownClaimant>;
  byId: Map<string, KnownClaimant>;
  /** Persons by folded given name, then id (a misspelt surname is looked for among those of the same first name). */
  byGiven: Map<string, Map<string, KnownClaimant>>;
  /** Organisations by their key without spaces and hyphens ("Robert-Koch-Institut" / "Robert Koch-Institut"). */
  byLooseOrgKey: Map<string, KnownClaimant>;
  /**
   * Persons by a first name they were called by alone, as a claimant's alias ("Thaksin" under Thaksin
   * Shinawatra, joined in an article that named him in full): a bare first name another article uses.
   */
  byCalled: Map<string, Set<string>>;
  /** Organisations by the other name's key (KnownClaimant.surname), without spaces and hyphens. */
  byOtherKey: Map<string, KnownClaimant>;
  /** One-word bodies and persons known by one name alone, by transliterationKey: their ids and keys. */
  byTransliteration: Map<string, Array<{ id: string; key: string }>>;
  /** Bodies of three to six words by their initials ("peopl democratic party" → "pdp", "world anti-doping agency" → "wada"): their ids. */
  byInitials: Map<string, Set<string>>;
}

/** An organisation key without its spaces and hyphens. */
export const looseOrgKey = (key: string) => key.replace(/[\s-]+/g, '');

export function emptyIndex(): ClaimantIndex {
  return { byAlias: new Map(), bySurname: new Map(), byOrgKey: new Map(), byId: new Map(), byGiven: new Map(), byLooseOrgKey: new Map(), byCalled: new Map(), byOtherKey: new Map(), byTransliteration: new Map(), byInitials: new Map() };
}

/**
 * One name in the German and the English transliteration of Arabic, Persian or Russian, folded to
 * one key: "al-Dschasira" / "Al-Jazeera" → "al-jasira" (dsch / j, sch / sh, tsch / ch, z / s, a
 * long i written ee or ie, doubled letters). Only looked up between a German form (with "dsch")
 * and another (without): names of one language that fold together stay apart.
 */
export const transliterationKey = (key: string) =>
  key
    .replace(/dsch/g, 'j')
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/z/g, 's')
    .replace(/ee|ie/g, 'i')
    .replace(/(\p{L})\1/gu, '$1');
const GERMAN_TRANSLITERATION = /dsch/;

function addTransliteration(index: ClaimantIndex, id: string, key: string): void {
  if (key.includes(' ') || key.length < 5 || !/dsch|j/.test(key)) return;
  const t = transliterationKey(key);
  const list = index.byTransliteration.get(t) ?? [];
  if (!list.some((e) => e.id === id)) list.push({ id, key });
  index.byTransliteration.set(t, list);
}

/** The one known body or person of one name whose name is `key` in the other transliteration; null when none or several. */
function transliterated(index: ClaimantIndex, key: string): string | null {
  if (key.includes(' ') || key.length < 5 || !/dsch|j/.test(key)) return null;
  const german = GERMAN_TRANSLITERATION.test(key);
  const fits = (index.byTransliteration.get(transliterationKey(key)) ?? []).filter((e) => GERMAN_TRANSLITERATION.test(e.key) !== german);
  return fits.length === 1 ? fits[0]!.id : null;
}

/** Words that no acronym takes a letter from ("Bundesamt für Migration und Flüchtlinge", "Bank of England"). */
const NO_INITIAL = /^(of|for|and|und|the|&|für|fuer|der|des|de|la)$/;
/**
 * The initials of a body's key of three to six words, also with each part of a hyphenated word as a
 * word ("world anti-doping agency": "waa" and "wada"); none for a shorter or longer key.
 */
function keyInitials(key: string): string[] {
  let whole = '';
  let parts = '';
  for (const word of key.split(' ')) {
    if (NO_INITIAL.test(word)) continue;
    if (!LETTER.test(word)) return [];
    whole += word[0];
    for (const part of word.split('-')) if (part) parts += part[0];
  }
  if (whole.length < 3 || whole.length > 6) return [];
  return parts !== whole && parts.length <= 6 ? [whole, parts] : [whole];
}
const LETTER = /^\p{L}/u;

export function addToIndex(index: ClaimantIndex, claimant: KnownClaimant): void {
  index.byId.set(claimant.id, claimant);
  // (Only keys of three words or more: two spaces at least, a cheap test first.)
  if (claimant.type === 'organisation' && claimant.orgKey && claimant.orgKey.indexOf(' ') !== claimant.orgKey.lastIndexOf(' ')) {
    for (const initials of keyInitials(claimant.orgKey)) {
      const ids = index.byInitials.get(initials) ?? new Set<string>();
      ids.add(claimant.id);
      index.byInitials.set(initials, ids);
    }
  }
  if (claimant.type === 'organisation' && claimant.orgKey) addTransliteration(index, claimant.id, claimant.orgKey);
  if (claimant.type === 'person' && claimant.surname && claimant.given === null) addTransliteration(index, claimant.id, claimant.surname);
  if (claimant.type === 'organisation' && claimant.orgKey) {
    index.byOrgKey.set(claimant.orgKey, claimant);
    if (/[\s-]/.test(claimant.orgKey) && !index.byLooseOrgKey.has(looseOrgKey(claimant.orgKey))) index.byLooseOrgKey.set(looseOrgKey(claimant.orgKey), claimant);
    if (claimant.surname && !index.byOtherKey.has(looseOrgKey(claimant.surname))) index.byOtherKey.set(looseOrgKey(claimant.surname), claimant);
  }
  if (claimant.type === 'person' && claimant.surname) {
    const list = index.bySurname.get(claimant.surname) ?? [];
    if (!list.some((c) => c.id === claimant.id)) list.push(claimant);
    index.bySurname.set(claimant.surname, list);
    if (claimant.given) {
      let same = index.byGiven.get(claimant.given);
      if (!same) index.byGiven.set(claimant.given, (same = new Map()));
      same.set(claimant.id, claimant);
    }
  }
}

/**
 * Records that an organisation is also known by `key` (the acronym or the long name seen beside the
 * name it is known by: "Die Weltgesundheitsorganisation (WHO)"), so another article's mention of
 * either name finds it. The first other name stays; a body's common noun ("Polizei") is none.
 * True when recorded.
 */
export function addOtherKey(index: ClaimantIndex, id: string, key: string): boolean {
  const known = index.byId.get(id);
  if (!known || known.type !== 'organisation' || known.surname || key === known.orgKey || isGenericBody(key)) return false;
  known.surname = key;
  if (!index.byOtherKey.has(looseOrgKey(key))) index.byOtherKey.set(looseOrgKey(key), known);
  return true;
}

/** True when b is a with two neighbouring letters swapped ("rabei" / "rabie"), and no other change. */
export function swappedPair(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** True when a and b differ by one letter added, dropped or changed ("Gerhard" / "Gerhardt"). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** True when a and b differ by one letter added or dropped ("Bart" / "Barth", "Staatsanwaltschat" / "Staatsanwaltschaft"), not changed. */
export function oneLetterInOrOut(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) === 1 && oneEditApart(a, b);
}

/**
 * The one claimant of this article whose context key (under `prefix`) is `word` with a letter
 * added or dropped: a misspelling inside one article. Null when none or several fit.
 */
function misspeltInArticle(context: ArticleContext, prefix: string, word: string, minLength: number): string | null {
  const ids = new Set<string>();
  for (const [key, set] of context) {
    if (prefix ? !key.startsWith(prefix) : key.includes(':')) continue;
    const other = key.slice(prefix.length);
    if (Math.min(other.length, word.length) >= minLength && oneLetterInOrOut(other, word)) for (const id of set) ids.add(id);
  }
  return ids.size === 1 ? [...ids][0]! : null;
}

/** Surnames long enough that one letter apart is a misspelling, not another family (Schmidt / Schmitt stay apart). */
const TYPO_MIN_LENGTH = 8;

/**
 * An alias is looked up on its own when it is more than a bare surname, or when a reviewer put
 * it there by hand (a bare "Biden" seen once with Joe must not claim Hunter's "Biden" later).
 */
export function aliasMatches(alias: string, manual: boolean): boolean {
  // One word alone is a bare surname or a one-word body, which the surname and organisation
  // rules handle. So are longer strings that name only that ("die Polizei", "Angaben der
  // Polizei", "das Gericht", "Bundeskanzler Merz"): those rules look at the article first, so
  // "das Gericht" joined to the one court of an article must not claim every other article's court.
  if (manual) return true;
  if (!/\S\s+\S/.test(alias.trim())) return false;
  const parsed = parseName(alias);
  if (parsed?.type === 'organisation') return parsed.key.includes(' ') && !isGenericBody(parsed.key);
  if (parsed?.type === 'person') return parsed.given !== null;
  return true;
}

/** `key` is the alias's stored key when the caller has it (aliasKey(alias) otherwise). */
export function addAlias(index: ClaimantIndex, alias: string, claimantId: string, manual = false, key = aliasKey(alias)): void {
  // A person called by the first name alone ("Thaksin" for Thaksin Shinawatra): remembered apart.
  const person = index.byId.get(claimantId);
  // …and a company called by its first word alone ("Tesla" under Tesla Motors).
  const calledCompany = person?.type === 'organisation' && person.orgKey !== null && !/\s/.test(key) && companyFirstWord(person.orgKey) === key;
  if (calledCompany || (person?.type === 'person' && person.given !== null && key === person.given && !/\s/.test(key))) {
    const set = index.byCalled.get(key) ?? new Set<string>();
    set.add(claimantId);
    index.byCalled.set(key, set);
  }
  if (!aliasMatches(alias, manual)) return;
  const set = index.byAlias.get(key) ?? new Set<string>();
  set.add(claimantId);
  index.byAlias.set(key, set);
}

export type Resolution =
  | { kind: 'existing'; id: string; parsed: ParsedName | null }
  /** A new claimant; `upgrade` names a surname-only person this full name now completes. */
  | { kind: 'new'; parsed: Extract<ParsedName, { type: 'person' | 'organisation' }> }
  | { kind: 'upgrade'; id: string; parsed: Extract<ParsedName, { type: 'person' }> }
  /** Fits several known people (a bare surname), or names only a role: no claimant. */
  | { kind: 'unresolved'; candidates: string[] };

/** The persons named in full so far in the article being grouped, by surname; bodies of several words by orgTailKey(last word). */
export type ArticleContext = Map<string, Set<string>>;

/** The context key of a body's last word ("berlin polizei" → "org:polizei"). */
export const orgTailKey = (word: string) => `org:${word}`;
/** The context key of a body's whole key. */
export const orgKeyContext = (key: string) => `orgkey:${key}`;
/** The context key of a body's initials in any order ("National Electoral Council" → "initials:cen"). */
export const initialsContext = (letters: string) => `initials:${[...letters.toLowerCase()].sort().join('')}`;
/** The context key of the article's parliament, whatever its name ("Bundestag", "Knesset", "European Parliament"). */
export const PARLIAMENT_CONTEXT = 'org:parliament';
/** The context key of another word a person of the article may be called by (ParsedName.alsoCalled). */
export const alsoCalledContext = (word: string) => `also:${word}`;
/** Common nouns of bodies that every town or country has: alone, they name no body beyond their article. */
const GENERIC_BODIES = new Set(
  (
    'regierung landesregierung stadtverwaltung verwaltung polizei gericht staatsanwaltschaft ministerium partei behoerde behoerden ' +
    'kommission verband unternehmen konzern firma verein universitaet hochschule zeitung institut stiftung gewerkschaft fraktion ' +
    'feuerwehr armee militaer senat parlament verlag rathaus gemeinde stadt kabinett opposition ausschuss ' +
    'botschaft organisation menschenrechtsorganisation hilfsorganisation agentur nachrichtenagentur presseagentur amt flughafen sender fernsehsender ' +
    'bank kammer zentralbank notenbank schule klinik krankenhaus kirche bezirk landkreis kanton provinz ' +
    'government police court company ministry party army university newspaper council bank city ' +
    'group network authority hospital college society league alliance coalition federation administration assembly exchange ' +
    'office department agency bureau board commission committee regulator watchdog ' +
    // (Session 20: "Association", "Union", "Institute", "Foundation" alone; "district", a school district.)
    'association union institute foundation district ' +
    'daily times journal tribune gazette herald chronicle'
  ).split(' '),
);

/**
 * A body's key that names a body only in its article: a common noun every town or country has
 * ("die Polizei", "Office"), or a ministry named by its portfolio alone ("Ministry of Health",
 * "Foreign Ministry", "das Gesundheitsministerium": Cyprus's and Samoa's are two).
 */
export const isGenericBody = (key: string) => GENERIC_BODIES.has(key) || portfolioOf(key) !== null || EMBASSY_OF.test(key);
/**
 * A country's embassy without its seat ("US embassy", "die US-Botschaft"): every capital has one, so
 * it names only the embassy of its article ("die US-Botschaft" after "der US-Botschaft in Nairobi").
 */
const EMBASSY_OF = /^\S+[ -](embassy|botschaft|consulate|konsulat)$/;
/** The context key of the article's embassy of a country, by the words that start its key ("us embassy in nairobi" → "embassy:us embassy"). */
export const embassyContext = (key: string) => `embassy:${/^\S+[ -](?:embassy|botschaft|consulate|konsulat)/.exec(key)?.[0] ?? key}`;
/** The context key of the article's claimant named by one word alone, read as a surname ("Hartford"). */
export const oneWordNameContext = (word: string) => `word:${word}`;
/** The context key of the article's school systems named without "District" ("Seattle Public Schools"): its "district". */
export const SCHOOL_SYSTEM_CONTEXT = 'kind:school-system';
/** The context key of a ministry of the article by its field ("ministry of health", "health ministry" → "portfolio:health"). */
export const portfolioContext = (field: string) => `portfolio:${field}`;
/** A lower-case English noun alone, after "the" or not ("police", "the police"). */
const COMMON_NOUN = /^(?:the\s+)?(\p{Ll}+)$/u;
/**
 * English common nouns of a body's kind, alone ("the newspaper", "regulator"): the article's one body
 * of that kind; "body", "organisation", "group" alone: the article's one body that is no state or government
 * ("the group" after "Human Rights Watch"; a body whose name ends with "Group" first).
 */
export const KIND_NOUN = /^(?:the\s+)?(newspaper|paper|regulator|watchdog|body|organisation|organization|group)$/i;
/** The context key of the article's bodies of a kind a common noun names ("newspaper", "regulator", "body"). */
export const kindContext = (noun: string) => `kind:${/^(newspaper|paper)$/i.test(noun) ? 'newspaper' : /^(body|organisation|organization|group)$/i.test(noun) ? 'body' : /^(company|firm)$/i.test(noun) ? 'company' : 'regulator'}`;
/** "company", "the firm" alone: the article's one company (named by a brand, a legal form, a company's kind or plural head, a branch's country). */
export const COMPANY_NOUN = /^(?:the\s+)?(company|firm)$/i;
/** "the airline", "carrier", "budget airline", "the low-cost carrier" alone: the article's one company, as "the company" is (naming rules 16). */
export const AIRLINE_NOUN = /^(?:the\s+)?(?:(?:budget|low-cost|low-fare|national|flag)\s+)?(?:airline|carrier)$/i;
/** Those who run a company named by it ("Kestrel's board", "Brenn's board of directors"): the company (group.ts reads the name). */
export const COMPANY_BOARD = /^(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2})['’]s\s+(?:board|board of directors|management)$/u;
/** "Board of Directors of the company": the article's one company, as "the company" is. */
export const BOARD_OF_COMPANY = /^(?:the\s+)?(?:board(?:\s+of\s+directors)?|management)\s+of\s+the\s+(?:company|firm)$/i;
/** A company described by its place and trade, no name ("Chicago technology company", "Minnesota-based firm"): the article's one company. */
export const COMPANY_DESCRIPTION = /^(?:the\s+)?\p{Lu}[\p{L}.]*(?:-based)?(?:\s+\p{Ll}+){0,2}\s+(?:company|firm)$/u;

/**
 * Surnames so many unrelated people carry that the library knowing one of them says little (the
 * ten most frequent in the United States, in Britain and in Germany): alone, such a surname names
 * only the person of its own article ("Williams" after "Serena Williams"); outside it, it stays
 * unresolved, and a full name of another article does not complete it.
 */
const COMMON_SURNAMES = new Set(
  (
    'smith johnson williams brown jones garcia miller davis rodriguez martinez taylor davies evans wilson thomas ' +
    'mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann'
  ).split(' '),
);

/** A capitalised name of one to four words, then a plural of those who speak for a body ("Apple executives"). */
const MEMBERS_OF = /^(?:the\s+)?(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})\s+(?:executives|officials|leaders|spokesmen|spokeswomen|spokespeople|representatives|negotiators|bosses|management)$/u;

/** One who speaks for a body, then the body ("spokesman for the town council", "a spokesperson for Kestrel Motors"): the body. */
const SPEAKS_FOR = /^(?:(?:a|an|the)\s+)?(?:spokesman|spokeswoman|spokesperson|spokespeople|official|officials|representative|representatives|source|sources)\s+(?:for|of|at|from)\s+(?:the\s+)?(\S.*)$/iu;
/**
 * One who speaks for a body named before them by its common noun in lower case ("government spokeswoman",
 * "council spokesman", "ministry officials"): the article's one body whose name ends with that noun.
 */
const NOUN_SPEAKS = /^(?:(?:[Aa]|[Aa]n|[Tt]he)\s+)?(?:(?:senior|top|chief)\s+)?((?:\p{Lu}(?=\p{Ll}+\s+\p{Ll}))?\p{Ll}+)\s+(?:spokesman|spokeswoman|spokesperson|spokespeople|official|officials|representative|representatives|source|sources)$/u;
/** Those who speak for a body named before them by its common noun wait for the article's bodies (group.ts). */
export const speaksForNoun = (name: string) => {
  const noun = NOUN_SPEAKS.exec(name);
  return noun !== null && GENERIC_BODIES.has(noun[1]!.toLowerCase());
};
/** The article's bodies a lower-case common body noun alone names ("police", "government": also a country's government). */
const bodiesOfNoun = (noun: string, context: ArticleContext): Set<string> | undefined => {
  const fits = context.get(orgTailKey(noun));
  if (noun === 'district') {
    const systems = context.get(SCHOOL_SYSTEM_CONTEXT);
    return systems ? new Set([...(fits ?? []), ...systems]) : fits;
  }
  if (noun !== 'government') return fits;
  const states = context.get(orgTailKey('regierung'));
  return states ? new Set([...(fits ?? []), ...states]) : fits;
};
/** Those who speak for a body named after them wait for the article's bodies (group.ts). */
export const speaksForBody = (name: string) => / (?:for|of|at|from) /i.test(name) && SPEAKS_FOR.test(name);
/** Lower-case words ending with a common body noun ("the town council", "the police"). */
const LOWER_WORDS = /^\p{Ll}+(?:\s+\p{Ll}+){0,3}$/u;

/** Places that are also first names: a bare one is never taken for a person's first name. */
const PLACE_NAMES = new Set('israel jordan paris georgia india china victoria sydney washington austin florence chelsea lincoln'.split(' '));

/**
 * The people the article's text names in full ("Glenn Phillips"), asked for a bare surname (folded)
 * when it needs them: at least those named in the paragraphs that hold the surname (text-names.ts).
 */
export type ArticleFullNames = (surname: string) => readonly string[];

/**
 * The one person of the article's text whose full name has this surname ("Phillips" in an article
 * whose text names "Glenn Phillips, a park ranger"): their full name as first written. Null when the
 * text names none in full, or two people of that surname ("Joe Biden", "Hunter Biden"). Names of
 * which one ends with the other's words are one person ("Thema Horst Arnold" / "Horst Arnold",
 * "Ayaan Hirsi Ali" / "Hirsi Ali": the registry keeps a word before a name that is none).
 */
function fullNameInText(surname: string, fullNames: ArticleFullNames | undefined): string | null {
  if (!fullNames) return null;
  let found: string | null = null;
  let foundWords = '';
  for (const name of fullNames(surname)) {
    // (A cheap test first: the name must hold the surname, folded; "Dana Whitcombe of Ardent Power" too.)
    const folded = fold(name);
    if (!folded.includes(surname)) continue;
    const p = parseName(name);
    if (p?.type !== 'person' || p.given === null || p.surname !== surname) continue;
    const words = ` ${fold(p.display).split(/\s+/).join(' ')}`;
    if (found === null) {
      found = name;
      foundWords = words;
    } else if (!words.endsWith(foundWords) && !foundWords.endsWith(words)) return null;
  }
  return found;
}

export function resolveName(raw: string, index: ClaimantIndex, context: ArticleContext = new Map(), fullNames?: ArticleFullNames): Resolution {
  const parsed = parseName(raw);
  if (parsed?.type === 'role') {
    // "Ärzte ohne Grenzen" after "Die Hilfsorganisation Ärzte ohne Grenzen": words that do not read
    // as a name, but are the name of a body of this article (or, of several words, of the library).
    const asBody = bodyKey(raw.trim().replace(/^(die|der|das|den|dem|des|the)\s+/i, ''));
    const inArticle = context.get(orgKeyContext(asBody));
    if (inArticle && inArticle.size === 1) return { kind: 'existing', id: [...inArticle][0]!, parsed };
    const known = asBody.includes(' ') && /\p{Lu}/u.test(raw) ? index.byOrgKey.get(asBody) : undefined;
    if (known) return { kind: 'existing', id: known.id, parsed };
    // "Apple executives", "GAM leaders": those who speak for a body as a group speak for it, when the
    // body is known by that name (in this article, else in the library); never a new claimant
    // ("Chinese officials" stay no one).
    // "parliament" after "the Bundestag": the article's one parliament.
    if (/^(?:the\s+)?parliament$/i.test(raw.trim())) {
      const parliament = context.get(PARLIAMENT_CONTEXT);
      if (parliament && parliament.size === 1) return { kind: 'existing', id: [...parliament][0]!, parsed };
    }
    // "newspaper" after "Herald Sun", "the regulator" after "Consumer Financial Protection Bureau": the
    // article's one body of that kind (two: neither; none: no one).
    // "police" after "Key West Police": a common body noun in lower case alone is the article's one
    // body whose name ends with it, as "Police" is.
    const common = COMMON_NOUN.exec(raw.trim());
    if (common && GENERIC_BODIES.has(common[1]!)) {
      const fits = bodiesOfNoun(common[1]!, context);
      if (fits && fits.size === 1) return { kind: 'existing', id: [...fits][0]!, parsed };
      // "the company" after "Vodafone Germany": the article's one company, whatever its name ends with.
      if (!fits && COMPANY_NOUN.test(raw.trim())) {
        const companies = context.get(kindContext('company'));
        if (companies && companies.size === 1) return { kind: 'existing', id: [...companies][0]!, parsed };
      }
    }
    // "Board of Directors of the company" after "Kestrel's board": the article's one company, as "the company" is;
    // so is "the airline", "budget carrier" after "Kestrel Airways".
    if (BOARD_OF_COMPANY.test(raw.trim()) || AIRLINE_NOUN.test(raw.trim())) {
      const companies = context.get(kindContext('company'));
      if (companies && companies.size === 1) return { kind: 'existing', id: [...companies][0]!, parsed };
    }
    // "government spokeswoman" after "Welsh Government": the article's one body of that noun (two: no one).
    // ("District officials": the noun capitalised at the start of a sentence, as "Health officials" is no one.)
    const nounSpeaks = NOUN_SPEAKS.exec(raw.trim());
    if (nounSpeaks && GENERIC_BODIES.has(nounSpeaks[1]!.toLowerCase())) {
      const noun = nounSpeaks[1]!.toLowerCase();
      const fits = bodiesOfNoun(noun, context);
      if (fits && fits.size === 1) return { kind: 'existing', id: [...fits][0]!, parsed };
      // "company officials" after "Kestrel Farms": the article's one company, as "the company" is.
      if (!fits && /^(company|firm)$/.test(noun)) {
        const companies = context.get(kindContext('company'));
        if (companies && companies.size === 1) return { kind: 'existing', id: [...companies][0]!, parsed };
      }
    }
    const kindNoun = KIND_NOUN.exec(raw.trim());
    if (kindNoun) {
      const ofKind = context.get(kindContext(kindNoun[1]!));
      if (ofKind && ofKind.size === 1) return { kind: 'existing', id: [...ofKind][0]!, parsed };
    }
    // "spokesman for the town council" after "Ottery Town Council": the article's one body whose name ends
    // with those words (a lower-case common body noun, as "police" alone); "a spokesperson for Kestrel
    // Motors": the body of that name, of this article or the library (never a new claimant).
    const speaksFor = speaksForBody(raw) ? SPEAKS_FOR.exec(raw.trim()) : null;
    if (speaksFor) {
      const body = speaksFor[1]!;
      if (LOWER_WORDS.test(body)) {
        const words = body.split(/\s+/);
        if (GENERIC_BODIES.has(words[words.length - 1]!)) {
          const fits = new Set<string>();
          if (words.length === 1) for (const id of context.get(orgTailKey(words[0]!)) ?? []) fits.add(id);
          else {
            const tail = bodyKey(body);
            for (const [key, ids] of context) if (key.startsWith('orgkey:') && (key.endsWith(` ${tail}`) || key === orgKeyContext(tail))) for (const id of ids) fits.add(id);
          }
          if (fits.size === 1) return { kind: 'existing', id: [...fits][0]!, parsed };
        }
      } else if (/^\p{Lu}/u.test(body)) {
        const key = bodyKey(body);
        const ofArticle = context.get(orgKeyContext(key));
        if (ofArticle) return ofArticle.size === 1 ? { kind: 'existing', id: [...ofArticle][0]!, parsed } : { kind: 'unresolved', candidates: [...ofArticle] };
        // "spokesperson for The Hartford" after "Hartford": a name after "the" is a body's, so the article's one
        // claimant named by that word alone (read as a surname) is that body.
        if (/\s(?:for|of|at|from)\s+[Tt]he\s+\p{Lu}\p{Ll}+$/u.test(raw.trim())) {
          const named = context.get(oneWordNameContext(fold(body)));
          if (named && named.size === 1) return { kind: 'existing', id: [...named][0]!, parsed };
        }
        const known = isGenericBody(key) ? undefined : (index.byOrgKey.get(key) ?? index.byOtherKey.get(looseOrgKey(key)) ?? index.byLooseOrgKey.get(looseOrgKey(key)));
        if (known) return { kind: 'existing', id: known.id, parsed };
      }
    }
    const members = MEMBERS_OF.exec(raw.trim());
    if (members) {
      const key = bodyKey(members[1]!);
      const ofArticle = context.get(orgKeyContext(key));
      if (ofArticle) return ofArticle.size === 1 ? { kind: 'existing', id: [...ofArticle][0]!, parsed } : { kind: 'unresolved', candidates: [...ofArticle] };
      const body = isGenericBody(key) ? undefined : (index.byOrgKey.get(key) ?? index.byOtherKey.get(looseOrgKey(key)) ?? index.byLooseOrgKey.get(looseOrgKey(key)));
      if (body) return { kind: 'existing', id: body.id, parsed };
    }
  }
  // "Chicago technology company" after "ShopperTrak": the article's one company named by a brand (two: the
  // description stays as it was read).
  if (/(?:company|firm)\s*$/.test(raw) && COMPANY_DESCRIPTION.test(raw.trim())) {
    const fits = context.get(kindContext('company'));
    if (fits && fits.size === 1) return { kind: 'existing', id: [...fits][0]!, parsed };
  }
  if (!parsed || parsed.type === 'role') return { kind: 'unresolved', candidates: [] };
  // "die in New York City geborene Lopez" after "Jennifer Lopez": an article and a surname of this
  // article's person read like a group's name; they are that person.
  if (parsed.type === 'organisation' && !parsed.key.includes(' ') && parsed.key.length >= 4 && !/^\p{Lu}{2,}$/u.test(parsed.display)) {
    const person = context.get(parsed.key);
    if (person && person.size === 1) return { kind: 'existing', id: [...person][0]!, parsed };
  }
  // "Quito" after "Brayan Quito": a one-word name read as a capital or a country ("Quito" is Ecuador's
  // government, "Jordan" a state) is the article's one person of that surname.
  if (parsed.type === 'organisation' && parsed.display.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(parsed.display) && parsed.key !== fold(parsed.display)) {
    const person = context.get(fold(parsed.display));
    if (person && person.size === 1) return { kind: 'existing', id: [...person][0]!, parsed };
  }
  // "Polizei" after "Berliner Polizei" in the same article: a one-word body joins the one body
  // of this article whose name ends with that word (two such bodies: the library decides).
  // The same for the head of a compound: "Ministerium" after "des schleswig-holsteinischen Sozialministeriums".
  if (parsed.type === 'organisation' && !parsed.key.includes(' ')) {
    const inArticle = context.get(orgTailKey(parsed.key));
    if (inArticle && inArticle.size === 1) return { kind: 'existing', id: [...inArticle][0]!, parsed };
    if (!inArticle && parsed.key.length >= 5) {
      const ids = new Set<string>();
      for (const [key, set] of context) if (key.startsWith('org:') && key.endsWith(parsed.key)) for (const id of set) ids.add(id);
      if (ids.size === 1) return { kind: 'existing', id: [...ids][0]!, parsed };
      // "die Staatsanwaltschat" after "die Staatsanwaltschaft": a letter dropped or added, in one article.
      if (ids.size === 0) {
        const misspelt = misspeltInArticle(context, 'org:', parsed.key, TYPO_MIN_LENGTH);
        if (misspelt) return { kind: 'existing', id: misspelt, parsed };
      }
    }
  }
  // "Die Demokratische Partei" after "Die Demokratische Partei Thailands": the body of this article
  // known by that name (before the library, where another country's party of that name may be).
  if (parsed.type === 'organisation' && parsed.key.includes(' ')) {
    const inArticle = context.get(orgKeyContext(parsed.key));
    if (inArticle && inArticle.size === 1) return { kind: 'existing', id: [...inArticle][0]!, parsed };
  }
  const byAlias = index.byAlias.get(aliasKey(raw));
  if (byAlias && byAlias.size === 1) return { kind: 'existing', id: [...byAlias][0]!, parsed };

  if (parsed.type === 'organisation') {
    // "die Staatsanwaltschaft", "das Gericht", "die Polizei" alone name the body of their article,
    // not the one another article named so: such a word joins no body of the library.
    // One that fits two bodies of its article ("Polizei" after "Berliner Polizei" and "Hamburger Polizei") stays unresolved.
    // "Health Ministry" after "Ministry of Health" in one article: one ministry by its field.
    const field = portfolioOf(parsed.key);
    if (field !== null) {
      const fits = context.get(portfolioContext(field));
      if (fits) return fits.size === 1 ? { kind: 'existing', id: [...fits][0]!, parsed } : { kind: 'unresolved', candidates: [...fits] };
      return { kind: 'new', parsed };
    }
    // "India's defence ministry" after "Ministry of Defence": the article's one ministry of that field named
    // without a country (another country's, "Pakistan's defence ministry", is not it).
    const stateField = statePortfolioOf(parsed.key);
    if (stateField !== null) {
      const fits = [...(context.get(portfolioContext(stateField)) ?? [])];
      const generic = fits.filter((id) => { const key = index.byId.get(id)?.orgKey; return key != null && portfolioOf(key) !== null; });
      if (fits.length === 1 && generic.length === 1) return { kind: 'existing', id: generic[0]!, parsed };
    }
    // "US embassy" after "the US Embassy in Nairobi": the article's embassy of that country.
    const embassy = EMBASSY_OF.exec(parsed.key);
    if (embassy) {
      const fits = context.get(embassyContext(parsed.key));
      if (fits) return fits.size === 1 ? { kind: 'existing', id: [...fits][0]!, parsed } : { kind: 'unresolved', candidates: [...fits] };
    }
    if (isGenericBody(parsed.key)) {
      const fits = context.get(orgTailKey(parsed.key));
      return fits && fits.size > 1 ? { kind: 'unresolved', candidates: [...fits] } : { kind: 'new', parsed };
    }
    // "Spiegel-Online" / "Spiegel Online": a name written with a hyphen or a space is one name.
    const known = index.byOrgKey.get(parsed.key) ?? (/[\s-]/.test(parsed.key) ? index.byLooseOrgKey.get(looseOrgKey(parsed.key)) : undefined);
    if (known) return { kind: 'existing', id: known.id, parsed };
    // "Schätzung der Weltgesundheitsorganisation" when an earlier article named "Die
    // Weltgesundheitsorganisation (WHO)"; "einer dpa-Meldung" after "die Deutsche Presse-Agentur (dpa)"
    // joined a body known by the long name: the other name a body was seen with.
    const other = index.byOtherKey.get(looseOrgKey(parsed.key));
    if (other) return { kind: 'existing', id: other.id, parsed };
    // "die Deutsche Presse-Agentur (dpa)" when the library knows "die Deutsche Presseagentur": its long name.
    if (parsed.also && !isGenericBody(parsed.also)) {
      const byLong = index.byOrgKey.get(parsed.also) ?? index.byLooseOrgKey.get(looseOrgKey(parsed.also)) ?? index.byOtherKey.get(looseOrgKey(parsed.also));
      if (byLong) return { kind: 'existing', id: byLong.id, parsed };
    }
    // "Associated Press news agency" when the library knows "Associated Press", read as a person's name:
    // a body said to be of a kind is the one claimant known by those words; "ChatGPT-maker Open AI"
    // when it knows a bare "OpenAI": by its words written as one.
    if (parsed.kind && parsed.key.includes(' ')) {
      const byWords = index.byAlias.get(parsed.key);
      if (byWords && byWords.size === 1) return { kind: 'existing', id: [...byWords][0]!, parsed };
      const asOneWord = index.bySurname.get(parsed.also ?? looseOrgKey(parsed.key)) ?? [];
      if (asOneWord.length === 1 && asOneWord[0]!.given === null) return { kind: 'existing', id: asOneWord[0]!.id, parsed };
      // …or a brand known as a body ("NordaLabs", one word with a capital inside).
      const brand = index.byOrgKey.get(parsed.also ?? looseOrgKey(parsed.key));
      if (brand) return { kind: 'existing', id: brand.id, parsed };
    }
    // "CNE" after "National Electoral Council" in one article: an acronym of three letters or more that
    // has the initials of the article's one body of that many words, in another order (a translated name).
    if (/^\p{Lu}{3,6}$/u.test(parsed.display)) {
      const inArticle = context.get(initialsContext(parsed.key));
      if (inArticle && inArticle.size === 1) return { kind: 'existing', id: [...inArticle][0]!, parsed };
    }
    // "PDP" when the library knows "Peoples Democratic Party", "WADA" after "World Anti-Doping Agency": an
    // acronym of three letters or more is the one known body of three words or more with those initials
    // (two such bodies: neither).
    if (/^\p{Lu}{3,6}$/u.test(parsed.display)) {
      const byLong = index.byInitials.get(parsed.key);
      if (byLong && byLong.size === 1) return { kind: 'existing', id: [...byLong][0]!, parsed };
    }
    // "Die British Broadcasting Corporation" when the library knows the BBC: three capitalised words
    // or more whose initials are a body known by that acronym.
    const words = parsed.display.split(' ').filter((w) => !/^(of|for|and|und|the|&|für|der|des|de|la)$/i.test(w));
    if (words.length >= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) {
      const byInitials = index.byOrgKey.get(words.map((w) => w[0]!.toLowerCase()).join(''));
      if (byInitials) return { kind: 'existing', id: byInitials.id, parsed };
    }
    // "Dem Sender al-Dschasira" when the library knows "Al-Jazeera": one name, two transliterations.
    const otherSpelling = transliterated(index, parsed.key);
    if (otherSpelling) return { kind: 'existing', id: otherSpelling, parsed };
    return { kind: 'new', parsed };
  }

  const sameSurname = index.bySurname.get(parsed.surname) ?? [];
  const named = sameSurname.filter((c) => c.given !== null);
  // "Hamas official" is Hamas, but "Biden officials" are not Joe Biden: a one-word name's officials or
  // members are no one when the name is a surname of a person known in full (here or in the library).
  if (parsed.given === null && (context.has(parsed.surname) || named.length > 0)) {
    const words = raw.trim().split(/\s+/);
    if (words.length === 2 && MEMBERS_AFTER_NAME.test(words[1]!)) return { kind: 'unresolved', candidates: named.map((c) => c.id) };
  }
  // Capitalised words read as a name that are a body's name ("Informationen von Al-Dschasira"
  // after "des arabischen Senders Al-Dschasira", "Angaben von Vattenfall Europe" after "Die
  // Betreiberfirma Vattenfall Europe"): the body of this article, else the one body of the library
  // with that name when no person of that name is known.
  const asBody = bodyKey(parsed.display);
  const bodyInArticle = context.get(orgKeyContext(asBody));
  if (bodyInArticle && bodyInArticle.size === 1) return { kind: 'existing', id: [...bodyInArticle][0]!, parsed };
  if (parsed.given === null) {
    // "Rood’s" after "John Rood": one word with an English possessive is the article's one person of that
    // surname (alone, a word keeps its "’s": brands are named so, "McDonald's").
    if (/\p{L}['’]s$/u.test(raw.trim()) && !context.has(parsed.surname)) {
      const owner = context.get(parsed.surname.slice(0, -1));
      if (owner && owner.size === 1) return { kind: 'existing', id: [...owner][0]!, parsed };
    }
    const inArticle = [...(context.get(parsed.surname) ?? [])];
    if (inArticle.length === 1) return { kind: 'existing', id: inArticle[0]!, parsed };
    if (inArticle.length > 1) return { kind: 'unresolved', candidates: inArticle };
    // "Thaksin" after "Thaksin Shinawatra", "Pérez" after "Adolfo Pérez Esquivel": the one person
    // of this article also called so (never a place that is also a first name: "Israel", "Paris").
    const alsoInArticle = [...(context.get(alsoCalledContext(parsed.surname)) ?? [])];
    if (alsoInArticle.length === 1 && !PLACE_NAMES.has(parsed.surname)) return { kind: 'existing', id: alsoInArticle[0]!, parsed };
    // "Barth" after "Hubert Bart": the one person of this article whose surname is this one with a
    // letter added or dropped (a changed letter is another family: Schmidt / Schmitt, Müller / Möller).
    if (inArticle.length === 0 && alsoInArticle.length === 0 && !context.has(alsoCalledContext(parsed.surname))) {
      const misspelt = misspeltInArticle(context, '', parsed.surname, 4);
      if (misspelt) return { kind: 'existing', id: misspelt, parsed };
    }
    // "Phillips" in an article whose claims name no Phillips in full, but whose text names "Glenn
    // Phillips": that person, as if named in full (the library's Carrie Phillips of another article is
    // not them). (Only a text that names one person of that surname in full decides; two, or none:
    // the library's rules below.)
    const inText = fullNameInText(parsed.surname, fullNames);
    if (inText !== null) {
      const full = resolveName(inText, index, context);
      // (A text's first name one letter from the library's one person of that surname, "Steffen" /
      // "Steffan Seibert", tells nothing against them: the library's rules below decide.)
      const nearName = full.kind === 'new' && full.parsed.type === 'person' && named.length === 1 && oneEditApart(named[0]!.given!, full.parsed.given ?? '');
      if (full.kind !== 'unresolved' && !nearName) return full;
    }
    // A word that names a body only in its article ("Stadt", "Bank") joins no body of the library.
    if (sameSurname.length === 0 && !isGenericBody(asBody)) {
      const body = index.byOrgKey.get(asBody) ?? index.byOtherKey.get(looseOrgKey(asBody));
      if (body) return { kind: 'existing', id: body.id, parsed };
    }
    // "Datuk Seri Anwar" when the library knows Anwar Ibrahim: a first name after a Malaysian honorific
    // is the one known person of that given name (none of that surname; two of that given name: apart).
    if (parsed.firstName && sameSurname.length === 0) {
      const fits = [...(index.byGiven.get(parsed.firstName)?.values() ?? [])];
      if (fits.length === 1) return { kind: 'existing', id: fits[0]!.id, parsed };
    }
    if (COMMON_SURNAMES.has(parsed.surname)) return { kind: 'unresolved', candidates: named.map((c) => c.id) };
    // "Thaksin" in a new article, when an earlier one called Thaksin Shinawatra so: a first name that
    // another article used alone for one person (never a surname of the library, a place, a short name;
    // two persons called so: unresolved).
    const called = index.byCalled.get(parsed.surname);
    if (sameSurname.length === 0 && called && parsed.surname.length >= 5 && !PLACE_NAMES.has(parsed.surname)) {
      return called.size === 1 ? { kind: 'existing', id: [...called][0]!, parsed } : { kind: 'unresolved', candidates: [...called] };
    }
    if (named.length === 1) return { kind: 'existing', id: named[0]!.id, parsed };
    if (named.length > 1) return { kind: 'unresolved', candidates: named.map((c) => c.id) };
    const bare = sameSurname.find((c) => c.given === null);
    if (bare) return { kind: 'existing', id: bare.id, parsed };
    // "Al-Jazeera" when the library knows "al-Dschasira" (a body, or a name seen alone).
    const otherSpelling = sameSurname.length === 0 ? transliterated(index, parsed.surname) : null;
    return otherSpelling ? { kind: 'existing', id: otherSpelling, parsed } : { kind: 'new', parsed };
  }

  if (parsed.initial) {
    const fits = named.filter((c) => c.given!.startsWith(parsed.given!));
    if (fits.length === 1) return { kind: 'existing', id: fits[0]!.id, parsed };
    if (fits.length > 1) return { kind: 'unresolved', candidates: fits.map((c) => c.id) };
  } else {
    const same = named.find((c) => c.given === parsed.given);
    if (same) return { kind: 'existing', id: same.id, parsed };
    // "Jose Manual Barroso" for José Manuel Barroso: the same first name and surname, a middle name of five
    // letters or more with one letter changed after its first (never the first name: Christina / Christine).
    const middle = parsed.alsoCalled?.length === 1 && parsed.display.split(' ').length === 3 ? parsed.alsoCalled[0]! : null;
    const given = parsed.given ?? '';
    if (middle !== null && middle.length >= 5 && given.endsWith(middle)) {
      const first = given.length - middle.length;
      const fits = named.filter((c) => c.given!.length === given.length && oneEditApart(c.given!, given) && c.given!.slice(0, first + 1) === given.slice(0, first + 1));
      if (fits.length === 1) return { kind: 'existing', id: fits[0]!.id, parsed };
    }
  }
  if (sameSurname.length === 0 && asBody.includes(' ')) {
    // (…or by the name it has without its legal form: "Lorvik Shipping" after "Lorvik Shipping Pte Ltd".)
    const body = index.byOrgKey.get(asBody) ?? index.byOtherKey.get(looseOrgKey(asBody));
    if (body) return { kind: 'existing', id: body.id, parsed };
  }
  // A person first seen by surname alone ("Merz") is completed by the first full name, unless
  // another person of that surname is already known (then the bare one stays as it was).
  const bare = sameSurname.find((c) => c.given === null);
  if (bare && named.length === 0 && !parsed.initial && !COMMON_SURNAMES.has(parsed.surname)) return { kind: 'upgrade', id: bare.id, parsed };
  // Two letters of the surname swapped ("Osama Rabie" / "Osama Rabei", a transliteration spelt two ways): the
  // same first name and a surname of five letters or more, when exactly one known person fits (a changed
  // letter stays another family: Schmidt / Schmitt).
  if (named.length === 0 && !parsed.initial && parsed.surname.length >= 5) {
    const fits = [...(index.byGiven.get(parsed.given)?.values() ?? [])].filter((c) => c.surname !== null && swappedPair(c.surname, parsed.surname));
    if (fits.length === 1) return { kind: 'existing', id: fits[0]!.id, parsed };
  }
  // A misspelt surname ("Wolfgang Gerhard" for Wolfgang Gerhardt): the same first name and a long
  // surname one letter apart, and only when exactly one known person fits.
  if (named.length === 0 && !parsed.initial && parsed.surname.length >= TYPO_MIN_LENGTH - 1) {
    const fits = [...(index.byGiven.get(parsed.given)?.values() ?? [])].filter((c) => c.surname !== null && Math.max(c.surname.length, parsed.surname.length) >= TYPO_MIN_LENGTH && oneEditApart(c.surname, parsed.surname));
    if (fits.length === 1) return { kind: 'existing', id: fits[0]!.id, parsed };
    // …or a person known by that surname alone, misspelt ("Müntefering", then "Franz Münteferin").
    const bareFits: KnownClaimant[] = [];
    for (const [surname, list] of index.bySurname) {
      if (Math.max(surname.length, parsed.surname.length) < TYPO_MIN_LENGTH || !oneEditApart(surname, parsed.surname)) continue;
      if (list.some((c) => c.given !== null)) return { kind: 'new', parsed };
      bareFits.push(...list);
    }
    if (bareFits.length === 1) return { kind: 'upgrade', id: bareFits[0]!.id, parsed };
  }
  return { kind: 'new', parsed };
}
