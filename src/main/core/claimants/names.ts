// What a claimant string names: a person (given name and surname, roles and titles stripped),
// an organisation, or only a role ("ein Sprecher des Ministeriums"). Pure and conservative:
// it reads one string and never guesses across strings; resolve.ts decides who is who.

export type ParsedName =
  | {
      type: 'person';
      /** The name as it should be shown, roles and titles stripped ("Donald Trump", "von der Leyen"). */
      display: string;
      /** The first given name, folded ("donald", "jinping"); null for a bare surname. */
      given: string | null;
      /** True when the given name is only an initial ("J. Biden"). */
      initial: boolean;
      /** The surname without particles, folded ("trump", "leyen", "xi"). */
      surname: string;
      /**
       * Other words a bare mention in the same article may use for this person: the first name of
       * a two-word name ("Thaksin" of Thaksin Shinawatra), the middle word of a three-word one
       * ("Pérez" of Adolfo Pérez Esquivel). Folded; only the article's context uses them.
       */
      alsoCalled?: string[];
      /**
       * A given name used alone after an honorific that goes with a first name ("Datuk Seri Anwar",
       * "Tun Mahathir": Malay names have no surname), folded; resolve.ts looks it up among given names.
       */
      firstName?: string;
    }
  | {
      type: 'organisation';
      display: string;
      key: string;
      /** The noun that said what kind of body it is ("menschenrechtsorganisation" of "der Menschenrechtsorganisation amnesty international"), folded; only the article's context uses it. */
      kind?: string;
      /** The key of the long name of a body found by its acronym ("reporter ohn grenzen" of „Reporter ohne Grenzen“ (ROG)); only the article's context uses it. */
      also?: string;
    }
  /** A role or description with no name in it ("der Regierungssprecher", "a spokesperson"): nobody to group. */
  | { type: 'role'; display: string };

/** Lower case, German umlauts spelled out, other accents dropped: "Söder" and "Soeder" meet. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** German and English spellings of the same names (transliterations differ between the languages). */
const GIVEN_FORMS: Record<string, string> = {
  wladimir: 'vladimir',
  wolodymyr: 'volodymyr',
  wolodimir: 'volodymyr',
  sergej: 'sergey',
  sergei: 'sergey',
  alexej: 'alexey',
  alexei: 'alexey',
  dmitri: 'dmitry',
  dmitrij: 'dmitry',
  jewgeni: 'yevgeny',
  jewgenij: 'yevgeny',
  juri: 'yuri',
  josef: 'joseph',
  recep: 'recep',
  benjamin: 'benjamin',
};
const SURNAME_FORMS: Record<string, string> = {
  selenskyj: 'zelensky',
  selenskij: 'zelensky',
  selensky: 'zelensky',
  selenski: 'zelensky',
  zelenskyy: 'zelensky',
  zelenskiy: 'zelensky',
  lawrow: 'lavrov',
  medwedew: 'medvedev',
  nawalny: 'navalny',
  netanjahu: 'netanyahu',
  schoigu: 'shoigu',
  prigoschin: 'prigozhin',
  chamenei: 'khamenei',
  lukaschenko: 'lukashenko',
  tschentscher: 'tschentscher',
};
// A long i written "ie" or "i" before another syllable: Siegmar / Sigmar, Siegfried / Sigfried,
// Dieter / Diter (not at the end: Gabriel, Daniel, Marie keep theirs).
const LONG_I = /(?<=[^aeiou])ie(?=[^aeiou]+[aeiouy])/g;
const givenKey = (token: string) =>
  fold(token)
    .split('-')
    .map((part) => GIVEN_FORMS[part] ?? part.replace(LONG_I, 'i'))
    .join('-');
const surnameKey = (token: string) => {
  const f = fold(token);
  return SURNAME_FORMS[f] ?? f;
};

/** Family names that come first in Chinese, Korean and Vietnamese order ("Xi Jinping": Xi is the surname). */
const EAST_ASIAN_SURNAMES = new Set(
  // Without those that are also common Western names (Lee, Park, Moon, Song, Han): a hyphenated Korean given name says it instead.
  'xi li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao guo luo liang zheng xie feng dong xiao cheng cao yuan deng zeng peng jiang cai jia wei pan xia zhong tian shi yao liao zou xiong kim choi yoon nguyen tran pham hoang'.split(' '),
);

/** Name particles that belong to a surname ("von der Leyen", "van Gogh", "bin Salman"). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'zu', 'vom', 'zur', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'dos', 'do', 'y']);

/** Words that say what someone is, not who: stripped from the front of a name. */
const TITLE_WORDS = new Set(
  (
    'herr frau mr mrs ms miss dr prof professor sir dame lord lady st ' +
    'präsident präsidentin president kanzler kanzlerin chancellor minister ministerin premier premierminister premierministerin ' +
    'staatschef staatschefin regierungschef regierungschefin senator senatorin governor gouverneur gouverneurin ' +
    'general generalin admiral colonel oberst papst pope king queen könig königin prinz prinzessin prince princess ' +
    'bürgermeister bürgermeisterin mayor sprecher sprecherin spokesman spokeswoman spokesperson ' +
    'abgeordnete abgeordneter abgeordneten richter richterin judge justice chef chefin chief ceo cfo coo ' +
    'vorsitzende vorsitzender chairman chairwoman chair leader führer anführer secretary sekretär sekretärin ' +
    'direktor direktorin director leiter leiterin botschafter botschafterin ambassador ' +
    'experte expertin expert analyst analystin ökonom ökonomin economist forscher forscherin researcher ' +
    'trainer trainerin coach executive rep representative sen gov pres vize vice former ex ehemalige ehemaliger ' +
    'us- eu- landes- bundes- parteichef parteichefin fraktionschef fraktionschefin ' +
    'ministerpräsident ministerpräsidentin bundespräsident bundespräsidentin bundeskanzler bundeskanzlerin ' +
    'außenminister außenministerin finanzminister finanzministerin innenminister innenministerin ' +
    'gesundheitsminister gesundheitsministerin verteidigungsminister verteidigungsministerin wirtschaftsminister wirtschaftsministerin ' +
    'polizeisprecher polizeisprecherin regierungssprecher regierungssprecherin pressesprecher pressesprecherin ' +
    // English ranks, offices and their abbreviations ("PM Imran", "Cmdr. Ana Ruiz", "League referee Tom Hale").
    'pm mp cmdr capt sgt lt col det insp supt atty rev hon referee umpire businessman businesswoman sheriff commander frontbencher backbencher ' +
    'captain lieutenant sergeant detective inspector superintendent lawmaker congressman congresswoman councilman councilwoman ' +
    // Local government and parliaments of the Commonwealth and the US ("Cllr Ana Ruiz", "Coun. Tom Hale",
    // "Ald. Joe Moore", "District Attorney …"): an office, never a given name. (Not the offices written
    // as acronyms, "TD", "MSP": "TD Securities" is a bank.)
    'cllr councillor councilor coun ald alderman alderwoman alderperson supervisor commissioner assemblyman assemblywoman ' +
    'assemblymember delegate trustee deputy treasurer speaker comptroller attorney prosecutor magistrate coroner ' +
    // Malaysian and Bruneian honorifics ("Datuk Seri Anwar", "Tun Mahathir"; "Tan Sri" is dropped as a pair).
    'datuk dato datin tun seri tunku tengku'
  ).split(' '),
);
/**
 * Religious titles and British peerages, English and German: before a name they are no part of it
 * ("Imam …", "Bishop …", "Pfarrer …", "Baroness …"); alone, some are surnames ("Bishop", "Baron").
 */
const TITLES_BEFORE_NAME = new Set(
  ('imam rabbi sheikh sheik shaikh ayatollah mullah archbishop bishop cardinal pastor father fr reverend monsignor msgr deacon ' +
    'pfarrer pfarrerin bischof bischöfin erzbischof scheich baroness baron viscount viscountess marquess countess').split(' '),
);
/** Lower-case nouns for a person or people that head a description ("senior US administration official"). */
const PERSON_HEAD = /^(?:official|officials|officer|officers|source|sources|aide|aides|staffer|staffers|insider|insiders|spokesperson|spokesman|spokeswoman|adviser|advisers|advisor|advisors|diplomat|diplomats|executive|executives|lawyer|lawyers|negotiator|negotiators|person|people|member|members)$/;
/** Lower-case words of rank before a body's source ("a senior Commission official", "top Kremlin sources"). */
const RANK_BEFORE_SOURCE = /^(a|an|the|one|two|several|senior|top|high-ranking|chief|leading)$/;
/** Who speak for a body, after its name ("Downing Street source", "Kremlin sources"). */
// (Session 21: and its spokesman, "Network Rail spokesman", "Pentagon spokeswoman", "MTA spokesman"; "Southern
// spokeswoman" stays no one: "Southern" alone reads as a surname, and a person's spokesman is not the person.)
// (Session 22: and its representative, "Kestrel Farms representative".)
const SOURCES_AFTER_BODY = /^(source|sources|insider|insiders|official|officials|spokesman|spokeswoman|spokesperson|representative)$/i;
/** Who speak for a body, after a name of one word that is no nationality ("Hamas official", "Equity members"): as the name alone. */
export const MEMBERS_AFTER_NAME = /^(official|officials|member|members|source|sources)$/i;
/** Adjectives of a side, capitalised, before "members" or "officials": no body's name ("Republican members"). */
const SIDE_ADJECTIVE = /^(republican|democratic|democrat|conservative|liberal|progressive|federal|senior|junior|former|top|local|regional|national|international)$/i;
/** Common nouns capitalised at the start of a sentence before "members" or "officials" ("Family members", "School officials"). */
const COMMON_BEFORE_MEMBERS = new Set('family staff team community city town county school district industry business cabinet crew church hospital city-hall administration campaign club board union party council committee'.split(' '));
/** A company glued to the title of its chief ("KrogerCEO"): extraction's debris before a name. */
const GLUED_CHIEF = /^\p{Lu}\p{Ll}+(?:CEO|CFO|COO|CTO)$/u;
/** The field of an office whose title was cut off ("Policy" of "Undersecretary of Defense for Policy"), capitalised. */
const isCutField = (token: string) => /^\p{Lu}\p{Ll}+$/u.test(token) && (FIELD_NOUNS.has(token.toLowerCase()) || token === 'Policy');
/** A capital, a cut field or a company glued to "CEO" before a full name (parseSegment). */
const isWordBeforeName = (token: string) => GLUED_CHIEF.test(token) || isCutField(token) || (CAPITALS.has(token.toLowerCase()) && isCapitalised(token));
/** A conjunction or adverb that opens the sentence before a name ("Neither Trump nor …", "Both Ana Ruiz and …"): no given name. */
const LEADING_CONJUNCTION = /^(neither|nor|either|both|but|and|also|only|yet|though|although|because|whereas|however|meanwhile|moreover|indeed|instead)$/i;
/**
 * Regulators known by a name that says neither "Commission" nor "Authority" ("Ofcom", "SEC", "FCC"):
 * the article's "regulator" (resolve.ts). The British "Of…" ones are bodies, not surnames.
 */
const REGULATOR_NAME = /^(?:Ofcom|Ofgem|Ofwat|Ofsted|Ofqual|SEC|FCC|FTC|FDA|EPA|FAA|CFPB|FERC|NHTSA|OCC|FDIC|FINRA|CFTC|NRC|FCA|PRA|CMA|ASIC|ACCC|APRA|SEBI)$/;
const OF_REGULATOR = /^Of(?:com|gem|wat|sted|qual)$/;
/** One word with a capital after small letters ("ShopperTrak", "PayPal", "YouTube"). */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;
/** Surnames written with a capital inside ("McDonald", "MacArthur", "DeSantis", "LaGuardia", "DiCaprio", "VanHorn"). */
const SURNAME_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Dos|La|Le|Lo|Van|Von|Ver|St|Ten|Ter)\p{Lu}/u;
export const isRegulatorName = (display: string) => REGULATOR_NAME.test(display);
/** English plurals of groups of people: alone they name no one ("Researchers", "Parents", "Officials"). */
const GROUP_NOUNS = new Set(
  ('parents residents scientists researchers critics doctors nurses teachers students officials sources witnesses investigators ' +
    'observers commentators voters fans locals neighbours neighbors families victims survivors insiders workers employees ' +
    'protesters demonstrators activists campaigners economists experts analysts lawmakers legislators senators ministers ' +
    'councillors republicans democrats conservatives liberals organisers organizers authorities prosecutors detectives ' +
    'paramedics firefighters academics historians environmentalists scholars doctors physicians specialists opponents supporters ' +
    'regulators lawyers diplomats negotiators consumers customers shoppers farmers patients passengers citizens retailers ' +
    'meps mps mlas msps mdbs').split(' '),
);

/** Nouns that end or continue the field of an English office ("Minister for Foreign Affairs", "… of Trade and Industry"); never a given name. */
const FIELD_NOUNS = new Set(
  ('affairs health trade industry development services security care resources infrastructure education energy environment ' +
    'transport justice finance defence defense housing planning employment welfare tourism culture heritage sport sports arts ' +
    'science technology innovation communications enterprise fisheries agriculture forestry mines mining labour labor immigration ' +
    'citizenship veterans treasury commerce economy interior state government youth families women children equality research ' +
    'skills training water climate').split(' '),
);
/** Endings of German compound roles ("EU-Kommissionspräsidentin", "Bundesgesundheitsminister") and English ones. */
const ROLE_ENDING =
  /(präsident|präsidentin|kanzler|kanzlerin|minister|ministerin|chef|chefin|sprecher|sprecherin|vorsitzende|vorsitzender|führer|führerin|sekretär|sekretärin|direktor|direktorin|leiter|leiterin|bürgermeister|bürgermeisterin|abgeordnete|abgeordneter|botschafter|botschafterin|beauftragte|beauftragter|experte|expertin|kandidat|kandidatin|senator|senatorin|president|minister|secretary|spokesman|spokeswoman|spokesperson|chairman|director|governor|ambassador|officer|adviser|advisor|richter|richterin|vorstand|lady|rabbiner|kardinal|journalist|journalistin|theologe|theologin|herausforderer|herausforderin|aktivist|aktivistin|dekan|verteidiger|verteidigerin|anwalt|anwältin|trainer|trainerin|kommissar|kommissarin|gefährte|gefährtin|politiker|politikerin|geschäftsführer|geschäftsführerin|manager|managerin|korrespondent|korrespondentin|reporter|reporterin|koordinator|koordinatorin|archäologe|archäologin|wissenschaftler|wissenschaftlerin|professor|professorin|beobachter|beobachterin|kritiker|kritikerin|augenzeuge|augenzeugin|analyst|analystin|diplomat|diplomatin|ermittler|ermittlerin|beamte|beamter|beamtin)$/;

/**
 * A small memo for the pure per-token and per-name functions below: grouping an article asks
 * the same questions of the same few hundred names many times. Cleared when full, so it stays small.
 */
function memo<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = compute(text);
      if (cache.size >= limit) cache.clear();
      cache.set(text, value);
    }
    return value as T;
  };
}

const isTitle = memo(isTitleUncached);
function isTitleUncached(token: string): boolean {
  // "Cr Smith": an Australian councillor, written so (capitals "CR" are an acronym).
  if (/^Cr\.?$/.test(token)) return true;
  const lower = token.toLowerCase().replace(/[.,:;]+$/, '');
  if (TITLE_WORDS.has(lower)) return true;
  // German case endings: "des Gouverneurs", "des CSU-Vorsitzenden".
  const whole = lower.split('-').pop() ?? lower;
  const last = whole.replace(/(s|n)$/, '');
  // "dem Präsidenten Müller", "des Korrespondenten", "den Kandidaten": German weak masculine nouns
  // take -en in every case but the nominative.
  const weak = whole.replace(/en$/, '');
  return (last.length >= 5 && (ROLE_ENDING.test(last) || ROLE_ENDING.test(`${last}e`))) || (whole.length >= 5 && ROLE_ENDING.test(whole)) || (weak.length >= 5 && weak !== whole && ROLE_ENDING.test(weak));
}

/** Plural heads of companies' names ("American Airlines", "Whole Foods", "Kestrel Motors"; not "Mills", a surname too). */
const COMPANY_HEADS = 'airlines airways foods farms motors industries holdings technologies pharmaceuticals communications networks stores laboratories enterprises ratings';
const COMPANY_HEAD_SET = new Set(COMPANY_HEADS.split(' '));
/**
 * The first word of a company named with a plural head ("Tesla Motors" → "tesla"), folded, by which it
 * is called alone ("Tesla"); null for any other key.
 */
export function companyFirstWord(key: string): string | null {
  const space = key.indexOf(' ');
  if (space < 0 || !COMPANY_HEAD_SET.has(key.slice(key.lastIndexOf(' ') + 1))) return null;
  return key.slice(0, space);
}
/** Words that make a claimant a body rather than a person: whole words, and endings of German compounds. */
const ORGANISATION_WORDS = new Set(
  (
    'regierung kreml kremlin kommission commission partei party behörde agentur agency ministry department bundestag bundesrat ' +
    'parlament parliament polizei police gericht court unternehmen konzern gmbh verband association council senat senate ' +
    'feuerwehr armee army militär military government verein university universität hochschule zeitung newspaper ' +
    'organisation organization pentagon bundeswehr nato uno bank stiftung foundation gewerkschaft union office amt rathaus ' +
    'landkreis komitee committee club fc ag inc corp ltd botschaft embassy international institut institute ministerium staatsanwaltschaft bundesanwaltschaft ' +
    'gesellschaft zentrale zentrum center centre centers centres bureau board congress bahn rechnungshof gerichtshof bundesgerichtshof bundesrechnungshof fraktion arbeitskreis kollektiv bankhaus orden rundfunk fernsehen sender online news tv ' +
    // English kinds of body ("Varnish Democratic Movement", "National Astronomical Observatory", "Wagner Group").
    'movement alliance league coalition federation confederation society authority observatory laboratory corporation company ' +
    'group network fund forum caucus academy college hospital museum exchange administration secretariat directorate tribunal institution assembly ' +
    // (Session 22: a watchdog group named so, "Human Rights Watch", "Kestrel Budget Watch".)
    'watch ' +
    // Newspapers' heads ("China Youth Daily", "Segye Ilbo", "Yomiuri Shimbun", "Irish Times", "Chicago Tribune"; not "Post", a surname too).
    'daily ilbo shimbun gazette tribune chronicle journal times herald ' +
    // Companies' plural heads and kinds ("American Airlines", "Whole Foods", "Kestrel Motors", "… Market"; not
    // "Mills", a surname too), and public services ("National Weather Service").
    `${COMPANY_HEADS} market supermarket supermarkets service ` +
    // (Session 23: Japanese and South-East Asian legal forms, "Shoei Kisen KK", "… Kaisha", "… Pte Ltd", "… Sdn Bhd".)
    'kk kaisha pte bhd plc llc'
  ).split(' '),
);
const ORGANISATION_ENDING = /(zentralbank|notenbank|bundesbank|landesbank|bund|bundesamt|behörden|rechnungshof|gerichtshof|regierung|ministerium|institut|kommission|partei|behörde|gericht|verband|anwaltschaft|gesellschaft|gewerkschaft|agentur|polizei|bundesamt|landesamt|stiftung|zentrale|konzern|ausschuss|fraktion|kollektiv|bankhaus|gemeinschaft|rundfunk|fernsehen|sender|dienst|präsidium|direktion|inspektion|kommissariat|(?<!ges)amt)$/;
/** Matched against organisationKey() (folded, adjective endings dropped): "Weißes Haus", "der Vereinten Nationen". */
const ORGANISATION_PHRASES = /(^|\s)(weiss haus|white house|vereint nationen|united nations|europaeisch union|european union|downing street|rot kreuz|red cross|coast guard|national guard|school district|public schools|city schools|auswaertig amt|(?:associated|canadian|free) press)$/;
export const isBodyWord = (word: string) => {
  const last = word.split('-').pop() ?? word;
  return ORGANISATION_WORDS.has(last) || (last.length >= 8 && ORGANISATION_ENDING.test(last));
};
const ARTICLE = /^(die|der|das|den|dem|des|the)$/i;

/**
 * German compounds headed by a noun for a council, assembly or administration ("Elternvertretung",
 * "Kreistag", "Betriebsrat", "Haushaltsausschuss", "Stadtverwaltung", "Schulleitung"): a body, whatever
 * comes before the head. Matched on the folded word. The noun list (extraction/nouns.de.txt) cannot
 * say this: it leaves out every noun that is also a surname ("Kreis", "Rat", "Tag", "Schüler"), so the
 * heads are named here and what comes before them needs only three letters ("Murat", "Berat" are names).
 */
const BODY_HEAD = /(vertretung|rat|tag|ausschuss|kommission|gremium|versammlung|kammer|konferenz|verwaltung|leitung|initiative|vereinigung|senat|praesidium|kuratorium|kollegium|synode|konvent|parlament|behoerde)$/;
/** Compounds with those heads that name a person's title ("Landrat Müller", "Studienrat") or a day ("Sonntag", "Geburtstag"), or an "-crat" ("Democrat"). */
const NOT_A_BODY_COMPOUND = /^(?:(?:land|hof|studien|oberstudien|regierungs|ministerial|geheim|amts|justiz|sanitaets|kommerzien|schul|bau|medizinal|kreis|veterinaer|forst|staats|ober)rat|(?:geburts|feier|jahres|wahl|stich|gedenk|werk|all|mit|nach|vor|diens|donners|frei|sams|sonn|mon|mitt|hash)tag)$|crat$/;
/** Whether one word is a German compound that names a council, assembly or administration (see BODY_HEAD). */
export const isBodyCompound = (word: string): boolean => {
  const folded = fold(word.split('-').pop() ?? word);
  const head = BODY_HEAD.exec(folded);
  if (!head || NOT_A_BODY_COMPOUND.test(folded)) return false;
  return folded.length - head[1]!.length >= 3 || (folded === head[1] && folded.length >= 6);
};
/** What may follow such a body's noun and still name it: where or whose it is ("Kreistag von Oberhaldern", "Elternvertretung der Grundschule"). */
const BODY_OF = /^(von|vom|des|der|für|fuer|im|in|am|zu|zur|zum)$/i;
/**
 * "Elternvertretung", "der Kreistag von Oberhaldern", "Kreistag Oberhaldern", "die Elternvertretung der
 * Grundschule": a German body compound alone, or with where or whose it is, is that body. A council
 * named before a person's name ("Stadtrat Müller", "Betriebsrat Ana Ruiz") is the person's title: left
 * to the rules below.
 */
function councilBody(tokens: string[]): ParsedName | null {
  const lead = tokens.length > 1 && LEADING_ARTICLE.test(tokens[0]!) ? 1 : 0;
  const word = tokens[lead]!;
  const genitive = lead === 1 && /^des$/i.test(tokens[0]!);
  const noun = genitive && /s$/.test(word) && isBodyCompound(word.slice(0, -1)) ? word.slice(0, -1) : word;
  if (!isCapitalised(noun) || noun.includes('-') || !isBodyCompound(noun)) return null;
  const rest = tokens.slice(lead + 1);
  if (rest.length > 5) return null;
  const whose = rest.length >= 2 && BODY_OF.test(rest[0]!) && rest.slice(1).every((t) => isCapitalised(t) || ARTICLE.test(t));
  const placeAfter = rest.length === 1 && !/rat$/.test(fold(noun)) && isNameToken(rest[0]!) && !isBodyWord(fold(rest[0]!));
  if (rest.length > 0 && !whose && !placeAfter) return null;
  const display = [noun, ...rest].join(' ');
  return { type: 'organisation', display, key: bodyKey(display) };
}
/** "WHO", "SPD", and short mixed ones with two capitals or more ("SdK", "GdP"). */
const ACRONYM = /^(?:[A-ZÄÖÜ]{2,6}|(?=(?:[^A-ZÄÖÜ]*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,3})$/;

const isCapitalised = (token: string) => /^\p{Lu}/u.test(token);
const isParticle = (token: string) => PARTICLES.has(token.toLowerCase());

/**
 * Reads one claimant string (and its role, if extraction found one). Returns null for an
 * empty string. Never throws: anything unreadable is a role (no one to group).
 */
export const parseName = memo((raw: string) => withLegalForm(parseNameUncached(raw)), 5_000);

/** A company's legal form at the end of its name ("Apple Inc", "Kestrel AG"). */
/**
 * (Session 23: also the forms of Japan and South-East Asia, alone or before "Ltd": "Shoei Kisen Kaisha Ltd" and
 * "Shoei Kisen KK" are both "Shoei Kisen"; "Kabushiki Kaisha", "K.K.", "Co., Ltd.", "Pte Ltd", "Pty Ltd", "Sdn Bhd".)
 */
const LEGAL_FORM_NAME = /^(\S.*?),?\s+(?:(?:Kabushiki\s+Kaisha|Kaisha|Co\.?,?|Pte\.?|Pty\.?|Sdn\.?)\s+)?(?:AG|GmbH|Inc|Corp|Corporation|Ltd|PLC|plc|LLC|KG|KGaA|SA|NV|SE|KK|K\.K|Kaisha|Kabushiki\s+Kaisha|Bhd)\.?$/;
/** A retailer's kind after a name of two words or more ("Whole Foods Market", "Kestrel Home Stores"): also found without it. */
const RETAIL_KIND_NAME = /^(\S+\s.*?)\s+(?:Market|Markets|Supermarket|Supermarkets|Stores)$/;
/** "Apple Inc": a company named with its legal form is also found by its name without it ("Apple"), as its other key. */
function withLegalForm(parsed: ParsedName | null): ParsedName | null {
  if (parsed?.type !== 'organisation' || parsed.also) return parsed;
  const name = LEGAL_FORM_NAME.exec(parsed.display)?.[1] ?? RETAIL_KIND_NAME.exec(parsed.display)?.[1];
  const bare = name ? bodyKey(name) : '';
  return bare.length >= 3 && bare !== parsed.key && !/^(die|der|das|the)$/.test(bare) ? { ...parsed, also: bare } : parsed;
}
function parseNameUncached(raw: string): ParsedName | null {
  const honoured = MALAY_HONORIFIC_NAME.exec(raw.trim());
  if (honoured) {
    const name = honoured[1]!;
    return { type: 'person', display: name, given: null, initial: false, surname: surnameKey(name), firstName: givenKey(name) };
  }
  const dated = raw
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300)
    // "… von Donnerstag, dem 2. Dezember 2004", "… vom Sommer 2011", "Präsident Kennedy am 25. Mai 1961 …":
    // a date after a name says when, not who.
    .replace(TRAILING_DATE, '');
  // "Wu Qian Thursday", "Ana Ruiz on Monday": an English weekday after a name says when, not who
  // (only names that end in "day" are asked: every name comes here).
  const cleaned = (dated.endsWith('day') ? dated.replace(TRAILING_WEEKDAY, '') : dated)
    // "die Staatsanwaltschaft auf einer Pressekonferenz in Iserlohn": where or how it was said is not who.
    .replace(TRAILING_OCCASION, '')
    // "der in West Richland, Washington, ansässigen Firma": where a body sits, even with commas in it, is not who.
    .replace(SEAT_ATTRIBUTE, '$1 ');
  // "Donald Trump’s", "Psaki's": an English possessive at the end is the name's, not part of it.
  // "Bernama news agency quoted Mahathir (as saying)": whom a report quoted is who said it.
  // "Tan Sri Ana Ruiz", "Puan Sri …": a Malaysian honorific of two words, the first of them also a surname.
  // "FBI statement released Saturday", "a Bloomberg survey", "Department of Internal Affairs analysis of
  // draft LTPs": an English report noun after a name is whose words they are.
  const text = dropEnglishPossessive(cleaned.replace(QUOTED_BY, '$1').replace(/^(?:Tan|Puan) Sri\s+(?=\p{Lu})/u, '').replace(REPORT_AFTER_NAME, '$1')).trim();
  if (!text) return null;
  // "Donald Trump, the president", "Ein Sprecher der Polizei, Lars Beringer", "dem Anwalt – Rainer
  // Wittner": each part is read alone, and the one that names someone wins. A comma inside quotes
  // („auto, motor und sport“) is part of a name.
  // "Gaza (Stadt)", "Georgia (Bundesstaat)": a bracketed kind of place says which place, not who.
  const segments = joinAdjectives(splitParts(text))
    .slice(0, 6)
    .filter((segment, i) => i === 0 || !PLACE_QUALIFIER.test(segment));
  const parts = segments.map(parseSegment);
  // "Die Weltgesundheitsorganisation (WHO) in Genf": a body named with its acronym is found by
  // the acronym ("die WHO"), and keeps its long name for display. Between the two there may be
  // other names of the body (a translation: „National United Front …“ (übersetzt: „…“) (UDD)).
  const longAt = parts.findIndex((p) => p.type === 'organisation' && !ACRONYM.test(p.display));
  // "amnesty international (ai)": an acronym written small is the long name's initials ("Deutsche
  // Presse-Agentur (dpa)": the parts of a hyphenated compound count as words).
  const smallInitials = (p: ParsedName, i: number) =>
    longAt >= 0 && p.type === 'role' && /^\p{Ll}{2,5}$/u.test(segments[i]!) && [initialsOf(parts[longAt]!.display), initialsOf(parts[longAt]!.display.replace(/-/g, ' '))].includes(segments[i]!);
  const acronymAt = parts.findIndex((p, i) => i > longAt && ((p.type === 'organisation' && ACRONYM.test(p.display)) || smallInitials(p, i)));
  if (longAt >= 0 && acronymAt > longAt && parts.slice(longAt + 1, acronymAt).every((p) => p.type === 'organisation')) {
    const long = parts[longAt] as Extract<ParsedName, { type: 'organisation' }>;
    const acronym = parts[acronymAt]!;
    const key = acronym.type === 'organisation' ? acronym.key : bodyKey(segments[acronymAt]!);
    return { type: 'organisation', display: long.display, key, ...(long.kind ? { kind: long.kind } : {}), ...(long.key !== key ? { also: long.key } : {}) };
  }
  // "Berliner Verkehrsbetriebe (BVG)": capitalised words read as a name, then an acronym that starts
  // with their initials, are a body ("Christian Wulff (CDU)" is a person: CW is not how CDU starts).
  const first = parts[0];
  const second = parts[1];
  if (first?.type === 'person' && first.given !== null && second?.type === 'organisation' && ACRONYM.test(second.display)) {
    const initials = first.display.split(' ').map((w) => w[0] ?? '').join('').toUpperCase();
    if (initials.length >= 2 && second.display.toUpperCase().startsWith(initials.slice(0, 2))) return { type: 'organisation', display: first.display, key: second.key };
  }
  // Persons before bodies before roles; among equals, a part that is not a description
  // ("Der ehemalige Kampfgefährte Thaksins, Newin Chidchob": the part after the comma).
  const rank = (p: ParsedName, i: number) => (p.type === 'person' ? (p.given !== null ? 0 : 2) : p.type === 'organisation' ? 4 : 6) + (LEADING_ARTICLE.test(segments[i]!.split(' ')[0] ?? '') ? 1 : 0);
  let best: ParsedName | null = null;
  let bestRank = Infinity;
  parts.forEach((p, i) => {
    const r = rank(p, i);
    if (r < bestRank) {
      best = p;
      bestRank = r;
    }
  });
  const chosen = best as ParsedName | null;
  return chosen && chosen.type === 'role' ? { type: 'role', display: text } : chosen;
}

/**
 * "den spröden, „preußischen“ Justizbeamten Seidling": adjectives set off by a comma, or one put in
 * quotes, still describe the noun and name after them; an article and adjectives alone are joined
 * to the part after them, and the quotes around a lower-case adjective are dropped.
 */
function joinAdjectives(parts: string[]): string[] {
  const unquote = (part: string) => part.replace(/[„“"»«‚‘]+(\p{Ll}[\p{Ll}-]*(?:e|en|er|es|em))[“”"«»‘’]+/gu, '$1');
  const out: string[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    const words = previous?.split(' ') ?? [];
    const onlyAdjectives = words.length >= 2 && LEADING_ARTICLE.test(words[0]!) && words.slice(1).every((w) => ADJECTIVE.test(w) && !ARTICLE_LIKE.test(w));
    if (previous !== undefined && onlyAdjectives) out[out.length - 1] = `${previous} ${unquote(part)}`;
    else out.push(out.length === 0 ? unquote(part) : part);
  }
  return out;
}

/** The first letters of a name's words, lower case ("amnesty international" → "ai"). */
const initialsOf = (display: string) =>
  display
    .split(' ')
    .filter((w) => !NAME_JOINER.test(w))
    .map((w) => (w[0] ?? '').toLowerCase())
    .join('');

const MONTHS_AND_DAYS = 'Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Frühjahr|Sommer|Herbst|Winter';
/** An English weekday (after "on" or not) at the end, after a capitalised word. */
const TRAILING_WEEKDAY = /(?<=\p{Lu}[\p{L}'’.-]*)\s+(?:(?:on|this|last|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
const TRAILING_DATE = new RegExp(`\\s+(?:vom|von|am|im)\\s+(?:\\d{1,2}\\.\\s*)?(?:${MONTHS_AND_DAYS})(?:\\s+\\d{4})?(?=$|,|\\s+(?:in|auf|bei|vor|gegenüber)\\s).*$`, 'u');

/** An article, "in"/"aus" and a place (commas allowed), then a participle of where a body sits: dropped up to the noun. */
const SEAT_ATTRIBUTE = /(?<=^|\s)(der|die|das|des|dem|den|einer|eines|einem|eine|ein)\s+(?:in|im|aus|bei|nahe)\s+[^„“"()]{1,80}?\s+(?:ansässig|gelegen|beheimatet|basiert|stationiert|registriert|niedergelassen)(?:e|en|er|es|em)?\s+(?=\p{Lu})/u;
/** An occasion after a name: "auf einer Pressekonferenz in Iserlohn", "in einem Interview mit der BBC", "bei einer Anhörung". */
const OCCASIONS = 'konferenz|interview|rede|ansprache|erklärung|mitteilung|sitzung|anhörung|gespräch|stellungnahme|versammlung|veranstaltung|debatte|talkshow|sendung|kundgebung|gipfel|treffen|tagung|besuch|ausgabe|anfrage';
/** The noun alone ("Interview") or the head of a compound ("Pressekonferenz"). */
const OCCASION_NOUN = `(?:${OCCASIONS.split('|').map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`).join('|')}|\\p{Lu}\\p{L}*(?:${OCCASIONS}))`;
const TRAILING_OCCASION = new RegExp(`(?<=\\S)\\s+(?:auf|in|bei|während|nach|vor)\\s+(?:einer|einem|eines|eine|einen|der|dem|des|seiner|seinem|ihrer|ihrem)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}${OCCASION_NOUN}(?=$|[\\s,.;])(?:\\s.*)?$`, 'u');

/**
 * "’s" / "'s" after the last letter of a name of two words or more, at the end of the string
 * ("Donald Trump’s"; "Jim Jones’" too; "Sultan al-Jaber's", an Arabic article joined to the name).
 * One word keeps it: brands are named so ("McDonald's").
 */
const ENGLISH_POSSESSIVE = /(?<=\S\s+(?:(?:al|el|ad|as|ar|an|at|az)-)?\p{Lu}[\p{L}-]*\p{L})(?:['’]s|(?<=s)['’])$/u;

/**
 * The regex only where the string ends like a possessive: its look-behind is tried at every
 * position of every name, which made grouping a 2,000-claim article ~7 ms slower.
 */
function dropEnglishPossessive(text: string): string {
  const ending = text.slice(-2);
  return ending === "'s" || ending === '’s' || ending === "s'" || ending === 's’' ? text.replace(ENGLISH_POSSESSIVE, '') : text;
}

/** "… quoted NAME [as saying]": the quoted one's name of one to four capitalised words. */
const QUOTED_BY = /^\S.*?\s+quoted\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:\s+as\s+saying)?$/u;

/** A Malaysian honorific, then one name: a first name ("Datuk Seri Anwar", "Tun Mahathir", "Tan Sri Rafiq"). */
const MALAY_HONORIFIC_NAME = /^(?:(?:Tan|Puan)\s+Sri|Datuk|Dato['’]?|Datin|Tun|Tunku|Tengku)(?:\s+(?:Seri|Sri|Paduka|Patinggi))?\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)$/u;

/** A capitalised name ("of", "for", "and" inside), then an English report noun in lower case and whatever follows it. */
const REPORT_AFTER_NAME = /^(?:(?:a|an)\s+)?((?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}&'’.-]*)){0,6})\s+(?:press\s+|news\s+)?(?:statement|report|analysis|survey|poll|study|data|figures|release|memo|letter|filing|estimates?|announcement|briefing|tweet)(?:\s.*)?$/u;

/** Splits at commas, semicolons, brackets and dashes, but not inside quotes. */
function splitParts(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted: string | null = null;
  const closing: Record<string, string> = { '„': '“”', '»': '«', '«': '»', '“': '”', '"': '"' };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted !== null) {
      if (closing[quoted]!.includes(c)) quoted = null;
      current += c;
      continue;
    }
    if (c in closing && [...closing[c]!].some((end) => text.indexOf(end, i + 1) > -1)) {
      quoted = c;
      current += c;
      continue;
    }
    const dash = (c === '–' || c === '—') && text[i - 1] === ' ' && text[i + 1] === ' ';
    if (c === ',' || c === ';' || c === '(' || c === ')' || dash) {
      if (current.trim()) parts.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

const splitTokens = (segment: string) => segment.split(' ').map((t) => t.replace(/^[„“"'‚‘»«’]+|[„“"'‚‘»«’.:!?)]+$/g, '')).filter(Boolean);

/** A quoted name: „Der Spiegel“, "BBC News", '' La Nacion '', »El País«. */
const QUOTED = /[„“"»]\s*([^„“”"»«]+?)\s*[“”"«]|''\s*(.+?)\s*''/u;
/** Words after a person's name that say where they work ("Patrick Breyer vom Arbeitskreis …", "Anna Bligh of Queensland"). */
const AFFILIATION = /^(vom|von|bei|beim|aus|of|from|at)$/i;
/** An age or a plain adjective after an article ("der 84-jährige", "der italienische", "die liberale"). */
const AGE = /^\d+-jährigen?$/u;
const ADJECTIVE = /^\p{Ll}[\p{Ll}-]*(e|en|er|es)$/u;
/** German articles that start a segment ("der", "Die", "den Theologen …"). */
const LEADING_ARTICLE = /^(der|die|das|den|dem|des|the)$/i;

function parseSegment(raw: string): ParsedName {
  // "die zur kalifornischen Stanford University gehörende Hoover Institution": an attribute
  // phrase between the article and the name says something about it, not who it is.
  // "Angaben der Polizei", "einem Bericht des österreichischen Standards", "Informationen von
  // Al-Dschasira", "einer am Dienstag veröffentlichten Pressemitteilung des WFP": whose words
  // follow the report noun.
  // "eine Stelle aus dem OSZE-Bericht", "einen Auszug aus dem Bericht der …": a passage of a report is the report.
  const attributed = dropExtendedAttribute(raw.replace(PASSAGE_OF, ''));
  const segment = dropReportNoun(attributed);
  let tokens = splitTokens(segment);
  // "Ansicht von ai": whose words they are, an acronym written small.
  if (segment !== attributed && tokens.length === 1 && /^\p{Ll}{2,4}$/u.test(tokens[0]!)) return { type: 'organisation', display: tokens[0]!, key: bodyKey(tokens[0]!) };
  // "vom Bundesverband Erneuerbare Energie", "beim Roten Kreuz": von/bei with the article in one word.
  if (tokens.length > 1 && /^(vom|beim)$/i.test(tokens[0]!) && isCapitalised(tokens[1]!)) tokens = ['dem', ...tokens.slice(1)];
  // "von Spiegel-Online": "von" before a body is not a name particle.
  else if (tokens.length === 2 && /^von$/i.test(tokens[0]!) && isBodyWord(fold(tokens[1]!))) tokens = tokens.slice(1);
  if (tokens.length === 0) return { type: 'role', display: raw };
  // "Elternvertretung", "Kreistag von Oberhaldern": a council's or an office's German noun is a body.
  // (A body the rules below read already keeps their reading: "Der Sicherheitsrat der Vereinten Nationen".)
  const council = councilBody(tokens);
  if (council) return asOrganisation(tokens)?.type === 'organisation' ? asOrganisation(tokens)! : council;
  // "Neither Trump", "Both Ana Ruiz": a conjunction that starts the sentence is no given name.
  if (tokens.length >= 2 && LEADING_CONJUNCTION.test(tokens[0]!) && isCapitalised(tokens[1]!)) tokens = tokens.slice(1);
  // "Tehran Esmaeil Baqaei", "Policy John Rood", "KrogerCEO Rodney McMullen": a capital that speaks for its
  // country, the field of an office cut from its title, or a company glued to "CEO", before a full name of
  // two or three words that names no body, is not part of the name.
  if (tokens.length >= 3 && tokens.length <= 4 && isWordBeforeName(tokens[0]!) && tokens.slice(1).every((t) => isNameToken(t) && !isBodyWord(fold(t)))) tokens = tokens.slice(1);
  // "Vodafone Germany", "Vodafone Deutschland": a name, then the country or region of a company's branch, is
  // that branch, a body found by its company's name (NATIONAL_BRANCH), never a person surnamed "Germany".
  if (tokens.length === 2 && isBranchName(tokens)) return { type: 'organisation', display: tokens.join(' '), key: bodyKey(tokens.join(' ')) };
  // "Ofcom", "Ofgem": a British regulator, a body. "ShopperTrak", "PayPal": one word with a capital inside
  // is a brand, a body (not "McDonald", "DeSantis", "LaGuardia": surnames' prefixes).
  if (tokens.length === 1 && (OF_REGULATOR.test(tokens[0]!) || (INNER_CAPITAL.test(tokens[0]!) && !SURNAME_PREFIX.test(tokens[0]!)))) return { type: 'organisation', display: tokens[0]!, key: bodyKey(tokens[0]!) };
  // "Researchers", "the officials", "Parents": an English plural of a group of people names no one
  // (one string for every article's researchers would make them one claimant).
  const lone = tokens.length === 2 && /^the$/i.test(tokens[0]!) ? tokens[1]! : tokens.length === 1 ? tokens[0]! : '';
  if (lone && GROUP_NOUNS.has(lone.toLowerCase())) return { type: 'role', display: raw };
  // "senior Commission official", "a senior White House source": a rank before a body's source does not
  // make it a description, when all the words between are capitalised and read as a body ("senior US
  // administration official" stays one; "former …" no longer speaks for it).
  if (tokens.length >= 3 && SOURCES_AFTER_BODY.test(tokens[tokens.length - 1]!) && RANK_BEFORE_SOURCE.test(tokens[0]!)) {
    let from = 1;
    while (from < tokens.length - 2 && RANK_BEFORE_SOURCE.test(tokens[from]!)) from++;
    if (tokens.slice(from, -1).every(isCapitalised) && !RANK_BEFORE_SOURCE.test(tokens[from]!)) {
      const body = parseSegment(tokens.slice(from, -1).join(' '));
      if (body.type === 'organisation') return body;
    }
  }
  // "senior US administration official", "a top Kestrel executive": a description in lower case
  // headed by a noun for a person names no one (no body: the body's name is only part of it).
  if (tokens.length >= 2 && /^\p{Ll}/u.test(tokens[0]!) && PERSON_HEAD.test(tokens[tokens.length - 1]!)) return { type: 'role', display: raw };
  // "Joe Kennedy III": a generation in capitals after a full name (read as an acronym otherwise) is not who.
  if (tokens.length >= 3 && /^(II|III|IV)$/.test(tokens[tokens.length - 1]!) && isNameToken(tokens[tokens.length - 2]!) && isNameToken(tokens[tokens.length - 3]!)) tokens = tokens.slice(0, -1);
  // "Downing Street source", "Kremlin sources"; "researchers at the Halden Observatory", "scientists from
  // Kestrel University": a group that speaks for a body, named after or before it, is that body (when
  // what names it reads as a body by itself: "Apple executives" waits for a known Apple, resolve.ts).
  if (tokens.length >= 2 && SOURCES_AFTER_BODY.test(tokens[tokens.length - 1]!)) {
    const body = parseSegment(tokens.slice(0, -1).join(' '));
    if (body.type === 'organisation') return body;
  }
  // "Hamas official", "Equity members": one who speaks for the one-word name before them is that name, as
  // it is read alone (not a nationality, "Israeli official", nor a side, "Republican members": no one).
  // (Nor a word with a nationality's ending, "Veltrian officials"; a person's officials are not the person: resolve.ts.)
  // (Nor a common word capitalised at the start of a sentence: a field, "Health officials", a body's common
  // noun, "Council members", or "Family", "Staff", "School" …)
  if (tokens.length === 2 && MEMBERS_AFTER_NAME.test(tokens[1]!) && isNameToken(tokens[0]!) && !SIDE_ADJECTIVE.test(tokens[0]!) && !/(ian|ean|ese|ish|ic)$/.test(tokens[0]!) && !COMMON_BEFORE_MEMBERS.has(tokens[0]!.toLowerCase()) && !FIELD_NOUNS.has(tokens[0]!.toLowerCase()) && !isBodyWord(fold(tokens[0]!)) && countryOfAdjective(tokens[0]!) === null) {
    const named = parseSegment(tokens[0]!);
    if ((named.type === 'person' && named.given === null) || named.type === 'organisation') return named;
  }
  if (tokens.length >= 3 && GROUP_NOUNS.has(tokens[0]!.toLowerCase()) && /^(at|of|from|with)$/i.test(tokens[1]!) && isCapitalised(tokens[tokens.length - 1]!)) {
    const body = parseSegment(tokens.slice(2).join(' '));
    if (body.type === 'organisation') return body;
  }
  // "Imam Ana Ruiz", "Bishop Tom Hale", "Father Joe Ruiz": a religious title before a name is not part of it
  // (alone, "Bishop" may be a surname, so only before a name).
  const lead = tokens.length >= 3 && LEADING_ARTICLE.test(tokens[0]!) ? 1 : 0;
  if (tokens.length - lead >= 2 && TITLES_BEFORE_NAME.has(tokens[lead]!.toLowerCase()) && isNameToken(tokens[lead + 1]!)) tokens = tokens.slice(lead + 1);
  // "Japanese government", "Tokyo", "die Regierung Guatemalas": a country's government, one body.
  const governed = governmentOf(tokens);
  if (governed) return { type: 'organisation', display: tokens.slice(LEADING_ARTICLE.test(tokens[0]!) && tokens.length > 1 ? 1 : 0).join(' '), key: `${fold(governed)} regierung` };
  // "Frankreich", "die Schweiz", "Sri Lanka", "Frankreichs": a country speaks as a state, a body.
  // ("Meinung Russlands", "Auffassung Österreichs": a report noun, then the country's genitive.)
  const country = countryOf(tokens.length === 2 && REPORT_NOUNS.has(tokens[0]!.toLowerCase()) ? tokens.slice(1) : tokens);
  if (country) return { type: 'organisation', display: englishCountryNames.get(fold(tokens.filter((t, i) => i > 0 || !LEADING_ARTICLE.test(t) || tokens.length === 1).join(' '))) ?? country, key: bodyKey(country) };
  // "Grupps Meinung", "Merkels Worte", "McCains Kampagne": the genitive of a name before a report
  // noun, or before the camp that speaks for that person.
  if (tokens.length === 2 && (isReportNoun(tokens[1]!) || CAMP_NOUN.test(tokens[1]!)) && /^\p{Lu}[\p{L}'’-]*\p{Ll}s$/u.test(tokens[0]!) && isNameToken(tokens[0]!)) {
    const bare = tokens[0]!.slice(0, -1);
    return person([bare], [bare]);
  }
  // "dem LSVD-Schreiben", "das McCain-Lager", "einer Greenpeace-Studie": a name compounded with a
  // report noun or a camp is whose words they are.
  const compound = compoundOfName(tokens);
  if (compound) return compound;
  // "Der EU-Kommissar für Energie Günther Oettinger": the field of a title is not part of the name.
  // "Kuwait's Minister of Oil Ali Haddad", "Minister of Trade and Industry …": English "of" the same,
  // and "for" ("Shadow Minister for Health Ana Ruiz"); a field of several words ends with a field's
  // noun ("Minister for Foreign Affairs …", "Secretary of State for Mental Health …").
  const forAt = tokens.findIndex((t, i) => i > 0 && /^(für|of|for)$/i.test(t) && isTitle(tokens[i - 1]!) && isCapitalised(tokens[i + 1] ?? ''));
  if (forAt > 0) {
    let j = forAt + 2;
    for (;;) {
      if (/^(und|and|&)$/i.test(tokens[j] ?? '') && isCapitalised(tokens[j + 1] ?? '')) j += 2;
      else if (/^(of|for)$/i.test(tokens[j] ?? '') && isCapitalised(tokens[j + 1] ?? '')) j += 2;
      else if (FIELD_NOUNS.has((tokens[j] ?? '').toLowerCase())) j += 1;
      else break;
    }
    const after = tokens.slice(j);
    if (after.length >= 2 && after.length <= 4 && after.every((t) => isNameToken(t) || isParticle(t))) tokens = [...tokens.slice(0, forAt), ...after];
  }
  // "Associated Press news agency", "the Halden newspaper"; "ChatGPT-maker Open AI", "iPhone maker Kestrel":
  // an English kind of body after its name, or a maker's kind before it.
  const englishKind = bodyBeforeKind(tokens) ?? makerBody(tokens);
  if (englishKind) return englishKind;
  const special = departmentOfBody(tokens, segment) ?? websiteOrBrand(tokens) ?? membersOfBody(tokens) ?? adjectiveBody(tokens);
  if (special) return special;

  // "Patrick Breyer vom Arbeitskreis Vorratsdatenspeicherung", "Theo Kitz vom Bankhaus Merck
  // Finck": a full name, then where the person works. Only a name of two words or more before
  // it ("Ursula von der Leyen" keeps its particles), and only when what follows is a body (a
  // quoted name, several words, a body word) or the preposition is not a particle.
  const affiliated = affiliatedPerson(tokens, segment);
  if (affiliated) return affiliated;

  // „Der Spiegel“, die liberale „El Mundo“, der Organisation „DotAsia“: a quoted name is a body
  // (newspapers, groups, programmes), found by what is inside the quotes.
  const quoted = QUOTED.exec(segment);
  if (quoted) {
    const inner = splitTokens((quoted[1] ?? quoted[2] ?? '').trim());
    const before = splitTokens(segment.slice(0, quoted.index));
    // A lower-case name is a name too after a noun that says what the body is (des Wochenmagazins
    // „profil“), or when the quote is all there is („auto, motor und sport“).
    const alone = before.length === 0 && segment.slice(quoted.index + quoted[0].length).trim() === '';
    // ("Die Organisation „Reporter ohne Grenzen“": a capitalised article first is no name.)
    if ((inner.some(isCapitalised) || before.some(isBodyNoun) || alone) && inner.length <= 8 && !before.some((t, k) => isNameToken(t) && !isBodyNoun(t) && !(k === 0 && LEADING_ARTICLE.test(t)))) {
      const core = inner[0] && LEADING_ARTICLE.test(inner[0]) && inner.length > 1 ? inner.slice(1) : inner;
      const kindNoun = [...before].reverse().find(isBodyNoun);
      return { type: 'organisation', display: inner.join(' '), key: bodyKey(core.join(' ')), ...(kindNoun ? { kind: fold(genitiveStem(kindNoun)) } : {}) };
    }
  }

  // "die Betreiberfirma Vattenfall Europe", "der Nachrichtenagentur Reuters", "des arabischen
  // Senders Al-Dschasira": a noun that says what kind of body it is, then its name.
  const typed = typedBody(tokens);
  if (typed) return typed;


  // "Peruvian Foreign Ministry", "Foreign Ministry of Peru", "Peru's Foreign Ministry": a country's ministry of a
  // field, one body whichever way it is named (keyed by its field and its country).
  // (Asked only of names read as a body: every name comes here.)
  const organisation = asOrganisation(tokens);
  const ministry = organisation?.type === 'organisation' ? countryMinistry(tokens) : null;
  if (ministry) return ministry;
  // "latest National Association of REALTORS", "rival Kestrel Motors": one or two loose lower-case words
  // before a body's name of two words or more describe it (as "worried Halvorsen" does a person).
  if (organisation?.type === 'organisation' && tokens.length >= 3 && LOOSE_WORD.test(tokens[0]!) && !LINKING_WORD.test(tokens[0]!) && !isParticle(tokens[0]!)) {
    const from = LOOSE_WORD.test(tokens[1]!) && !LINKING_WORD.test(tokens[1]!) && tokens.length >= 4 ? 2 : 1;
    const bare = tokens.slice(from);
    const body = bare.every((t) => isCapitalised(t) || NAME_JOINER.test(t)) ? asOrganisation(bare) : null;
    if (body?.type === 'organisation' && body.key.includes(' ')) return body;
  }
  if (organisation) return organisation;

  // "der italienische Kardinal Angelo Sodano", "der konservative Herausforderer Rajoy", "Der
  // 84-jährige Küng", "den Theologen Hans Küng": after an article (and its adjectives) German
  // puts a noun before a name; the name is what follows it.
  const described = describedPerson(tokens);
  if (described) return described;

  // The name is the last run of capitalised words that are not titles (particles allowed inside).
  let end = tokens.length;
  while (end > 0 && !isNameToken(tokens[end - 1]!)) end--;
  let start = end;
  // Particles belong to a surname ("von der Leyen"): one before a given name too ("Aussagen von
  // Albrecht Conze") starts something else.
  while (start > 0 && (isNameToken(tokens[start - 1]!) || (isParticle(tokens[start - 1]!) && start < end && onlyOneNameAfter(tokens, start, end)))) start--;
  // A particle run at the front that is in fact a German article ("der", "die") is not part of the name.
  while (start < end && isParticle(tokens[start]!) && ARTICLE.test(tokens[start]!) && !(start + 1 < end && isParticle(tokens[start + 1]!))) start++;
  const before = tokens[start - 1];
  // "Sprecher des Ministeriums", "a spokesperson for Siemens": a lowercase word before the
  // capitalised run means it describes a role, not a name.
  // "Sprecher der Grünen": an article right before the run (no "von" before it) makes it a genitive too.
  const genitiveBefore = before !== undefined && /^(der|des|dem|den)$/.test(before) && start >= 2 && !isParticle(tokens[start - 2]!);
  // "worried Solskjaer", "proved Keir": one or two lower-case words that start the string and are no
  // article, preposition, conjunction or pronoun describe the person (or are a verb left over), they
  // make no role of it. (Not a German declined adjective or determiner: "israelischen Medien",
  // "diesem Entwurf", "andere Quellen" are common nouns.)
  const looseWordsBefore = start >= 1 && start <= 2 && tokens.slice(0, start).every((t) => /^\p{Ll}[\p{Ll}-]{2,}$/u.test(t) && !/(e|en|er|es|em|ern)$/u.test(t) && !LINKING_WORD.test(t) && !isParticle(t));
  const describesRole = genitiveBefore || (before !== undefined && !isTitle(before) && !isCapitalised(before) && !isParticle(before) && !looseWordsBefore);
  let name = tokens.slice(start, end);
  // "Aussagen Gordons", "Worte Armstrongs": the genitive of a surname after a report noun.
  if (name.length === 1 && before !== undefined && REPORT_NOUNS.has(before.toLowerCase()) && /\p{Ll}s$/u.test(name[0]!)) name = [name[0]!.slice(0, -1)];
  const core = name.filter((t) => !isParticle(t));
  const reportNounBefore = before !== undefined && REPORT_NOUNS.has(before.toLowerCase());
  // "Bundestagsfraktion der Grünen": an article inside the run that follows no particle ("von
  // der Leyen" does) is a genitive, so the run names a body's part, not a person.
  const genitiveAt = name.findIndex((t, k) => k > 0 && /^(der|den|dem|des)$/i.test(t) && !isParticle(name[k - 1]!));
  const genitive = genitiveAt > 0;
  // "… Gouverneurs Nasser Baoum der Provinz Schabwa": a full name before the genitive is the person.
  if (genitive) {
    const head = name.slice(0, genitiveAt);
    const headCore = head.filter((t) => !isParticle(t));
    if (headCore.length >= 2 && headCore.length <= 4 && !headCore.some((t) => isBodyWord(t.toLowerCase()))) return person(head, headCore);
  }
  if (!genitive && core.length > 0 && core.length <= 5 && (!describesRole || reportNounBefore) && end === tokens.length) return person(name, core);
  // "Der Präsident der Region Elsass Adrien Zeller": a title, the place it is of, then the full name.
  if (genitiveBefore && !genitive && end === tokens.length && name.length >= 4 && name.length <= 5 && PLACE_NOUN.test(name[0]!) && isTitle(tokens[start - 2] ?? '')) {
    return person(name.slice(-2), name.slice(-2));
  }
  // "Präsident Kennedy am 25. Mai 1961 in einer Rede": a name right after a title, whatever follows.
  for (let i = 1; i < tokens.length; i++) {
    if (!isTitle(tokens[i - 1]!) || !isNameToken(tokens[i]!)) continue;
    let j = i;
    const particleHere = (k: number) => isParticle(tokens[k]!) && (!/^(der|den|dem|des)$/i.test(tokens[k]!) || (k > 0 && isParticle(tokens[k - 1]!)));
    while (j < tokens.length && (isNameToken(tokens[j]!) || (particleHere(j) && j + 1 < tokens.length && isNameToken(tokens[j + 1]!)))) j++;
    if (j < tokens.length && isTitle(tokens[j]!)) continue;
    const name = tokens.slice(i, j);
    const nameCore = name.filter((t) => !isParticle(t));
    if (nameCore.length > 0 && nameCore.length <= 4) return person(name, nameCore);
  }
  return { type: 'role', display: segment };
}

/**
 * The German names of the countries and territories, folded, from the CLDR data the runtime
 * carries (Intl.DisplayNames; Node and Electron ship full ICU): language data, not a hand list.
 * Built on first use. Region codes that are no country (the EU, the UN, test regions) are left out.
 */
let countryNames: Map<string, string> | null = null;
/** The German name of each country, by its region code ("JP" → "Japan"). */
const countryByCode = new Map<string, string>();
/** The English names read as countries, folded → as written ("south korea" → "South Korea"): shown as written. */
const englishCountryNames = new Map<string, string>();
const NOT_A_COUNTRY = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
/**
 * English country names that are also common personal names or another place's name: alone they
 * stay names ("Jordan" may be Michael Jordan's surname, "Georgia" a US state).
 */
const ENGLISH_NAME_NOT_A_COUNTRY = new Set(['jordan', 'chad', 'georgia', 'jersey']);
function countries(): Map<string, string> {
  if (countryNames) return countryNames;
  countryNames = new Map();
  try {
    const names = new Intl.DisplayNames(['de'], { type: 'region', fallback: 'none' });
    // "South Korea", "United States": the English names too, as the same country (its German name).
    const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const englishNames: Array<[string, string, string]> = [];
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (NOT_A_COUNTRY.has(code)) continue;
        const name = names.of(code);
        // ("Sonderverwaltungsregion Hongkong": a territory's long name; its short one is no entry.)
        if (name && name !== code && !/^(Sonderverwaltungsregion|Pseudo)/.test(name)) {
          countryNames.set(fold(name), name);
          countryByCode.set(code, name);
          const en = english.of(code);
          // ("Myanmar (Burma)", "Congo - Kinshasa": only plain names.)
          if (en && en !== code && /^[\p{L}' .-]+$/u.test(en) && !/ - /.test(en) && !ENGLISH_NAME_NOT_A_COUNTRY.has(fold(en))) englishNames.push([fold(en), name, en]);
        }
      }
    }
    for (const [folded, name, en] of englishNames) {
      if (countryNames.has(folded)) continue;
      countryNames.set(folded, name);
      englishCountryNames.set(folded, en);
    }
  } catch {
    // A runtime without region names: no country is read as one (a bare name stays a surname).
  }
  return countryNames;
}

/**
 * Capitals that speak for their country's government in news ("Tokyo said", "Seoul protested",
 * "Angaben aus Khartum"), English and German forms, lower-case (with and without accents). Not those that are also common
 * personal names or a city's own voice as often (Washington, London, Paris, Berlin, Lima, Santiago,
 * Sofia, Victoria, Wellington, Bern), nor Brussels (the EU) or Jerusalem.
 */
const CAPITALS = new Map<string, string>(Object.entries({
  tokyo: 'JP', tokio: 'JP', seoul: 'KR', beijing: 'CN', peking: 'CN', moscow: 'RU', moskau: 'RU', kyiv: 'UA', kiev: 'UA', kiew: 'UA',
  tehran: 'IR', teheran: 'IR', pyongyang: 'KP', pjöngjang: 'KP', pjoengjang: 'KP', ankara: 'TR', khartoum: 'SD', khartum: 'SD', cairo: 'EG', kairo: 'EG',
  damascus: 'SY', damaskus: 'SY', baghdad: 'IQ', bagdad: 'IQ', riyadh: 'SA', riad: 'SA', kabul: 'AF', islamabad: 'PK',
  'new delhi': 'IN', 'neu-delhi': 'IN', jakarta: 'ID', manila: 'PH', hanoi: 'VN', taipei: 'TW', taipeh: 'TW', canberra: 'AU',
  ottawa: 'CA', caracas: 'VE', havana: 'CU', havanna: 'CU', minsk: 'BY', tbilisi: 'GE', tiflis: 'GE', yerevan: 'AM', eriwan: 'AM',
  baku: 'AZ', kinshasa: 'CD', nairobi: 'KE', 'addis ababa': 'ET', 'addis abeba': 'ET', abuja: 'NG', pretoria: 'ZA', lome: 'TG', lomé: 'TG',
  bamako: 'ML', dakar: 'SN', rabat: 'MA', algiers: 'DZ', algier: 'DZ', tripoli: 'LY', tripolis: 'LY', amman: 'JO', doha: 'QA',
  sanaa: 'YE', muscat: 'OM', maskat: 'OM', kathmandu: 'NP', dhaka: 'BD', colombo: 'LK', bangkok: 'TH', naypyidaw: 'MM',
  'phnom penh': 'KH', vientiane: 'LA', tashkent: 'UZ', taschkent: 'UZ', astana: 'KZ', bishkek: 'KG', dushanbe: 'TJ',
  warsaw: 'PL', warschau: 'PL', prague: 'CZ', prag: 'CZ', budapest: 'HU', bucharest: 'RO', bukarest: 'RO', belgrade: 'RS',
  belgrad: 'RS', madrid: 'ES', lisbon: 'PT', lissabon: 'PT', vienna: 'AT', wien: 'AT', stockholm: 'SE', oslo: 'NO',
  copenhagen: 'DK', kopenhagen: 'DK', helsinki: 'FI', tallinn: 'EE', riga: 'LV', vilnius: 'LT', beirut: 'LB', kigali: 'RW',
  kampala: 'UG', harare: 'ZW', lusaka: 'ZM', luanda: 'AO', maputo: 'MZ', accra: 'GH', 'mexico city': 'MX', brasilia: 'BR', brasília: 'BR',
  'buenos aires': 'AR', bogota: 'CO', bogotá: 'CO', quito: 'EC', montevideo: 'UY',
}));

const CAPITAL_FIRST_WORDS = new Set([...CAPITALS.keys()].map((k) => k.split(' ')[0]!));

/** Nationality adjectives' endings, English and German ("Japanese", "Indian", "türkischen", "kenianische"). */
const DEMONYM_ENDINGS = ['', 'n', 'an', 'ian', 'vian', 'ese', 'i', 'ish', 'isch', 'ische', 'ischen', 'ischer', 'isches', 'ischem', 'anisch', 'anische', 'anischen', 'esisch', 'esische', 'esischen'];
/**
 * The country of a nationality adjective (one or two words), found from the country names: a
 * name equal to the adjective without its ending ("Japanese" → Japan, "South Korean" → South
 * Korea, "iranischen" → Iran), else the one name it begins with its last few letters off
 * ("türkische" → Türkei, "Italian" → Italy). Null when none or two fit ("Korean", "British").
 */
const countryOfAdjective = memo((adjective: string): string | null => {
  const folded = fold(adjective);
  if (/^(us|u\.s\.?|usa|american|amerikanisch(e|en|er|es|em)?)$/.test(folded)) return countryByCode.get('US') ?? null;
  const known = countries();
  const stems = DEMONYM_ENDINGS.filter((e) => folded.endsWith(e) && folded.length - e.length >= 4).map((e) => folded.slice(0, folded.length - e.length));
  for (const stem of stems) {
    const exact = known.get(stem);
    if (exact) return exact;
  }
  const fits = new Set<string>();
  for (const stem of stems) for (const [name, country] of known) if (name.startsWith(stem) && name.length - stem.length <= 5) fits.add(country);
  return fits.size === 1 ? [...fits][0]! : null;
});

const GOVERNMENT = /^(government|regierung)$/i;
/**
 * "Japanese government", "Japan's government", "the Government of Japan", "die türkische
 * Regierung", "Kenias Regierung", "die Regierung Guatemalas", "die Regierung in Lomé", and a
 * capital alone ("Tokyo", "Khartum"): the government of a country, one body whichever way it is
 * named. Its country's German name, or null.
 */
function governmentOf(tokens: string[]): string | null {
  const from = LEADING_ARTICLE.test(tokens[0]!) && tokens.length > 1 ? 1 : 0;
  const n = tokens.length - from;
  // (Cheap tests first, lower-cased, not folded: this runs for every name.)
  const capitalFirst = n <= 2 && CAPITAL_FIRST_WORDS.has(tokens[from]!.toLowerCase());
  if (!capitalFirst && (n < 2 || n > 5 || !(GOVERNMENT.test(tokens[from]!) || GOVERNMENT.test(tokens[tokens.length - 1]!)))) return null;
  const rest = from ? tokens.slice(1) : tokens;
  if (capitalFirst) {
    const capital = CAPITALS.get(rest.join(' ').toLowerCase());
    if (capital && rest.every(isCapitalised)) return countries().size ? (countryByCode.get(capital) ?? null) : null;
  }
  if (n < 2) return null;
  if (n <= 4 && GOVERNMENT.test(rest[n - 1]!)) {
    const before = rest.slice(0, -1);
    const last = before[before.length - 1]!;
    const possessive = last.replace(/['’]s$/u, '');
    if (possessive !== last) return countryOf([...before.slice(0, -1), possessive]);
    return countryOf(before) ?? (before.length <= 2 ? countryOfAdjective(before.join(' ')) : null);
  }
  if (n <= 5 && GOVERNMENT.test(rest[0]!)) {
    let after = rest.slice(1);
    const via = /^(of|in|von)$/i.test(after[0]!);
    if (via) after = after.slice(1);
    if (after.length === 0) return null;
    const capital = CAPITALS.get(after.join(' ').toLowerCase());
    if (via && capital) return countries().size ? (countryByCode.get(capital) ?? null) : null;
    return countryOf(after);
  }
  return null;
}

/** A state's or a government's key ("japan", "japan regierung"): no "body" of its article (group.ts). */
export const isStateKey = (key: string) => key.endsWith(' regierung') || key === 'usa' || countries().has(key);
/** A country's name, alone or after an article, or in the genitive ("Frankreichs", "des Irans"): its name. */
function countryOf(tokens: string[]): string | null {
  const rest = LEADING_ARTICLE.test(tokens[0]!) && tokens.length > 1 ? tokens.slice(1) : tokens;
  if (rest.length > 3 || !rest.every(isCapitalised)) return null;
  const known = countries();
  const whole = known.get(fold(rest.join(' ')));
  if (whole) return whole;
  const word = rest[0]!;
  if (rest.length === 1 && word.length >= 5 && word.endsWith('s')) return known.get(fold(word.slice(0, -1))) ?? null;
  return null;
}

/** Articles, prepositions, conjunctions and pronouns, English and German: lower-case words that make a name after them someone else's. */
const LINKING_WORD = /^(the|a|an|of|for|at|from|by|with|to|in|on|about|and|or|but|his|her|their|its|our|my|your|this|that|these|those|some|any|all|both|each|such|ein|eine|einer|einem|eines|einen|der|die|das|dem|den|des|für|bei|beim|mit|aus|zu|zur|zum|um|über|unter|gegen|nach|vor|seit|laut|gemäß|und|oder|sowie|sein|seine|seiner|seinem|seinen|ihr|ihre|ihrer|ihrem|ihren|unser|unsere|dieser|diese|dieses|jener|jene|alle|beide)$/i;

/** A kind of place alone, in brackets after a place's name. */
const PLACE_QUALIFIER = /^(Stadt|Provinz|Region|Bundesstaat|Bundesland|Land|Staat|Insel|Fluss|Landkreis|Kreis|Kanton|Bezirk|Gemeinde|Präfektur|Ort|Dorf|city|state|province|county)$/;

/** A passage of a report or text, before the report ("eine Stelle aus dem …", "Auszügen aus einer …"). */
const PASSAGE_OF = /^(?:(?:ein|eine|einer|einem|einen|die|der|den|dem)\s+)?(?:Stelle|Stellen|Passage|Passagen|Auszug|Auszüge|Auszügen|Abschnitt|Absatz|Zitat|Zitate|Zitaten)\s+(?:aus|in)\s+(?=(?:dem|der|des|einem|einer|eines|seinem|ihrem)\s+\S)/u;

/** Nouns of a place a title is of ("der Region Elsass", "der Provinz Schabwa"). */
const PLACE_NOUN = /^(Region|Provinz|Stadt|Gemeinde|Bundesstaat|Kanton|Bezirk|Landkreis|Insel|Republik|Präfektur)$/;

/** Plural nouns of a body's members (compounded with its acronym). */
// (Only forms that are plural: "Vertreter", "Techniker", "Manager" may be one nameless person.)
const MEMBERS_OF = /^(beauftragten|inspekteure|inspektoren|experten|ermittler|beobachter|delegierten|mitarbeiter|wissenschaftler|forscher|verantwortlichen|offiziellen|funktionäre|funktionären|ingenieure|ingenieuren|fachleute|juristen|analysten|anwälte|ärzte)$/i;
/** The camp, team or office that speaks for a person ("McCains Kampagne", "das Obama-Lager"). */
const CAMP_NOUN = /^(kampagne|wahlkampagne|lager|team|wahlkampfteam|kampagnenteam|umfeld|wahlkampfstab|büro|campaign|camp)$/i;
function compoundOfName(tokens: string[]): ParsedName | null {
  const rest = ARTICLE_LIKE.test(tokens[0]!) && tokens.length > 1 ? tokens.slice(1) : tokens;
  if (rest.length !== 1) return null;
  const at = rest[0]!.lastIndexOf('-');
  if (at < 2) return null;
  const head = rest[0]!.slice(0, at);
  const tail = rest[0]!.slice(at + 1);
  // "der FIFA-Beauftragten", "die UN-Inspekteure": members of a body, several of them, speak for it
  // (one of them, "ein WWF-Sprecher", is a nameless role).
  if (ACRONYM.test(head) && MEMBERS_OF.test(tail) && !/^(ein|eine|einer|einem|eines|einen|des|dem)$/i.test(tokens[0]!)) return { type: 'organisation', display: head, key: bodyKey(head) };
  if (!/^\p{Lu}/u.test(tail) || !(isReportNoun(tail) || CAMP_NOUN.test(tail))) return null;
  // One name before the hyphen, nothing that is a role or a body word itself ("EU-Kommissions-Bericht").
  // "der ai-Bericht": an acronym written small.
  const smallAcronym = /^\p{Ll}{2,4}$/u.test(head) && isReportNoun(tail);
  if (head.includes('-') || !(ACRONYM.test(head) || isNameToken(head) || smallAcronym) || isBodyWord(fold(head))) return null;
  if (ACRONYM.test(head) || smallAcronym) return { type: 'organisation', display: head, key: bodyKey(head) };
  return person([head], [head]);
}

/** Nouns that name what a body is, before its quoted name ("der Organisation „DotAsia“", "des Magazins „Der Spiegel“"). */
const isBodyNoun = (token: string) => /(organisation|organization|magazin|magazins|magazines|zeitung|zeitschrift|blatt|blatts|blattes|sender|senders|sendung|agentur|initiative|gruppe|bündnis|bündnisses|netzwerk|netzwerks|kollektiv|kollektivs|portal|portals|website)$/i.test(token.toLowerCase().split('-').pop() ?? token);

/** Nouns that say what kind of body the name after them is ("Betreiberfirma", "Nachrichtenagentur", "Softwarehersteller"). */
const BODY_TYPE = /(firma|organisation|organization|agentur|sender|senders|zeitung|magazin|magazins|magazines|website|webseite|internetseite|portal|portals|gruppe|bündnis|bündnisses|netzwerk|netzwerks|initiative|hersteller|herstellers|konzern|konzerns|fluggesellschaft|bahngesellschaft|fluglinie|partei|versorger|betreiber|anbieter|provider|providers|dienstleister|behörde|gewerkschaft)$/;
/** Kinds of body, folded, that may stand before the body's own acronym ("Weltverband", "Forschungszentrum", "Umweltbehörde"). */
const KIND_BEFORE_ACRONYM = /(verband|bund|organisation|komitee|institut|gesellschaft|stiftung|kommission|behoerde|gewerkschaft|vereinigung|zentrum|dienst|konzern|verein|club|klub|hilfswerk|programm)$/;
/** "Die Stadt Nürnberg", "der Gemeinde Dorfen", "Der Landkreis Harburg": a place's administration, named by the place. */
const LOCAL_BODY = /^(Stadt|Gemeinde|Landkreis|Kreis|Bezirk|Kanton|Stadtverwaltung|Gemeindeverwaltung|Kreisverwaltung|Marktgemeinde|Samtgemeinde|Verbandsgemeinde)$/;
/** Joining words inside a body's name ("Ärzte ohne Grenzen", "Human Rights Watch of …"). */
const NAME_JOINER = /^(ohne|of|for|and|und|the|&)$/i;
const DOMAIN = /^[\p{L}\d][\p{L}\d-]*(\.[\p{L}\d-]+)*\.(de|com|net|org|at|ch|eu|info|uk|fr|it|es|nl|tv|ru|io|us)$/iu;
const ARTICLE_LIKE = /^(ein|eine|einer|einem|eines|einen|der|die|das|dem|den|des|the|a|an)$/i;

function typedBody(tokens: string[]): ParsedName | null {
  let i = ARTICLE_LIKE.test(tokens[0]!) ? 1 : 0;
  while (i < tokens.length && ADJECTIVE.test(tokens[i]!)) i++;
  let noun = tokens[i];
  // "die Nachrichten Agentur Xinhua": the kind's compound written apart.
  const second = tokens[i + 1];
  if (noun && second && i + 2 < tokens.length && /^\p{Lu}\p{Ll}{3,}(en|s)$/u.test(noun) && !BODY_TYPE.test(noun.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(second) && BODY_TYPE.test(second.toLowerCase())) {
    noun = `${noun}${second.toLowerCase()}`;
    i++;
  }
  // "der Weltverband FIFA", "die Umweltbehörde EPA": a kind of body that is a body word itself, then the body's acronym
  // (not "die Polizei NRW": the police of a place is not the place).
  const kindOfAcronym = i + 2 === tokens.length && ACRONYM.test(tokens[i + 1]!) && !!noun && KIND_BEFORE_ACRONYM.test(fold(genitiveStem(noun)));
  if (!noun || !isCapitalised(noun) || !(BODY_TYPE.test(noun.toLowerCase()) || LOCAL_BODY.test(noun) || kindOfAcronym)) return null;
  const name = tokens.slice(i + 1);
  if (name.length === 0 || name.length > 5) return null;
  const first = name[0]!;
  const last = name[name.length - 1]!;
  const domain = name.length === 1 && DOMAIN.test(first);
  const kind = fold(genitiveStem(noun));
  // "der Menschenrechtsorganisation amnesty international": a name written small, two or three words.
  const small = name.length >= 2 && name.length <= 3 && name.every((t) => /^\p{Ll}{4,}$/u.test(t) && !SMALL_NAME_STOP.test(t) && !ADJECTIVE.test(t));
  if (small) return { type: 'organisation', display: name.join(' '), key: bodyKey(name.join(' ')), kind };
  if (!domain) {
    const nameLike = (t: string) => isCapitalised(t) || isNameToken(t);
    if (!(nameLike(first) || CAMEL.test(first)) || !nameLike(last)) return null;
    if (!name.every((t) => nameLike(t) || NAME_JOINER.test(t))) return null;
    // "der Organisation Erdölexportierender Länder", "der Partei Bibeltreuer Christen": a declined
    // adjective starts a description that is the name itself; left to the rules below.
    if (name.length >= 2 && /^\p{Lu}\p{Ll}+(er|en)$/u.test(first)) return null;
    if (name.some((t) => isTitle(t))) return null;
  }
  const display = name.join(' ');
  const core = LEADING_ARTICLE.test(name[0]!) && name.length > 1 ? name.slice(1) : name;
  return { type: 'organisation', display, key: bodyKey(core.join(' ')), kind };
}
/** An English kind of news body written after its name ("Associated Press news agency", "the Halden newspaper"). */
const KIND_AFTER_NAME = /^(?:news agency|news service|wire service|newspaper|broadcaster|news channel|news website)$/i;
/** The last words of those kinds (a cheap test first: every name is asked). */
const KIND_LAST_WORDS = new Set(['agency', 'service', 'newspaper', 'broadcaster', 'channel', 'website']);
/** A capitalised word of a body's name, an acronym too ("Open AI"); not a title ("Minister"). */
const bodyNameToken = (t: string) => /^\p{Lu}[\p{L}\d&'’.-]*$/u.test(t) && !isTitle(t);

/** "Associated Press news agency": the body named before the kind of news body it is, one to four words. */
function bodyBeforeKind(tokens: string[]): ParsedName | null {
  if (!KIND_LAST_WORDS.has(tokens[tokens.length - 1]!.toLowerCase())) return null;
  for (const n of [2, 1]) {
    if (tokens.length < n + 1 || !KIND_AFTER_NAME.test(tokens.slice(-n).join(' '))) continue;
    const name = tokens.slice(/^the$/i.test(tokens[0]!) ? 1 : 0, -n);
    if (name.length === 0 || name.length > 4 || !bodyNameToken(name[0]!) || !bodyNameToken(name[name.length - 1]!)) return null;
    if (!name.every((t) => bodyNameToken(t) || NAME_JOINER.test(t))) return null;
    return englishBody(name.join(' '), tokens[tokens.length - 1]!.toLowerCase());
  }
  return null;
}

/** "ChatGPT-maker Open AI", "iPhone maker Kestrel", "chipmaker Nordavia": a maker's kind, then the company's name. */
function makerBody(tokens: string[]): ParsedName | null {
  let i = /^the$/i.test(tokens[0] ?? '') ? 1 : 0;
  if (!tokens[i]?.toLowerCase().endsWith('maker') && tokens[i + 1]?.toLowerCase() !== 'maker') return null;
  if (/^\p{L}[\p{L}\d-]*$/u.test(tokens[i] ?? '') && /^maker$/i.test(tokens[i + 1] ?? '')) i += 2;
  else if (/^(?:\p{L}[\p{L}\d]*-maker|\p{Ll}{3,}maker)$/u.test(tokens[i] ?? '')) i += 1;
  else return null;
  const name = tokens.slice(i);
  if (name.length === 0 || name.length > 4 || !name.every((t) => bodyNameToken(t) || NAME_JOINER.test(t)) || !bodyNameToken(name[name.length - 1]!)) return null;
  return englishBody(name.join(' '), 'maker');
}

/** A body of an English kind; one of several words is also found by them written as one ("Open AI" / "OpenAI"). */
function englishBody(display: string, kind: string): ParsedName {
  const key = bodyKey(display);
  const joined = fold(display).replace(/[\s-]+/g, '');
  return { type: 'organisation', display, key, kind, ...(display.includes(' ') && joined !== looseKey(key) ? { also: joined } : {}) };
}
const looseKey = (key: string) => key.replace(/[\s-]+/g, '');

/** Small words after a body's kind that are not its name ("die Organisation selbst", "die Firma jedoch nicht"). */
const SMALL_NAME_STOP = /^(auch|nicht|selbst|jedoch|aber|noch|schon|bereits|dagegen|dann|heute|gestern|sich|nun|zudem|ebenfalls|sowie|oder|dass|damit|weiterhin|inzwischen|allerdings|daher|deshalb|jetzt|immer|wieder)$/;

/** "eBay", "iPhone": a brand written with a small first letter. */
const CAMEL = /^\p{Ll}{1,2}\p{Lu}\p{L}+$/u;
/** A country or region after a company's name: its branch there ("eBay-Deutschland", "Vattenfall Europe"). */
const NATIONAL_BRANCH = /^(.{3,}?)[ -](deutschland|germany|oesterreich|austria|schweiz|europe|europa)$/;

/** The country or region of a branch alone, folded ("Germany", "Deutschland"). */
const BRANCH_PLACE = /^(deutschland|germany|oesterreich|austria|schweiz|europe|europa)$/;
/** BRANCH_PLACE as written, capitalised (a cheap test first: every two-word name is asked). */
const BRANCH_PLACE_AS_WRITTEN = /^(?:Deutschland|Germany|Österreich|Oesterreich|Austria|Schweiz|Europe|Europa|DEUTSCHLAND|GERMANY|EUROPE)$/;
/** Words before a country that make no company's branch ("Team Germany", "Air Europe", "Radio Europa"). */
const NOT_A_BRANCH = /^(team|air|radio|visit|sport|sports|made|welcome|invest|destination|rally|tour|miss|mister|mr)$/;
/**
 * Two capitalised words, the second a country or region of NATIONAL_BRANCH ("Vodafone Germany",
 * "Kestrel Deutschland"): a company's branch there (exported for group.ts: such a branch is a company).
 */
export const isBranchName = (tokens: ReadonlyArray<string>) =>
  tokens.length === 2 && BRANCH_PLACE_AS_WRITTEN.test(tokens[1]!) && /^\p{Lu}[\p{L}&'’.-]+$/u.test(tokens[0]!) && BRANCH_PLACE.test(fold(tokens[1]!)) && !NOT_A_BRANCH.test(fold(tokens[0]!)) && !isTitle(tokens[0]!) && !isBodyWord(fold(tokens[0]!));

/** The key a body is found by: organisationKey, without a country or region of a branch. */
export const bodyKey = memo(bodyKeyUncached);
function bodyKeyUncached(display: string): string {
  // "BBC News", „CNN News“: a broadcaster's news service, named by its acronym, speaks as the broadcaster.
  const newsOf = NEWS_SERVICE.exec(display.trim());
  if (newsOf) return bodyKey(newsOf[1]!);
  // "Das Auswärtige Amt der Bundesrepublik Deutschland": the country a federal body belongs to says no more.
  // "Die deutsche Bundesregierung", "des deutschen Bundestages": "Bundes-" already says whose.
  const key = organisationKey(display)
    .replace(/(?<=\S) (der|des) bundesrepublik( deutschland)?$/, '')
    .replace(/^deutsch (?=bundes)/, '');
  const branch = NATIONAL_BRANCH.exec(key);
  // (The company's name keyed as it is alone: "Vodafone Germany" is found by "vodafone", as "Vodafone" is.)
  const out = branch && !branch[1]!.split(' ').some(isBodyWord) ? organisationKey(fold(display).replace(/[ -]\S+$/, '')) : key;
  return BODY_FORMS[out] ?? (out.includes('court') ? courtKey(out) : out);
}
/**
 * A court named in either English order, keyed as one ("Colorado appeals court" / "Colorado Court of
 * Appeals", "Supreme Court of Texas" / "Texas Supreme Court"); a lettered or numbered division or panel
 * after its name speaks as the court ("… Court of Appeals Division A").
 */
function courtKey(key: string): string {
  const whole = key.replace(/(?<=\bcourt(?: of appeals?)?) (?:division|panel) [a-z0-9]{1,3}$/, '');
  const appeals = /^(\S.*) (?:appeals|appellate) court$/.exec(whole);
  if (appeals) return `${appeals[1]} court of appeals`;
  const supreme = /^suprem court of (\S.*)$/.exec(whole);
  return supreme ? `${supreme[1]} suprem court` : whole;
}
/** Words that may qualify a ministry's field ("Foreign", "Home", "Public Security", "Higher Education"). */
const FIELD_QUALIFIERS = 'foreign home internal public social national economic local rural urban civil mental primary higher natural';
/** The English heads of a ministry named by its portfolio ("Ministry of Health", "Health Department"). */
const PORTFOLIO_HEAD = /^(ministry|department|dept)$/;
/** German ministries named by their portfolio alone, folded ("gesundheitsministerium", "aussenministerium"; not "bundes…"). */
const GERMAN_PORTFOLIO = /^(gesundheits|aussen|innen|justiz|verteidigungs|finanz|wirtschafts|bildungs|umwelt|verkehrs|landwirtschafts|agrar|sozial|arbeits|kultus|kultur|familien|forschungs|wissenschafts|entwicklungs|energie|bau|europa|migrations|sport|tourismus|handels|informations|verbraucherschutz|zivilschutz|heimat|sicherheits|digital|frauen|jugend)ministerium$/;
let fieldWords: Map<string, string> | null = null;
/** The field words as they appear in a body's key, before or after the head ("Defence Ministry" is keyed "defenc"), → the word. */
function fieldKeyWords(): Map<string, string> {
  if (fieldWords) return fieldWords;
  fieldWords = new Map<string, string>();
  for (const word of [...FIELD_NOUNS, ...FIELD_QUALIFIERS.split(' ')]) {
    const capitalised = `${word[0]!.toUpperCase()}${word.slice(1)}`;
    fieldWords.set(word, word);
    fieldWords.set(bodyKey(`Ministry of ${capitalised}`).split(' ').pop()!, word);
    fieldWords.set(bodyKey(`${capitalised} Ministry`).split(' ')[0]!, word);
  }
  return fieldWords;
}
/**
 * The field of a ministry named by its portfolio alone, with no country or place in its name
 * ("Ministry of Health", "Health Ministry", "the Department of Foreign Affairs", "das
 * Gesundheitsministerium"): every country has one, so such a name says which only in its article.
 * Its key → the field's words (sorted, without "affairs"), so "Foreign Ministry" and "Ministry of
 * Foreign Affairs" meet in one article; null for any other key. The US "State Department" is no such name.
 */
export const portfolioOf = memo((key: string): string | null => {
  if (!key.includes(' ')) {
    const german = GERMAN_PORTFOLIO.exec(key);
    return german ? german[1]! : null;
  }
  const words = key.split(' ');
  let fields: string[];
  if (PORTFOLIO_HEAD.test(words[0]!) && /^(of|for)$/.test(words[1] ?? '')) fields = words.slice(2);
  else if (PORTFOLIO_HEAD.test(words[words.length - 1]!)) fields = words.slice(0, -1);
  else return null;
  const known = fieldKeyWords();
  const core = fields.filter((w) => !/^(the|and|&|affairs)$/.test(w)).map((w) => known.get(w));
  if (core.length === 0 || core.length > 4 || core.some((w) => w === undefined) || (core.length === 1 && core[0] === 'state')) return null;
  return core.sort().join(' ');
});

/**
 * The field of a country's ministry named with the country first ("India's defence ministry", keyed
 * "indien defence ministry" → "defence"); null for any other key (a ministry without its country: portfolioOf).
 */
export const statePortfolioOf = (key: string): string | null => {
  const space = key.indexOf(' ');
  if (space < 0 || !key.endsWith('ministry') || !isStateKey(key.slice(0, space))) return null;
  return portfolioOf(key.slice(space + 1));
};

/** An acronym and "News": the news service of the body the acronym names. */
const NEWS_SERVICE = /^(?:(?:[Tt]he|[Dd]ie|[Dd]er|[Dd]as)\s+)?((?=[\p{Lu}\d]*\p{Lu})[\p{Lu}\d]{2,5})\s+News$/u;
/** German and English names of the same body, and the acronym it is known by. */
const BODY_FORMS: Record<string, string> = {
  'vereinigt staaten': 'usa',
  'vereinigt staaten von amerika': 'usa',
  'united states': 'usa',
  'vereint nationen': 'un',
  'united nations': 'un',
  uno: 'un',
  'europaeisch union': 'eu',
  'european union': 'eu',
  'british broadcasting corporation': 'bbc',
};

/** "ndr.de", "der Website worldreferree.com", "eBay", "EBay-Deutschland", "SPIEGEL ONLINE". */
function websiteOrBrand(tokens: string[]): ParsedName | null {
  const rest = ARTICLE_LIKE.test(tokens[0]!) && tokens.length > 1 ? tokens.slice(1) : tokens;
  const display = rest.join(' ');
  if (rest.length === 1 && (DOMAIN.test(rest[0]!) || CAMEL.test(rest[0]!))) return { type: 'organisation', display, key: bodyKey(display) };
  if (rest.length === 1 && isCapitalised(rest[0]!) && NATIONAL_BRANCH.test(fold(rest[0]!)) && !isTitle(rest[0]!)) return { type: 'organisation', display, key: bodyKey(display) };
  // Words all in capitals, several of them: a body's name written as its logo ("SPIEGEL ONLINE").
  if (rest.length >= 2 && rest.length <= 4 && rest.every((t) => /^[\p{Lu}\d&-]{2,}$/u.test(t)) && rest.some((t) => t.length >= 4)) {
    const core = LEADING_ARTICLE.test(rest[0]!) ? rest.slice(1) : rest;
    return { type: 'organisation', display, key: bodyKey(core.join(' ')) };
  }
  return null;
}

/** A unit of a body speaks for the body: "der Twitter-Rechtsabteilung", "Das „Departement Information und Presse“ des russischen Außenministeriums". */
const DEPARTMENT = /(abteilung|departement|department|referat|pressestelle|stabsstelle)$/i;
function departmentOfBody(tokens: string[], segment: string): ParsedName | null {
  const rest = ARTICLE_LIKE.test(tokens[0]!) && tokens.length > 1 ? tokens.slice(1) : tokens;
  // "Twitter-Rechtsabteilung": the body's name, a hyphen, the unit.
  if (rest.length === 1) {
    const parts = rest[0]!.split('-');
    if (parts.length === 2 && isCapitalised(parts[0]!) && parts[0]!.length >= 2 && DEPARTMENT.test(parts[1]!) && !isBodyWord(fold(parts[0]!))) {
      return { type: 'organisation', display: parts[0]!, key: bodyKey(parts[0]!) };
    }
    return null;
  }
  // "Das „Departement …“ des russischen Außenministeriums", "die Presseabteilung der Deutschen Bahn": the body in the genitive.
  const quoted = QUOTED.exec(segment);
  const unit = quoted ? splitTokens(quoted[1] ?? quoted[2] ?? '')[0] : rest[0];
  if (!unit || !DEPARTMENT.test(unit)) return null;
  const genitiveAt = tokens.findIndex((t, i) => i > 0 && /^(des|der)$/i.test(t) && (!quoted || segment.indexOf(t, quoted.index + quoted[0].length) >= 0));
  if (genitiveAt < 0 || genitiveAt === tokens.length - 1) return null;
  const body = parseSegment(tokens.slice(genitiveAt).join(' '));
  return body.type === 'organisation' ? body : null;
}

/** Those who speak for a body as a group ("Mitarbeiter der … Human Rights Watch", "Die Demonstranten der UDD") speak for the body. */
const MEMBERS = /^(mitarbeiter|mitarbeiterinnen|demonstranten|anhänger|mitglieder|wissenschaftler|forscher|experten|aktivisten|ärzte|richter)$/i;
function membersOfBody(tokens: string[]): ParsedName | null {
  const i = /^die$/i.test(tokens[0]!) ? 1 : 0;
  if (!MEMBERS.test(tokens[i] ?? '') || !/^(der|des)$/i.test(tokens[i + 1] ?? '') || tokens.length < i + 3) return null;
  const body = parseSegment(tokens.slice(i + 1).join(' '));
  return body.type === 'organisation' ? body : null;
}

/**
 * "das reiche Saudi-Arabien", "der englische Independent", "des österreichischen Standards": an
 * article, words that describe, and one name. With "das" (no person is "das"), or after an
 * adjective of a country or region, it is a body or a state, named by the name alone.
 */
function adjectiveBody(tokens: string[]): ParsedName | null {
  if (tokens.length < 3 || !LEADING_ARTICLE.test(tokens[0]!)) return null;
  const name = tokens[tokens.length - 1]!;
  const between = tokens.slice(1, -1);
  if (!isCapitalised(name) || isTitle(name) || !between.every((t) => /^\p{Ll}/u.test(t) && !AGE.test(t))) return null;
  // Not a common noun of a body ("die äthiopische Regierung", "des ägyptischen Staatsfernsehens"): its adjective says which one.
  if (isBodyWord(fold(name)) || isBodyWord(fold(genitiveStem(name))) || COMMON_BODY_NOUN.test(fold(name))) return null;
  const neuter = /^das$/i.test(tokens[0]!);
  const regional = between.every((t) => /isch(e|en|er|es|em)$/u.test(t));
  if (!neuter && !regional) return null;
  const article = tokens[0]!.toLowerCase();
  const display = article === 'des' || article === 'eines' ? genitiveStem(name) : name;
  return { type: 'organisation', display, key: bodyKey(display) };
}

/** Common nouns for bodies that are not in the body words ("Staatsfernsehen", "Presse", "Opposition"). */
const COMMON_BODY_NOUN = /(fernsehen|fernsehens|rundfunk|rundfunks|funk|funks|presse|medien|militaer|justiz|fuehrung|opposition|seite|botschaft|staat|staats|staates|volk|volks|volkes|regime|regimes|oeffentlichkeit|wirtschaft|industrie|wissenschaft|forschung|marine|luftwaffe|geheimdienst|dienst|dienstes|sender|senders|radio|kirche)$/;

/** Nouns of reports, and their compounds ("Fernsehbericht", "Pressemitteilung", "Presseerklärung"). */
const REPORT_ENDING = /(bericht|berichte|berichten|berichts|berichtes|mitteilung|mitteilungen|erklärung|meldung|meldungen|artikel|artikels|veröffentlichung|ausgabe|stellungnahme)$/;
const MORE_REPORT_NOUNS = new Set('test plan interview studie appell schreiben brief aussage analyse gutachten untersuchung umfrage idee vorschlag vorstoß entscheidung urteil beschluss anweisung hinweis warnung auskunft'.split(' '));
function isReportNoun(token: string): boolean {
  const lower = token.toLowerCase();
  return REPORT_NOUNS.has(lower) || MORE_REPORT_NOUNS.has(lower) || (lower.length >= 7 && REPORT_ENDING.test(lower));
}

const cleanToken = (t: string) => t.replace(/^[„“"'‚‘»«’]+|[„“"'‚‘»«’.:!?)]+$/g, '');

function dropReportNoun(segment: string): string {
  const words = segment.split(' ').filter(Boolean);
  const clean = words.map(cleanToken);
  for (let r = 0; r < Math.min(words.length - 2, 8); r++) {
    if (!isCapitalised(clean[r]!) || !isReportNoun(clean[r]!)) continue;
    // "des Jahresberichts 2008 der …": the year of a report says which one, not whose.
    if (/^\d{4}$/.test(clean[r + 1]!) && r + 3 < words.length) {
      words.splice(r + 1, 1);
      clean.splice(r + 1, 1);
    }
    const next = clean[r + 1]!.toLowerCase();
    // The genitive article stays (it tells the case: "der Deutschen Bahn" → "Deutsche Bahn").
    // "Angaben aus Khartum": a place for those who speak there (not "aus Sicherheitskreisen").
    const fromPlace = next === 'aus' && r + 3 === words.length && isCapitalised(clean[r + 2]!) && !/(kreisen|kreise|quellen|reihen)$/i.test(clean[r + 2]!);
    const from = /^(der|des|dem|den)$/.test(next) ? r + 1 : /^(von|vom|im|zufolge)$/.test(next) || fromPlace ? r + 2 : -1;
    if (from < 0) return segment;
    // Before the noun: nothing, or an article and lower-case words ("einer am Dienstag veröffentlichten").
    // …or a preposition, an article and lower-case words ("Im Bericht der …", "In einer Analyse des …", "Laut Angaben der …").
    const prefixOk =
      r === 0 ||
      (ARTICLE_LIKE.test(clean[0]!) && clean.slice(1, r).every((t, k) => !isCapitalised(t) || /^(am|im|vom)$/i.test(clean[k]!))) ||
      (/^(im|in|laut|nach|gemäß|aus)$/i.test(clean[0]!) && clean.slice(1, r).every((t) => ARTICLE_LIKE.test(t) || !isCapitalised(t)));
    return prefixOk ? words.slice(from).join(' ') : segment;
  }
  return segment;
}

const PREPOSITION = /^(zur|zum|im|am|für|von|vom|in|aus|mit|bei|beim|seit|unter|auf|an|nach|über)$/i;
function dropExtendedAttribute(segment: string): string {
  const words = segment.split(' ').filter(Boolean);
  const clean = words.map(cleanToken);
  if (clean.length < 4 || !ARTICLE_LIKE.test(clean[0]!) || !PREPOSITION.test(clean[1]!)) return segment;
  for (let k = Math.min(clean.length - 2, 12); k >= 2; k--) {
    const t = clean[k]!;
    if (/^\p{Ll}[\p{Ll}-]*(e|en|er|es)$/u.test(t) && !ARTICLE_LIKE.test(t) && !PREPOSITION.test(t) && isCapitalised(clean[k + 1]!)) return [words[0]!, ...words.slice(k + 1)].join(' ');
  }
  return segment;
}

function affiliatedPerson(tokens: string[], segment: string): ParsedName | null {
  const at = tokens.findIndex((t, i) => i >= 2 && AFFILIATION.test(t));
  if (at < 0) return null;
  const left = tokens.slice(0, at);
  // The two words or more right before the preposition are a name, not titles.
  const nameRun = left.slice(-2);
  if (!nameRun.every(isNameToken)) return null;
  const right = tokens.slice(at + 1).filter((t) => !ARTICLE.test(t));
  if (right.length === 0) return null;
  const particle = /^(von)$/i.test(tokens[at]!);
  const bodyLike = QUOTED.test(segment) || right.length >= 2 || right.some((t) => isBodyWord(t.toLowerCase()));
  if (particle && !bodyLike) return null;
  const person = parseSegment(left.join(' '));
  return person.type === 'person' && person.given !== null ? person : null;
}

function describedPerson(tokens: string[]): ParsedName | null {
  if (!LEADING_ARTICLE.test(tokens[0]!)) return null;
  let i = 1;
  let age = false;
  let adjectives = 0;
  while (i < tokens.length && (AGE.test(tokens[i]!) || ADJECTIVE.test(tokens[i]!))) {
    if (AGE.test(tokens[i]!)) age = true;
    else adjectives++;
    i++;
  }
  while (i < tokens.length && isTitle(tokens[i]!)) i++;
  const run: string[] = [];
  let j = i;
  while (j < tokens.length && (isNameToken(tokens[j]!) || (isParticle(tokens[j]!) && !ARTICLE.test(tokens[j]!) && j + 1 < tokens.length && isNameToken(tokens[j + 1]!)))) run.push(tokens[j++]!);
  // Only a segment that is the article, its adjectives, one noun and a name, nothing after.
  if (j !== tokens.length || run.length === 0) return null;
  const core = run.filter((t) => !isParticle(t));
  if (core.some((t) => isBodyWord(t.toLowerCase()))) return null;
  let name = run;
  // A German noun of a role: "Theologen", "Politiker", "Journalistin" (not "New" of "Die New York Times").
  // After "des" the noun is in the genitive ("des Priesters Samaan Ibrahim").
  const roleNoun = (word: string) => /^\p{Lu}\p{Ll}{4,}(e|en|er|in|ist|or|ent|ant|eur)$/u.test(word.split('-').pop()!.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  const nounLike = roleNoun(run[0]!) || (/^(des|eines)$/i.test(tokens[0]!) && roleNoun(genitiveStem(run[0]!)));
  if (!age && adjectives === 0 && core.length >= 3 && !nounLike) return { type: 'organisation', display: run.join(' '), key: organisationKey(run.join(' ')) };
  if (adjectives > 0 || core.length >= 3) {
    // The first capitalised word after an adjective is the noun it describes ("Kardinal",
    // "Herausforderer"); so is the first of three or more after a bare article ("den Theologen Hans Küng").
    if (i === 1 + adjectives + (age ? 1 : 0) && !isTitle(tokens[i - 1] ?? '')) name = run.slice(1);
  } else if (!age) {
    // One word after the article is a body or a group ("die Grünen", "die Kanadier": asOrganisation).
    if (core.length < 2 || run.length !== tokens.length - 1) return null;
    // "Die Vereinigten Staaten", "die Hamburger Grünen": a declined adjective and a noun name a body.
    if (/^\p{Lu}\p{Ll}{3,}(en|er|e|es)$/u.test(run[0]!) && run.length === 2) {
      const display = nominative(run, tokens[0]!).join(' ');
      return { type: 'organisation', display, key: bodyKey(display) };
    }
    // "die Bangkok Post", "der Washington Post", "Die Financial Times": a place or a word, then the
    // head of a newspaper's title, is the newspaper.
    if (NEWSPAPER_HEAD.test(run[run.length - 1]!)) return { type: 'organisation', display: run.join(' '), key: bodyKey(run.join(' ')) };
    // "das Staatsoberhaupt Neuseelands", "der Trainer Magath": a noun, then a genitive or a bare
    // surname; too little to say who (a reviewer assigns it).
    return { type: 'role', display: tokens.join(' ') };
  }
  const nameCore = name.filter((t) => !isParticle(t));
  if (nameCore.length === 0 || nameCore.length > 4) return null;
  return person(name, nameCore);
}

/** The last word of a newspaper's title (English and German titles), after an article and one more name word. */
const NEWSPAPER_HEAD = /^(Post|Times|Herald|Tribune|Journal|Gazette|Mail|Guardian|Observer|Telegraph|Chronicle|Globe|Mirror|Monitor|Inquirer|Examiner|Courier|Rundschau|Allgemeine|Nachrichten|Kurier|Anzeiger|Tagblatt|Tageblatt)$/;

/** Memoised: asked of the same tokens many times while an article is grouped. */
const isNameToken = memo(isNameTokenUncached);
function isNameTokenUncached(token: string): boolean {
  // "el-Baradei", "al-Assad": an Arabic article joined to the name.
  if (/^(al|el|ad|as|ar|an|at|az)-\p{Lu}/u.test(token)) return true;
  // ("Politischen Beobachtern": an adjective capitalised at the start of a sentence is no name.)
  return isCapitalised(token) && !isTitle(token) && !ACRONYM.test(token) && !REPORT_NOUNS.has(token.toLowerCase()) && /^\p{Lu}[\p{L}'’.-]*$/u.test(token) && !/^\p{Lu}\p{Ll}{2,}(isch|lich)(e|en|er|es|em)$/u.test(token);
}

/** Nouns that introduce whose words they are ("Aussagen Gordons", "Angaben der Polizei"): never a name. */
const REPORT_NOUNS = new Set(
  'aussagen aussage angaben angabe meinung sicht forderung forderungen einschätzung worte erklärung erklärungen bericht berichten berichte mitteilung informationen information auffassung ansicht äußerungen zitat statement darstellung schätzung schätzungen kreise kreisen'.split(' '),
);

function onlyOneNameAfter(tokens: string[], start: number, end: number): boolean {
  return tokens.slice(start, end).filter((t) => !isParticle(t)).length <= 1;
}

function asOrganisation(tokens: string[]): ParsedName | null {
  const hasArticle = ARTICLE.test(tokens[0]!);
  // After "der", "des", "dem": the name as listed ("der Deutschen Bahn" → "Deutsche Bahn").
  const rest = hasArticle ? nominative(tokens.slice(1), tokens[0]!) : tokens;
  if (rest.length === 0) return null;
  const folded = rest.map((t) => t.toLowerCase());
  const display = rest.join(' ');
  const key = bodyKey(display);
  // "der Kanzler", "die Richter": an article before a role only. "dem Bericht": a report with no name.
  if (rest.every((t) => isTitle(t) || !isCapitalised(t)) || (rest.length === 1 && isReportNoun(genitiveStem(rest[0]!)))) return hasArticle ? { type: 'role', display: tokens.join(' ') } : null;
  const lastWord = (folded[folded.length - 1] ?? '').split('-').pop() ?? '';
  // (English phrases by their folded words: "White House" is keyed "whit house".)
  const bodyWord = folded.some(isBodyWord) || ORGANISATION_PHRASES.test(key) || ORGANISATION_PHRASES.test(fold(display));
  // "WHO"; "TÜV Nord", "US Botschaft": an acronym and one more name word.
  // ("PM Imran": a title written as an acronym is no body.)
  const acronym = (rest.length === 1 && ACRONYM.test(rest[0]!)) || (rest.length === 2 && ACRONYM.test(rest[0]!) && !isTitle(rest[0]!) && isNameToken(rest[1]!));
  // "die Kanadier", "die Hausverwaltung": an article and one noun name a group or body.
  if (bodyWord || acronym || (hasArticle && rest.length === 1 && lastWord.length > 0)) {
    // A role of a body ("ein Sprecher der Polizei", "der Leiter des Instituts") is a role; with a
    // full name after it ("Department of Transport Director Ana Ruiz", "Union president Lee
    // Marsh") it is that person, read by the rules below.
    const lastTitle = rest.length - 1 - [...rest].reverse().findIndex((t) => isTitle(t));
    const after = rest.slice(lastTitle + 1);
    const namedAfter = after.length >= 2 && after.length <= 4 && isNameToken(after[0]!) && isNameToken(after[after.length - 1]!) && after.every((t) => (isNameToken(t) || isParticle(t)) && !isBodyWord(t.toLowerCase()));
    // ("Justice Department", "Department of Justice": a field of a ministry is no title there.)
    if (rest.some((t, i) => isTitle(t) && !isMinistryField(rest, i))) return namedAfter ? null : { type: 'role', display: tokens.join(' ') };
    return { type: 'organisation', display, key };
  }
  return null;
}

/** A loose lower-case English word before a name ("latest", "rival"; not a German declined adjective). */
const LOOSE_WORD = /^\p{Ll}[\p{Ll}-]{2,}(?<!e|en|er|es|em|ern)$/u;
/** The head of an English ministry named with its country. */
const MINISTRY_HEAD = /^(?:Ministry|ministry|Department|department)$/;
/**
 * "Peruvian Foreign Ministry", "Qatari foreign ministry", "Peru's Foreign Ministry", "Foreign Ministry of Peru",
 * "Ministry of Foreign Affairs of Peru": the ministry of a field of one country (its key "COUNTRY FIELD
 * ministry", the field as portfolioOf reads it), or null. ("Ministry of Health" alone has no country: portfolioOf.)
 */
function countryMinistry(tokens: string[]): ParsedName | null {
  if (tokens.length < 3 || tokens.length > 8 || !tokens.some((t) => MINISTRY_HEAD.test(t))) return null;
  const rest = LEADING_ARTICLE.test(tokens[0]!) ? tokens.slice(1) : tokens;
  const head = rest.findIndex((t) => MINISTRY_HEAD.test(t));
  let country: string | null = null;
  let portfolio: string[] = [];
  const of = rest.lastIndexOf('of');
  if (of > head && of >= 2 && rest.length - of - 1 <= 2) {
    // "Foreign Ministry of Peru", "Ministry of Foreign Affairs of Peru".
    country = countryOf(rest.slice(of + 1));
    portfolio = rest.slice(0, of);
  } else if (head === rest.length - 1 && head >= 2) {
    // "Peruvian Foreign Ministry", "Peru's Foreign Ministry", "South Korean Foreign Ministry".
    for (const n of [2, 1]) {
      if (head - n < 1) continue;
      const lead = rest.slice(0, n);
      const possessive = lead[n - 1]!.replace(/['’]s$/u, '');
      country = possessive !== lead[n - 1] ? countryOf([...lead.slice(0, -1), possessive]) : lead.every(isCapitalised) ? countryOfAdjective(lead.join(' ')) : null;
      if (country) {
        portfolio = rest.slice(n);
        break;
      }
    }
  }
  if (!country || portfolio.length < 2) return null;
  const field = portfolioOf(bodyKey(portfolio.map((t) => (MINISTRY_HEAD.test(t) ? 'Ministry' : `${t[0]!.toUpperCase()}${t.slice(1)}`)).join(' ')));
  if (field === null) return null;
  // (The head last, as in "health ministry": "the ministry" alone finds it, and its country, last, is no word it is known by.)
  return { type: 'organisation', display: rest.join(' '), key: `${fold(country)} ${field} ministry` };
}

/** A field noun that is also a title ("Justice") right before a ministry's head or after its "of"/"for". */
function isMinistryField(tokens: string[], i: number): boolean {
  if (!FIELD_NOUNS.has(tokens[i]!.toLowerCase())) return false;
  return /^(department|ministry|dept\.?)$/i.test(tokens[i + 1] ?? '') || (/^(of|for)$/i.test(tokens[i - 1] ?? '') && /^(department|ministry)$/i.test(tokens[i - 2] ?? ''));
}

/** Articles of the German cases other than the nominative ("der" is also a masculine nominative: its adjectives end in -e there). */
const OBLIQUE_ARTICLE = /^(der|den|dem|des|einer|einem|eines|einen)$/i;
/** A capitalised adjective in a German body's name, declined: "Deutschen", "Europäischen", "Vereinten". */
const DECLINED_ADJECTIVE = /^(\p{Lu}[\p{L}-]{2,}?)(en|em)$/u;
/** A lower-case adjective, declined ("schleswig-holsteinischen", "österreichischen"). */
const LOWER_DECLINED = /^(\p{Ll}[\p{L}-]{2,}?)(en|em)$/u;

/** The gender of a body's head noun, by its ending, where the ending says it; null when unsure. */
const FEMININE = /(ung|ei|heit|keit|schaft|ion|tät|ur|ie|bahn|bank|kammer|union|behörde|stiftung|hochschule|zentrale|armee|gruppe|initiative|liga|linke|fraktion|akademie|allianz|front|kirche|post|bundeswehr|marine|polizei|regierung|partei|kommission)$/;
const NEUTER = /(um|amt|institut|gericht|komitee|büro|haus|werk|blatt|magazin|kreuz|parlament|kabinett|netzwerk|bündnis|kollektiv|portal|unternehmen|kommando|land|team|fernsehen|konsortium|sekretariat)$/;
const MASCULINE = /(rat|bund|verband|konzern|verein|ausschuss|dienst|sender|rundfunk|hof|standard|spiegel|kreml|senat|vorstand|klub|club|kongress|staat|fonds|markt|tüv|orden|kreis|tag)$/;
function genderOf(noun: string): 'f' | 'n' | 'm' | null {
  const lower = noun.toLowerCase();
  return FEMININE.test(lower) ? 'f' : NEUTER.test(lower) ? 'n' : MASCULINE.test(lower) ? 'm' : null;
}

/** A masculine or neuter noun's genitive, undone: "Bundesamtes" → "Bundesamt", "Instituts" → "Institut", "Komitees" → "Komitee". */
function genitiveStem(word: string): string {
  // "des ZDFs", "des BKAs": an acronym takes the genitive -s too.
  if (/^\p{Lu}{2,5}s$/u.test(word)) return word.slice(0, -1);
  if (ACRONYM.test(word) || /(ss|fonds)$/i.test(word) || word.length < 4) return word;
  if (/ees$/.test(word)) return word.slice(0, -1);
  if (/ses$/.test(word)) return word.slice(0, -2);
  if (/[^aeiouäöü]es$/.test(word) && word.length >= 5) return word.slice(0, -2);
  return /s$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * A body's name in the nominative, as it is listed: "der Deutschen Bahn" → "Deutsche Bahn",
 * "des Bayerischen Rundfunks" → "Bayerischer Rundfunk", "des Bundesamtes für Migration" →
 * "Bundesamt für Migration", "des Medizinischen Zentrums der Universität Utrecht" →
 * "Medizinisches Zentrum der Universität Utrecht". Only after an article of another case, so a
 * name as written ("Deutsche Bahn", "Grünen") is left as it is; only the words up to the head
 * noun (the first body word, or the word before "für", "der", … ) change.
 */
function nominative(rest: string[], article: string): string[] {
  if (!GERMAN_ARTICLE.test(article) || rest.length === 0) return rest;
  const lower = article.toLowerCase();
  const oblique = OBLIQUE_ARTICLE.test(article);
  const genitive = lower === 'des' || lower === 'eines';
  let head = rest.findIndex((t) => isCapitalised(t) && isBodyWord(fold(genitive ? genitiveStem(t) : t)));
  if (head < 0) {
    head = rest.findIndex((t, i) => i === rest.length - 1 || (!isCapitalised(rest[i + 1]!) && !LOWER_DECLINED.test(rest[i + 1]!) && !ADJECTIVE.test(rest[i + 1]!)));
  }
  const out = [...rest];
  if (genitive) out[head] = genitiveStem(out[head]!);
  // Strong endings, as a name is listed without its article: "Deutsche Bahn", "Bayerischer
  // Rundfunk", "Deutsches Rotes Kreuz", "Auswärtiges Amt"; where the head noun's gender is not
  // known, the ending of "die"/"der …" ("Vereinte Nationen").
  const gender = genderOf(out[head]!);
  const ending = gender === 'm' ? 'er' : gender === 'n' ? 'es' : 'e';
  for (let i = 0; i < head; i++) {
    const token = out[i]!;
    if (isBodyWord(token.toLowerCase()) || isNameLike(token)) continue;
    const declined = oblique ? (DECLINED_ADJECTIVE.exec(token) ?? LOWER_DECLINED.exec(token)) : null;
    const weak = gender === 'm' || gender === 'n' ? WEAK_ADJECTIVE.exec(token) : null;
    if (declined) out[i] = `${declined[1]}${ending}`;
    else if (weak) out[i] = `${weak[1]}${ending}`;
  }
  return out;
}
const GERMAN_ARTICLE = /^(der|die|das|den|dem|des|ein|eine|einer|einem|eines|einen)$/i;
/** An adjective after "der"/"das" in the nominative ("Der Deutsche Wetterdienst", "Das Rote Kreuz"), by the stems adjectives have (not "Jane"). */
const WEAK_ADJECTIVE = /^(\p{L}[\p{L}-]*?(?:sch|lich|ig|al|el|iv|ar|t|neu|frei|grün|ein))e$/u;
/** Capitalised words ending in -en that are names, not adjectives ("Sachsen", "Bremen", "Baden"). */
const isNameLike = (token: string) => /^(sachsen|bremen|baden|hessen|essen|schweden|polen|japan|iran|jemen|den|ben|van)$/i.test(token) || /sachsen$/i.test(token);

/**
 * The key a body is found by: its folded name, with every word before the last stripped of an
 * adjective ending, so the declined forms that remain meet ("Deutscher Gewerkschaftsbund" and
 * "dem Deutschen Gewerkschaftsbund", "Deutsches Rotes Kreuz" and "das Deutsche Rote Kreuz").
 */
export function organisationKey(display: string): string {
  const words = fold(display).split(' ');
  return words.map((w, i) => (i < words.length - 1 && w.length >= 4 && /[a-z](e|en|em|er|es)$/.test(w) ? w.replace(/(e|en|em|er|es)$/, '') : w)).join(' ');
}

function person(name: string[], fullCore: string[]): ParsedName {
  const display = name.join(' ');
  // "Ferdinand Marcos Jr.", "Martin Luther King Jr": a generation after a full name is not the surname.
  // (…and after a surname alone: "Marcos Jr" is a bare surname, not a person whose surname is "Jr".)
  const core = (fullCore.length >= 3 && GENERATION.test(fullCore[fullCore.length - 1]!)) || (fullCore.length === 2 && JUNIOR.test(fullCore[1]!)) ? fullCore.slice(0, -1) : fullCore;
  if (core.length === 1) return { type: 'person', display, given: null, initial: false, surname: surnameKey(core[0]!) };
  // East Asian order: the family name first ("Xi Jinping", "Kim Jong-un", "Li Qiang").
  const koreanGiven = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(core[1] ?? '');
  if (core.length === 2 && (EAST_ASIAN_SURNAMES.has(fold(core[0]!)) || koreanGiven) && !EAST_ASIAN_SURNAMES.has(fold(core[1]!))) {
    return { type: 'person', display, given: givenKey(core[1]!), initial: false, surname: surnameKey(core[0]!) };
  }
  const firstToken = name[0]!;
  const last = core[core.length - 1]!;
  // "von der Leyen" alone: particles and one surname, no given name.
  if (isParticle(firstToken)) return { type: 'person', display, given: null, initial: false, surname: surnameKey(last) };
  const initial = /^\p{Lu}\.?$/u.test(firstToken);
  // "Franz Josef Jung" and "Franz-Josef Jung" are one given name; a middle initial ("Joseph R.") is left out.
  const givenNames = core.slice(0, -1).filter((t, i) => i === 0 || !/^\p{Lu}\.?$/u.test(t));
  const given = initial ? givenKey(firstToken) : givenNames.map((t) => givenKey(t).replace(/-/g, '')).join('');
  const alsoCalled = initial ? [] : core.length === 2 ? [surnameKey(core[0]!)] : core.length === 3 ? [surnameKey(core[1]!)] : [];
  return { type: 'person', display, given, initial, surname: surnameKey(last), alsoCalled };
}

const GENERATION = /^(Jr|Sr|II|III|IV)\.?$/;
/** "Jr", "Sr": a generation that follows a surname alone too ("Marcos Jr"; "Charles III" keeps its numeral). */
const JUNIOR = /^(Jr|Sr)\.?$/;

/** The key an alias is looked up by: the folded string, a leading article dropped. */
export const aliasKey = memo(aliasKeyUncached);
function aliasKeyUncached(raw: string): string {
  return fold(raw.replace(/[\p{Cc}\p{Cf}]/gu, ' ')).replace(/^(die|der|das|den|dem|des|the) /, '').slice(0, 300);
}
