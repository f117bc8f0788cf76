// Groups the claimant strings of one article into claimants, creating those not yet known.
// Pure: it works on the index it is given (and updates it), the caller stores the outcome.
// Full names are resolved first, so a bare surname later in the same article ("Merz" after
// "Friedrich Merz") finds its person even if the surname comes first in the text.
import { bodyKey, companyFirstWord, fold, isBodyWord, isBranchName, isRegulatorName, isStateKey, parseName, portfolioOf, statePortfolioOf, type ParsedName } from './names';
import { addAlias, addOtherKey, addToIndex, alsoCalledContext, AIRLINE_NOUN, BOARD_OF_COMPANY, COMPANY_BOARD, COMPANY_DESCRIPTION, COMPANY_NOUN, embassyContext, initialsContext, KIND_NOUN, kindContext, oneWordNameContext, orgKeyContext, orgTailKey, PARLIAMENT_CONTEXT, portfolioContext, resolveName, SCHOOL_SYSTEM_CONTEXT, type ArticleFullNames, speaksForBody, speaksForNoun, type ArticleContext, type ClaimantIndex, type ClaimantType } from './resolve';

export interface NewClaimant {
  id: string;
  name: string;
  type: ClaimantType;
  given: string | null;
  surname: string | null;
  orgKey: string | null;
}

export interface GroupedArticle {
  /** Each distinct claimant string → its claimant id, or null when unresolved. */
  byName: Map<string, string | null>;
  created: NewClaimant[];
  /** Surname-only persons completed by a full name: their new name and given name. */
  upgraded: Array<{ id: string; name: string; given: string }>;
  /** Aliases seen, per claimant (the caller stores those not yet stored). */
  aliases: Array<{ claimantId: string; alias: string }>;
  /** Organisations that got the key of another name they are known by (stored as their surname key). */
  otherKeys: Array<{ id: string; key: string }>;
}

/** A police office named by its compound ("polizeipraesidium", "bundespolizeidirektion"), folded: the police it is. */
const POLICE_OFFICE = /^(\p{L}*polizei)(praesidium|direktion|inspektion|kommissariat|revier|dienststelle|station|behoerde)$/u;

/** Kinds of body, folded, that say it is a company ("sportwagenhersteller", "energiekonzern", "fluggesellschaft"). */
const COMPANY_KIND = /(hersteller|konzern|firma|unternehmen|versorger|betreiber|anbieter|provider|dienstleister|fluggesellschaft|bahngesellschaft|fluglinie|reederei)$/;
/** A company's legal form at the end of its key ("Whatsapp Inc.", "Kestrel AG"). */
const LEGAL_FORM = / (ag|gmbh|inc|corp|corporation|ltd|plc|llc|kg|kgaa|sa|nv|se)$/;
/** A parliament's own name, folded, as a body's key or its last word ("Bundestag", "the Knesset", "National Assembly of …"). */
const PARLIAMENT = /(^|\s)(bundestag|knesset|duma|sejm|riksdag|storting|folketing|eduskunta|althing|majlis|parliament|parlament|national assembly|house of commons|lok sabha|verkhovna rada)$/;
/** The common noun of a parliament, alone ("parliament", "the Parliament", "des Parlaments"). */
const PARLIAMENT_NOUN = /^(?:(?:the|das|dem|des)\s+)?(?:parliament|parlament(?:s|es)?)$/i;
/** Heads of newspapers' names, folded ("Herald Sun", "Irish Times", "Segye Ilbo"): the article's "newspaper". */
const NEWSPAPER_WORD = /(^|\s)(daily|ilbo|shimbun|gazette|tribune|chronicle|journal|times|herald|newspaper|zeitung)(\s|$)/;
/** Kinds of public body that regulate, last in a body's key ("… Protection Bureau", "Financial Conduct Authority"): the article's "regulator". */
const REGULATOR_WORD = /\s(commission|authority|bureau|agency|board|administration|regulator|watchdog)$/;

/** A brand's name: one word with a capital inside ("ShopperTrak"), or a name ending in "Company" ("Kestrel Company"). */
const COMPANY_NAME = /^(?:\p{Lu}\p{Ll}+\p{Lu}\p{L}*|\S.* Company)$/u;

/** What a company of the article is also called in it. */
const COMPANY_WORDS = ['firma', 'unternehmen'];

/**
 * More than one word, and not a report's words about a bare name ("Bernama news agency quoted
 * Mahathir" waits for the article's full names like a bare "Mahathir"). (Other bare names with words
 * before them keep their place: "der konservative Herausforderer Rajoy" must not wait for a span that
 * named two people as one, "Rajoy Zapatero".)
 */
const isFullName = (name: string) => {
  if (!/\s/.test(name.trim())) return false;
  if (!/\squoted\s/.test(name)) return true;
  const parsed = parseName(name);
  return !(parsed?.type === 'person' && parsed.given === null);
};

/**
 * Whether grouping these names may ask for the people the article's text names in full: one of
 * them reads as a person's surname alone ("Phillips", "Mr Phillips"). The caller reads the text
 * of such articles only.
 */
export function mayAskForFullNames(names: ReadonlyArray<string>): boolean {
  for (const n of names) {
    const p = n.trim() ? parseName(n) : null;
    if (p?.type === 'person' && p.given === null) return true;
  }
  return false;
}

/**
 * `fullNames`, when given, reads the people the article's text names in full (text-names.ts), for a
 * bare surname: one the claims do not name in full is the text's person of that surname. It is
 * called only when a bare surname asks.
 */
export function groupArticle(names: ReadonlyArray<string>, index: ClaimantIndex, newId: () => string, fullNames?: ArticleFullNames): GroupedArticle {
  const textNames = fullNames;
  const distinct = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  // Longer names first: "Friedrich Merz" before "Merz", organisations in any order.
  // Among those, more words first: "der italienischen Polizei" is known before "die Polizei" asks
  // which body of the article ends with "Polizei".
  // Bodies before persons among the full names: "Die Organisation Human Rights Investigation" is
  // known as a body before "dem Bericht von Human Rights Investigation" reads like a person's name.
  const words = (n: string) => n.split(/\s+/).length;
  // (A body known by one word that is not an acronym, "die in New York City geborene Lopez", is not
  // put first: it may be a person's surname, known once the person's full name is.)
  const strength = new Map(
    distinct.map((n) => {
      const p = parseName(n);
      if (p?.type !== 'organisation') return [n, 1];
      const weak = !p.key.includes(' ') && p.kind === undefined && /^\p{Lu}\p{Ll}+$/u.test(p.display);
      return [n, weak ? 0 : 2];
    }),
  );
  const byStrength = (a: string, b: string) => strength.get(b)! - strength.get(a)! || words(b) - words(a);
  // "parliament", "the parliament" wait for the article's parliament, named after them or not.
  // So do "the regulator", "newspaper", "body" (the article's one body of that kind) and "spokesman for the
  // town council" (its body) and "Chicago technology company" (its one company), named after them or not.
  // (Each name is asked once; the description of a company only of names that end like one.)
  const waiting = new Set(distinct.filter((n) => PARLIAMENT_NOUN.test(n) || KIND_NOUN.test(n) || COMPANY_NOUN.test(n) || AIRLINE_NOUN.test(n) || BOARD_OF_COMPANY.test(n) || speaksForBody(n) || speaksForNoun(n) || ((n.endsWith('company') || n.endsWith('firm')) && COMPANY_DESCRIPTION.test(n))));
  // "Kestrel's board" waits for the article's persons ("Ruiz's board" after "Ana Ruiz" is not a company's), before
  // "Board of Directors of the company" asks for the article's one company.
  const boards = distinct.filter((n) => !waiting.has(n) && COMPANY_BOARD.test(n));
  for (const n of boards) waiting.add(n);
  const ordered = [...distinct.filter((n) => !waiting.has(n) && isFullName(n)).sort(byStrength), ...distinct.filter((n) => !waiting.has(n) && !isFullName(n)), ...boards, ...[...waiting].filter((n) => !boards.includes(n))];
  const context: ArticleContext = new Map();
  const out: GroupedArticle = { byName: new Map(), created: [], upgraded: [], aliases: [], otherKeys: [] };
  for (const name of ordered) {
    // "Kestrel's board": the company it runs, by its name ("Kestrel"), unless that name is a person's.
    const board = COMPANY_BOARD.exec(name);
    const owner = board && !context.has(fold(board[1]!)) && parseName(board[1]!)?.type !== 'role' && !(parseName(board[1]!)?.type === 'person' && (parseName(board[1]!) as { given: string | null }).given !== null) ? board[1]! : null;
    const resolution = resolveName(owner ?? name, index, context, textNames);
    let id: string | null = null;
    let parsed: ParsedName | null = null;
    switch (resolution.kind) {
      case 'existing':
        id = resolution.id;
        parsed = resolution.parsed;
        break;
      case 'upgrade': {
        id = resolution.id;
        parsed = resolution.parsed;
        const known = index.byId.get(id)!;
        index.bySurname.set(known.surname!, (index.bySurname.get(known.surname!) ?? []).filter((c) => c.id !== id));
        addToIndex(index, { ...known, given: resolution.parsed.given });
        out.upgraded.push({ id, name: resolution.parsed.display, given: resolution.parsed.given! });
        break;
      }
      case 'new': {
        parsed = resolution.parsed;
        const claimant: NewClaimant =
          parsed.type === 'person'
            ? { id: newId(), name: parsed.display, type: 'person', given: parsed.given, surname: parsed.surname, orgKey: null }
            : { id: newId(), name: parsed.display, type: 'organisation', given: null, surname: null, orgKey: parsed.key };
        addToIndex(index, claimant);
        out.created.push(claimant);
        id = claimant.id;
        break;
      }
      case 'unresolved':
        break;
    }
    out.byName.set(name, id);
    if (id) {
      addAlias(index, name, id);
      out.aliases.push({ claimantId: id, alias: name });
      const remember = (key: string) => {
        const set = context.get(key) ?? new Set<string>();
        set.add(id!);
        context.set(key, set);
      };
      const person = parsed?.type === 'person' ? parsed : null;
      // "Hartford": a claimant named by one word alone, read as a surname ("spokesperson for The Hartford" may be it).
      if (person && person.given === null && !/\s/.test(name)) remember(oneWordNameContext(person.surname));
      // "Kestrel's board": Kestrel has a board of directors, a company ("Board of Directors of the company").
      if (owner !== null) remember(kindContext('company'));
      if (person && person.given !== null) {
        remember(person.surname);
        for (const word of person.alsoCalled ?? []) remember(alsoCalledContext(word));
      }
      const body = parsed?.type === 'organisation' ? parsed : null;
      if (body) {
        remember(orgKeyContext(body.key));
        // "Die Demokratische Partei Thailands": also known in this article without the country's genitive.
        const words = body.display.split(' ');
        const last = words[words.length - 1]!;
        if (words.length >= 2 && /^\p{Lu}\p{Ll}{2,}s$/u.test(last) && !isBodyWord(fold(last)) && isBodyWord(fold(words[words.length - 2]!))) {
          remember(orgKeyContext(bodyKey(words.slice(0, -1).join(' '))));
        }
        // "Die Organisation „Reporter ohne Grenzen“" after "… „Reporter ohne Grenzen“ (ROG)": its long name.
        if (body.also) {
          remember(orgKeyContext(body.also));
          // …and in the library, by whichever of its two names it is not known by.
          const other = body.key === index.byId.get(id)?.orgKey ? body.also : body.key;
          if (addOtherKey(index, id, other)) out.otherKeys.push({ id, key: other });
          // …and in the library ("Amnesty International" after "amnesty international (ai)").
          addAlias(index, body.display, id);
          out.aliases.push({ claimantId: id, alias: body.display });
        }
        // "Tesla" after "Tesla Motors": a company named with a plural head is called by its first word alone.
        const calledBy = companyFirstWord(body.key);
        if (calledBy !== null && /^\p{Lu}/u.test(body.display)) remember(alsoCalledContext(fold(body.display.split(' ')[0]!)));
        // "US embassy" after "the US Embassy in Nairobi".
        if (/^\S+[ -](?:embassy|botschaft|consulate|konsulat)\b/.test(body.key)) remember(embassyContext(body.key));
        // "Health Ministry" after "Ministry of Health": a ministry of the article by its field.
        // (…and "Ministry of Defence" after "India's defence ministry": the country's ministry is the article's of that field.)
        const field = portfolioOf(body.key) ?? statePortfolioOf(body.key);
        if (field !== null) remember(portfolioContext(field));
        // "newspaper" after "Herald Sun", "the regulator" after "Consumer Financial Protection Bureau".
        if (NEWSPAPER_WORD.test(body.key) || (body.kind !== undefined && /newspaper|zeitung/.test(body.kind))) remember(kindContext('newspaper'));
        else if ((REGULATOR_WORD.test(body.key) && !/(^|\s)(news|press|wire)(\s|$)/.test(body.key)) || isRegulatorName(body.display)) remember(kindContext('regulator'));
        // "body" after "National Association of Estate Agents": the article's one body that is no state or government.
        if (!isStateKey(body.key)) remember(kindContext('body'));
        // "Chicago technology company" after "ShopperTrak": a company of the article, named by a brand, its legal
        // form, a company's kind or plural head ("… Motors").
        // (A company's branch named by its country is a company: "Vodafone Germany".)
        if (COMPANY_NAME.test(body.display) || isBranchName(body.display.split(' ')) || LEGAL_FORM.test(body.key) || companyFirstWord(body.key) !== null || (body.kind !== undefined && COMPANY_KIND.test(body.kind))) remember(kindContext('company'));
        // "die Organisation", "die Nachrichtenagentur": the kind of body it was named with.
        if (body.kind) remember(orgTailKey(body.kind));
        // "die Firma", "das Unternehmen" after "der Sportwagenhersteller Shelby SuperCars": a company of the
        // article, named with a company's kind or its legal form, is also its firm (two companies: neither).
        if ((body.kind && COMPANY_KIND.test(body.kind)) || LEGAL_FORM.test(body.key)) for (const word of COMPANY_WORDS) remember(orgTailKey(word));
        // "Aussagen des Auswärtigen Amtes" after "Das Auswärtige Amt der Bundesrepublik Deutschland": a body of
        // two words or more before a genitive is known by them in this article.
        const genitiveAt = body.key.search(/ (der|des) /);
        if (genitiveAt > 0 && body.key.slice(0, genitiveAt).includes(' ')) remember(orgKeyContext(body.key.slice(0, genitiveAt)));
        // One-word bodies too: "Kartellamt" finds "Bundeskartellamt" by its compound's head.
        remember(orgTailKey(body.key.slice(body.key.lastIndexOf(' ') + 1)));
        // …and by the body word inside a longer name ("Das Bundeskartellamt in Deutschland" → "Das Kartellamt").
        for (const word of body.key.split(' ').slice(0, -1)) if (isBodyWord(word)) remember(orgTailKey(word));
        // (…as written, where the key cut its ending: "Police" after "Detroit Police Department", keyed "detroit polic department".)
        if (body.key.includes(' ')) {
          const written = fold(body.display).split(' ');
          for (const word of written.slice(0, -1)) if (word.length >= 4 && !body.key.includes(word) && isBodyWord(word)) remember(orgTailKey(word));
        }
        // "parliament", "das Parlament" after "the Bundestag": the article's parliament, whatever its name.
        if (PARLIAMENT.test(body.key)) {
          remember(PARLIAMENT_CONTEXT);
          remember(orgTailKey('parlament'));
        }
        // "CNE" after "National Electoral Council": a body of three to six capitalised words is also known by their initials, in any order.
        const initials = body.display.split(' ').filter((w) => !/^(of|for|and|the|&)$/i.test(w));
        if (initials.length >= 3 && initials.length <= 6 && initials.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) remember(initialsContext(initials.map((w) => w[0]!).join('')));
        // "DOH" after "Department of Health": …and by the initials of all its words, "of" and "for" too (two
        // capitalised words at least, three to six words in all).
        else if (initials.length >= 2 && initials.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) {
          const all = body.display.split(' ');
          if (all.length >= 3 && all.length <= 6 && all.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) || /^(of|for|and)$/.test(w))) remember(initialsContext(all.map((w) => w[0]!).join('')));
        }
        // "district", "District officials" after "Seattle Public Schools": a school system is its article's district.
        if (/ (?:public|city) schools$/.test(body.key)) remember(SCHOOL_SYSTEM_CONTEXT);
        // "die Kammer" after "das Gericht", "des Landgerichts …": a court's chamber speaks as the court of its article.
        // (A chamber of its own, "die Handwerkskammer …", makes "die Kammer" fit two: it stays unresolved.)
        // (Words before the last are keyed without an adjective's ending: "handwerkskamm osterwald".)
        if (body.key.split(' ').some((w) => /(gericht|gerichtshof|.kammer|.kamm)$/.test(w))) remember(orgTailKey('kammer'));
        // "die Polizei" after "das Polizeipräsidium Westpfalz": a police office speaks as the police of its article.
        for (const word of body.key.split(' ')) {
          const office = POLICE_OFFICE.exec(word);
          if (office) remember(orgTailKey(office[1]!));
        }
      }
    }
  }
  return out;
}
