// The word lists the rules consult, one lexicon per language. The rules themselves stay
// language-neutral where they can; everything that differs between German and English copy
// (abbreviations, speech verbs, role nouns, cue words for check-worthiness) lives here, so a
// new language is a new lexicon file, not new rules. No list names a particular person or
// article: rules are measured on held-out news, so only general vocabulary belongs here.
import type { Language } from '../../../shared/domain';
import { GERMAN } from './lexicon.de';
import { ENGLISH } from './lexicon.en';

export type Gender = 'm' | 'f' | null;

/** The forms of a set of verbs, as a language's verb data produces them (see verbs.de.ts). */
export interface VerbForms {
  /** Finite forms, and separable verbs joined with their particle ("mitteilte"). */
  finite: Set<string>;
  participles: Set<string>;
  /** Finite form of a separable verb → its particles, "|"-separated ("wies" → "zurück|hin"). */
  separable: Map<string, string>;
  /** Forms of verbs whose bare object is an act, not a message ("bestätigte den Unfall"). */
  needsMessage: Set<string>;
}

/** The words of a speech frame's opener ("But in a brief written statement, …"), per language. */
export interface SpeechFrameWords {
  /** Nouns of the speech act ("statement", "letter", "address"). */
  nouns: ReadonlySet<string>;
  /** The preposition that opens the frame ("in"). */
  prepositions: ReadonlySet<string>;
  /** Articles and possessives between the preposition and the noun ("a", "his", "their"). */
  determiners: ReadonlySet<string>;
  /** Sentence adverbs and conjunctions that may stand before the opener ("but", "meanwhile"). */
  leading: ReadonlySet<string>;
  /** Participles of speaking that open the frame with their own phrase ("Speaking to reporters, X …"). */
  participles?: ReadonlySet<string>;
}

export interface Lexicon {
  language: Language;
  /** Lower-cased tokens (with their final period) after which a period never ends a sentence. */
  abbreviations: ReadonlySet<string>;
  /** Abbreviations that can also end a sentence: merged only when the next word is no usual sentence opener. */
  ambiguousAbbreviations: ReadonlySet<string>;
  /** Abbreviations merged only before a number ("Nr. 5", "No. 10"). */
  numberAbbreviations: ReadonlySet<string>;
  /** Lower-cased words that commonly open a sentence (decides the ambiguous abbreviations). */
  sentenceOpeners: ReadonlySet<string>;
  /** German writes ordinals and dates as "47." / "3. März": a number with a period is no sentence end. */
  ordinalPeriods: boolean;

  determiners: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  /** Prepositions after which capitalised words name a place, not a person ("in South Carolina"). */
  placePrepositions: ReadonlySet<string>;
  /** Pronouns, conjunctions, adverbs and other closed-class words: never part of a name. */
  functionWords: ReadonlySet<string>;
  /** Subject pronouns that refer to a person, with their gender where the pronoun has one. */
  personPronouns: ReadonlyMap<string, Gender>;
  /**
   * Demonstratives standing for a person with no noun after them ("sagte dieser, …"), by gender: they
   * point to the person named last, not to the subject before. Optional.
   */
  demonstrativePronouns?: ReadonlyMap<string, Gender>;
  /** Plural pronouns ("they"): they point back to the last speaker only when that was a group or a role without a name. */
  groupPronouns?: ReadonlySet<string>;
  /** Subject pronouns that, with an auxiliary after them, open a content clause without its complementizer ("announced he would …"). */
  contentSubjects?: ReadonlySet<string>;
  /** The relative pronoun for persons ("who"): a clause it opens may stand between subject and verb. */
  personRelative?: string;
  /** "reacted by saying …": a preposition whose speech participle makes the subject the speaker (English "by"). */
  speechByPrepositions?: ReadonlySet<string>;
  /**
   * Subject pronouns that refer to a body ("It now says costs will rise" after "Acme said …"):
   * resolved only to a body that spoke just before, never to a person. Empty where the pronoun
   * is too often impersonal to be read so.
   */
  bodyPronouns: ReadonlySet<string>;
  /**
   * Whether a pronoun whose sentence of reference named several people who fit it points back to
   * that sentence's subject (English news: "Jones contradicted Haley. “…,” he said.") rather than
   * staying unresolved.
   */
  pronounsFollowSubject: boolean;
  /**
   * Whether a headline (a paragraph without closing punctuation) that names its speaker is that
   * speaker's claim ("X says …", "…: Home minister", "… – Presidency"), as English news writes
   * them; otherwise a headline is the article's title and claims nothing.
   */
  headlineCredit?: boolean;
  /**
   * Verbs of saying whose subject is a speaker whatever its noun: after an article, a lower-case
   * noun right before one of these heads a description of a person or body ("the crown prince
   * alleged", "one climate sceptic said", "the US side said") even when no list knows the noun.
   */
  headSpeechVerbs?: ReadonlySet<string>;
  /** Plain verbs of saying in the present that close a title-case headline's credit ("…, BOE's Bailey Says"). */
  titleCaseCreditVerbs?: ReadonlySet<string>;
  /** Participles that give the name of someone a description introduced ("a fan called Ann Roe", "a nurse named Tom Lee"). */
  namingParticiples?: ReadonlySet<string>;
  /** How far (in characters) after a lede's described speaker the article may name them ("A top official said …" … "Jane Roe, …"); unset: not read. */
  ledeReach?: number;
  /**
   * Words of a time adjunct between a verb and what was said besides the calendar's ("announced
   * earlier this week it would …", "pledged on Tuesday they will …"): with a subject pronoun and
   * its auxiliary after them, the clause is the verb's content.
   */
  timeAdjunctWords?: ReadonlySet<string>;
  /**
   * Nouns of a stretch of time ("Wenige Stunden nach der Wahl erklärte …", "Zwei Tage später sagte
   * …"): a phrase headed by one is an adverbial of time, never a speaker. German only so far.
   */
  durationNouns?: ReadonlySet<string>;
  /**
   * Nouns of a point in a stretch of time before a month, a year or a time noun ("Ende Mai", "Anfang
   * 2006", "Mitte der Woche verkündete …"): such a phrase is an adverbial of time, never a speaker.
   */
  timePointNouns?: ReadonlySet<string>;
  /** Possessives that point back at the last speaker ("nach seinen Angaben", "by his account"). */
  possessives: ReadonlySet<string>;

  /** Verbs of saying (finite forms and participles): their subject makes the claim. */
  speechVerbs: ReadonlySet<string>;
  /** Verbs that report speech only with a content clause after them ("kündigte an, dass …"). */
  contentVerbs: ReadonlySet<string>;
  /**
   * Verbs of saying whose object is the listener ("told reporters", "told The Hill’s Jane Roe"):
   * after such a verb comes who heard it, never who said it.
   */
  addresseeVerbs: ReadonlySet<string>;
  /** Separable verbs: finite form → particle that must close the clause ("fügte … hinzu"). */
  separableVerbs: ReadonlyMap<string, string>;
  /** Participles among speechVerbs/contentVerbs (they need an auxiliary to have a subject). */
  participles: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  /** Forms of "be" before a speech participle ("is predicting", "isn't saying"); empty where the language has no such form. */
  progressiveAuxiliaries: ReadonlySet<string>;
  /**
   * Forms of "sein": before a participle of saying they make a state passive whose subject is
   * the one addressed ("die Stadt ist aufgefordert, …"), except for the participles listed in
   * `perfectWithSein` ("ist davon ausgegangen"). Empty where the language has no such passive.
   */
  stativeAuxiliaries: ReadonlySet<string>;
  perfectWithSein: ReadonlySet<string>;
  /**
   * Word sequences that lead to a verb of saying, which then stands in its base form or as a
   * participle: "went on to say", "closed by saying". Lower case, words joined by spaces.
   */
  speechLeadIns: readonly string[];
  /** "and": joins two speakers of one verb ("Roe and Poe stated"). */
  coordinators: ReadonlySet<string>;
  /** Forms of the passive auxiliary: "wurde … erwähnt" has no speaker. */
  passiveAuxiliaries: ReadonlySet<string>;
  /**
   * Copulas and "zeigte sich": with a stance predicate after them ("ist überzeugt, dass",
   * "ist der Meinung, dass", "zeigte sich zuversichtlich, dass") they report a view.
   */
  copulas: ReadonlySet<string>;
  /** Stance predicates after a copula, one or two words ("überzeugt", "der meinung"). */
  stancePredicates: ReadonlySet<string>;
  /** Words between a copula and its stance predicate ("zeigte sich darüber besorgt", "ist davon überzeugt"). */
  stanceFillers?: ReadonlySet<string>;
  /** "hält es für unwahrscheinlich, dass …": a preposition after a copula of view, then an adjective and content. */
  viewPrepositions?: ReadonlySet<string>;
  /** Modal verbs whose infinitive of saying closes the clause ("will … sagen", "soll gesagt haben"). */
  modalVerbs?: ReadonlySet<string>;
  /** Reflexive pronouns between an inverted verb and its subject ("äußerte sich Schulz"). */
  reflexives?: ReadonlySet<string>;
  /**
   * Forms of speech verbs that with a reflexive are no speech ("Damit bestätigt sich die
   * Befürchtung, dass …": the fear came true; nobody confirmed anything).
   */
  reflexiveNotSpeech?: ReadonlySet<string>;
  /** Negations that undo a modal's saying ("wollte nicht bestätigen"). */
  negations?: ReadonlySet<string>;
  /** Participles whose passive subject is the speaker ("Putin wird mit den Worten zitiert"). */
  quotingPassives: ReadonlySet<string>;
  /** Prepositions of an affiliation between a speaker and the verb ("von der Bank", "in Berlin"). */
  affiliationPrepositions: ReadonlySet<string>;
  /**
   * Prepositions that tie a role to its portfolio, read only inside a role before a name ("Minister for
   * Kashmir Affairs Barjees Tahir"), not between a speaker and the verb (optional; English "for").
   */
  roleDomainPrepositions?: ReadonlySet<string>;
  /** Words that may stand between a finite verb and its subject after it ("sagte dazu gestern …"). */
  midfieldWords: ReadonlySet<string>;
  /**
   * Whether a noun phrase (its determiner and words, as written) is dative, accusative or
   * genitive by its form: such a phrase is never the speaker ("Der englischsprachigen Zeitung
   * sagte …", "dem Sender sagte …"). Languages without case marking answer false.
   */
  isOblique(determiner: string, words: readonly string[]): boolean;
  /**
   * Verbs of saying that attribute only with a message after them (a clause, a colon, a
   * quotation, the Konjunktiv): "Die Polizei bestätigte den Unfall" reports an act.
   */
  speechNeedsMessage: ReadonlySet<string>;
  /**
   * Verbs of saying whose direct object is itself what was said ("cited rising prices", "disclosed
   * the figures", "slammed the plan", "announced the closure"): a speech act without a content
   * clause, unlike the acts among speechNeedsMessage ("posted images", "found a body", "rejected a
   * deal"). Read only where the rules found no speaker (pos-speaker.ts). English.
   */
  speechActs?: ReadonlySet<string>;
  /**
   * Verbs of reporting whose object is a figure someone gave when it holds a number ("India
   * reported 360 dead"); otherwise they need their content clause. Read with speechActs. English.
   */
  countedReports?: ReadonlySet<string>;
  /** Demonstratives that stand for what was just reported ("Das bestätigte die Polizei"). */
  anaphoricObjects: ReadonlySet<string>;
  /**
   * Whether such a demonstrative opening a sentence before its speech verb ("Dies bestätigte
   * X.") gives the sentence before it to X. German word order marks it; English "That said, …"
   * does not.
   */
  anaphoricReports: boolean;
  /**
   * Verbs of deciding, among the verbs of stance: an act, not a message. "Dies wurde vom
   * Bundestag beschlossen." names no source of the sentence before it (discourse.ts). Optional.
   */
  decisionVerbs?: ReadonlySet<string>;
  /**
   * The demonstratives among anaphoricObjects that cannot be a subject before a plural or
   * feminine verb phrase ("Das hat X gesagt"; but "Diese hatte Anschläge angekündigt" has
   * "Diese" as its subject). Only these open a compound-tense report of the sentence before.
   */
  neuterAnaphors?: ReadonlySet<string>;
  /**
   * How many words (objects, adverbials) may stand between a stance verb and its content clause
   * ("forderte die SPD im Bundestag auf, …"): German puts objects first; English rarely.
   */
  contentReach: number;
  /**
   * Prepositions that open an adverbial phrase between a verb needing content and its "that"
   * clause ("announced after the meeting that …", "pledged in a statement on Monday that …"):
   * the phrase may stand there even where contentReach is 0. Optional; German needs none.
   */
  adjunctPrepositions?: ReadonlySet<string>;
  /** Words that open an adverbial before the verb ("Als Antwort auf …", "Wie erwartet"). */
  subordinators: ReadonlySet<string>;
  /** Prepositions that name a source before the claim ("laut X", "gemäß X"). */
  accordingPrepositions: ReadonlySet<string>;
  /**
   * Verb forms that make the document after "aus" the source ("Dies geht aus einem Bericht der
   * Bank hervor", "wie aus der Antwort des Ministeriums hervorgeht"). Empty where unused.
   */
  sourceOrigins: ReadonlySet<string>;
  /** Nouns of a point of view after "aus" ("aus Sicht der Kommission"). Empty where unused. */
  viewNouns: ReadonlySet<string>;
  /** Conjunctions of a reporting clause before the claim ("Wie die Kammer mitteilte, …"). */
  reportingConjunctions: ReadonlySet<string>;
  /** Endings of compound nouns that name a group as a source ("Regierungskreise", "Militärkreisen"). */
  circleSuffixes: readonly string[];
  /** Lower-case particles inside a name ("Bill de Blasio", "Khalid al-Falih"): name words, not function words. */
  nameParticles?: ReadonlySet<string>;
  /**
   * Lower-case prepositions that go on inside a body's name when a capitalised noun follows right
   * after them ("Ärzte ohne Grenzen", "Reporter ohne Grenzen"): part of the name, not a phrase of
   * its own. Optional.
   */
  nameInnerLinks?: ReadonlySet<string>;
  /**
   * Lower-case words that may link the capitalised words of a body's name set in quotation marks
   * ("„Departement Information und Presse“", "„Rat zur Wiederherstellung der Demokratie“"): with
   * them a quotation of up to seven words reads as a name, not as speech. Optional (German).
   */
  quotedNameLinks?: ReadonlySet<string>;
  /**
   * Endings of nouns that name people by what they do ("Gutachter", "Demonstranten",
   * "Journalisten"): a phrase headed by one may be the subject of a verb of stance whatever the
   * verb ("Die Gutachter kamen zu dem Ergebnis, dass …"), like a body or a role. Optional.
   */
  personNounSuffixes?: readonly string[];
  /**
   * Nouns that make a light verb say or think something ("ist der Ansicht", "legte Wert darauf",
   * "brachte die Sorge zum Ausdruck", "nahm Stellung"): with a content clause after the main clause
   * its subject is the speaker. Optional.
   */
  stanceNouns?: ReadonlySet<string>;
  /** Nouns of a share after a number ("80 Prozent befürworteten, dass …"): a poll's respondents speak. Optional. */
  shareNouns?: ReadonlySet<string>;
  /** A particle after a speech verb that makes another verb ("show up", "called off", "responded to a fire"): particle → verbs. */
  phrasalBreakers?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Objects that make a verb of saying an act (a number or quantity after it counts too): "claimed
   * responsibility", "claimed more than a third of the seats". Verb form → object words. Optional.
   */
  actObjects?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words that open a reported question right after a verb that needs its message ("asked why …"). Optional. */
  questionWords?: ReadonlySet<string>;
  /**
   * Verbs that report someone else's words with "as" and a speech participle: "The Ledger quoted
   * Roe as saying …" (Roe speaks), "Roe was quoted as saying …". Optional.
   */
  quotingVerbs?: ReadonlySet<string>;
  /**
   * Quantifiers before a partitive ("two of the sources", "a number of reports"): the phrase after
   * the link is the speaker, though a preposition stands before it. Unset where German's own list serves.
   */
  partitives?: { heads: ReadonlySet<string>; link: string };
  /**
   * Objects that make a verb of rebuttal speech without a clause after it ("dismissed reports of
   * a shake-up", "rejected claims about …"): object noun → the verbs it does so for. Optional.
   */
  messageObjects?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Adverbs that may stand between a subject and its verb ("has repeatedly said"). */
  verbAdverbs: ReadonlySet<string>;
  /** Word that introduces a trailing attribution on its own (German ", so Putin."). */
  trailingMarkers: ReadonlySet<string>;
  /** The infinitive marker after a verb of promising ("pledged to cut"); empty where it does not mark content. */
  infinitiveMarkers: ReadonlySet<string>;
  /**
   * A content clause in the infinitive after a comma ("kündigte an, das Amt abzugeben", "forderte
   * die Regierung auf, die Steuer zu senken"): the marker before the clause's last verb ("zu"),
   * the separable prefixes it may stand inside ("ab|zu|geben"), and the words that open an
   * adverbial infinitive instead ("um … zu", "ohne … zu"). Null where the language has none.
   */
  infinitiveClause: { marker: string; prefixes: readonly string[]; adverbialOpeners: ReadonlySet<string> } | null;
  /** Words that start a content clause ("dass", "that"). */
  complementizers: ReadonlySet<string>;
  /** Words that open a relative clause after a comma ("Smith, who chairs …, said"). */
  relativePronouns: ReadonlySet<string>;
  /** Konjunktiv forms that mark indirect speech without a speech verb. */
  subjunctives: ReadonlySet<string>;
  /** Those of them that are also conditionals ("hätte", "könnten"): no report on their own. */
  conditionals: ReadonlySet<string>;
  /** Nouns for documents a source publishes ("Bericht", "report"): "laut dem Bericht" points at its publisher. */
  sourceNouns: ReadonlySet<string>;
  /**
   * German: source nouns that name a written document, which speaks for itself when the article
   * names no owner of it ("so die Studie", "Der Bericht stellt fest"); not views and accounts
   * ("Meinung", "Darstellung", "Angaben"), which are always somebody's. Compounds count by their
   * last part ("Jahresbericht"). See Context.link and SpeakerRegistry.resolve.
   */
  documentNouns?: ReadonlySet<string>;
  /**
   * A speech act that frames a whole sentence from its opening ("In a statement, X commended Y",
   * "In his address, X denied …"): the main clause's subject is the sentence's source, whatever
   * its verb (speech-frames.ts). Optional: a language without it has no such strategy.
   */
  speechFrame?: SpeechFrameWords;
  /** Words that end in a source noun but are none, nor are their compounds ("Aufsicht", "Soldaten"). */
  sourceNounLookalikes?: ReadonlySet<string>;
  /**
   * Laws and treaties that a rule is read from ("nach dem Grundgesetz", "laut Verfassung"), and
   * endings of their compounds ("-gesetz"): the document itself is the source. Optional.
   */
  lawNouns?: ReadonlySet<string>;
  lawSuffixes?: readonly string[];

  /**
   * Groups that speak without an article, in lower case ("police say", "according to police",
   * "security sources said"): a speaker phrase of their own, naming nobody. Optional.
   */
  bareGroups?: ReadonlySet<string>;
  /** Role and title nouns (lower case); German compounds are matched by suffix. */
  roleWords: ReadonlySet<string>;
  roleSuffixes: readonly string[];
  /**
   * Endings of roles that describe rather than name an office ("der SPD-Politiker", "the
   * lawmaker"): the last person named may be called so whatever office they hold.
   */
  descriptiveRoleSuffixes: readonly string[];
  /**
   * A noun of agent by its ending, whole and capitalised ("Dezernentin", "Intendant", "Redakteur",
   * "Soziologin"): a person's office or occupation though no role lists it. Right before a first
   * name and a surname it is the role and they the name ("Baudezernentin Sabine Krüger"). Optional.
   */
  agentNoun?: RegExp;
  /**
   * Articles of the genitive singular of masculine and neuter nouns ("des", "eines"): a phrase that
   * opens with one and is a speaker of its own ("nach Angaben des Landesrechnungshofs", "laut des
   * Berichts") names its head in the nominative, as `nominative` gives it. Optional.
   */
  genitiveArticles?: ReadonlySet<string>;
  /** The nominative singular of a masculine or neuter noun in the genitive ("Landesrechnungshofs" → "Landesrechnungshof"); the word itself when its form says nothing. */
  nominative?(genitive: string): string;
  /**
   * The strong nominative singular of an adjective in "-en" before `head`, a noun already in the
   * nominative, by the noun's gender ("Statistischen" before "Landesamt" → "Statistisches",
   * before "Rechnungshof" → "Statistischer"); the adjective itself when the gender is unknown. Optional.
   */
  nominativeAdjective?(adjective: string, head: string): string;
  /**
   * Modifiers of an office held no longer ("former", "ex-", "ehemalige"): "the president" does not
   * point to "former president X". Optional.
   */
  formerWords?: ReadonlySet<string>;
  /**
   * Adjectives and participles that tie an unnamed speaker to a place or a matter, with a preposition
   * and a short phrase after them, between the speaker and the verb ("a source close to the talks
   * said", "a person familiar with the matter said", "an official based in Gaza told"). Optional.
   */
  speakerQualifiers?: ReadonlySet<string>;
  /** "a", "an": a role after one introduces someone the article does not name ("a senior official said"). Optional. */
  indefiniteArticles?: ReadonlySet<string>;
  /** Role words that name one office ("justice" → "judge", "chairman" → "chair"): lower case → the word they stand for. Optional. */
  roleSynonyms?: ReadonlyMap<string, string>;
  /** Abbreviated titles that precede a name, with their expansion as a role ('' for none). */
  titles: ReadonlyMap<string, { role: string; gender: Gender }>;
  /** German: capitalised words with these endings are common nouns, not names. */
  commonNounSuffixes: readonly string[];
  /**
   * German: whether a lower-case word is a form of a common noun that is no first name or
   * surname, by a noun lexicon (nouns.de.ts). Optional; read once per word through wordInfo (NOUN).
   */
  isNoun?: (lower: string) => boolean;
  /** Lines that open with these are courtesies or moderation, not claims ("Thank you", "Let's"). */
  nonClaimOpeners: ReadonlySet<string>;
  /**
   * Newsroom boilerplate, as lower-case word sequences joined by spaces: `boilerplateOpeners`
   * open a line that is no claim ("lesen sie auch", "editor's note"); `boilerplateMarkers`
   * anywhere in a short sentence make it one ("contributed to this report", "unabhängig überprüfen").
   */
  boilerplateOpeners: readonly string[];
  boilerplateMarkers: readonly string[];
  /**
   * Openers of a short verdict on what was just said ("that's a fact", "das stimmt so nicht"):
   * without a figure or a name of its own such a sentence says nothing a checker can check.
   */
  bareEvaluationOpeners: readonly string[];
  /**
   * English present participles that report what the subject of the sentence said:
   * "Abbott weighed in on social media, writing that …". The first set needs a following
   * "that"; the second ("saying", "writing") is speech on its own.
   */
  speechParticiples: ReadonlySet<string>;
  speechParticiplesAlone: ReadonlySet<string>;
  /** Line openers that credit a photo ("foto", "photo"): the line before such a credit is a caption. */
  creditWords: ReadonlySet<string>;
  /**
   * Nouns that make a name a body, not a person ("Office", "Ministerium"); German compounds are
   * matched by suffix. A pronoun never points back at a body, and a body can be a claimant.
   */
  institutionWords: ReadonlySet<string>;
  institutionSuffixes: readonly string[];
  /**
   * The singular of a plural by its form, where the plural's ending says so unambiguously (German
   * "-nisse" → "-nis": "Bündnisse", "Ergebnisse"; "-ämter" → "-amt"; "-verbände" → "-verband"), or null:
   * a plural body or document is then read as its singular is (institution and source nouns). Optional.
   */
  singular?(lower: string): string | null;
  /** Endings of nouns that name an idea or an act, never a body that speaks ("Zurückweisungen", "Sicherheit"). */
  abstractNounSuffixes: readonly string[];
  /**
   * Words before a quotation that make it what the speaker called something ("als „…“", "nannte
   * „…“", "von einer „…“"): such quoted words make the sentence a direct quote (German).
   */
  characterisingWords?: ReadonlySet<string>;
  /** Nouns of speech acts whose genitive names their author ("die Forderung des Ministers, …"). */
  speechActNouns?: ReadonlySet<string>;
  /** Prepositions of a passive's agent ("von", "seitens"): the agent of a passive of saying speaks (German). */
  agentPrepositions?: ReadonlySet<string>;
  /** Verbs of naming whose object may stand between them and the quoted name ("nannte den Plan „…“"). */
  namingVerbs?: ReadonlySet<string>;
  /**
   * Participles of judging whose "als …" says what the agent called it: "wird von Kritikern als
   * „…“ bezeichnet" (German, read by passiveAgent with its agent).
   */
  characterisingParticiples?: ReadonlySet<string>;

  months: ReadonlySet<string>;
  /**
   * Months that are also given names or surnames ("Theresa May", "June Carter"): read as a name
   * where a name stands (see markNamedMonths). Unset where no month reads as a name.
   */
  namedMonths?: ReadonlySet<string>;
  /**
   * Words an acronym skips when it spells a body's name ("of", "and": NHTSA for National Highway
   * Traffic Safety Administration). Set, an acronym speaker is named by the full name the article
   * gives it (see SpeakerRegistry.resolve); unset, acronyms stay as written.
   */
  acronymLinks?: ReadonlySet<string>;
  /**
   * Nouns for a news outlet in lower case ("the newspaper says", "the broadcaster reported"): they
   * point back to the last outlet the article named (a name with one of `mediaNameWords`), not to
   * whatever body was named last. Unset where the language has no such reading.
   */
  mediaNouns?: ReadonlySet<string>;
  /** Words that make a name an outlet's ("Washington Post", "Sky News", "Daily Ledger"; see mediaNouns). */
  mediaNameWords?: ReadonlySet<string>;
  /**
   * Nouns that name a body by what it is, whatever its kind ("the body", "the regulator", "the
   * watchdog"): with its article such a noun is the body the article last named in full (see
   * SpeakerRegistry.namedBodyBefore), never a person. Unset where the language has no such reading.
   */
  genericBodyNouns?: ReadonlySet<string>;
  /**
   * Whether a definite description in lower case ("the operator", "the group", "the consultancy")
   * points back to the one name the article gave with that noun: as the name's own last word
   * ("California Grid Operator"), in an apposition ("Ofcom, the media regulator") or before it
   * ("the consultancy firm Strategie Grains"). Unset where common nouns are capitalised (German),
   * so that a name's last word says nothing of what it names.
   */
  describedNames?: boolean;
  /** Words between a plural noun and the names it gives examples of ("groups including X and Y"; see describedNames). */
  exampleLinks?: ReadonlySet<string>;
  weekdays: ReadonlySet<string>;
  /** Relative date words ("gestern", "yesterday"). */
  dateWords: ReadonlySet<string>;
  quantityWords: ReadonlySet<string>;
  comparisonWords: ReadonlySet<string>;
  causeWords: ReadonlySet<string>;
  predictionWords: ReadonlySet<string>;
  lawWords: ReadonlySet<string>;
  evaluativeWords: ReadonlySet<string>;
  hedgeWords: ReadonlySet<string>;
  firstPersonSingular: ReadonlySet<string>;
  /** First-person opinions and intentions ("ich glaube", "I think", "we want"). */
  opinionWords: ReadonlySet<string>;

  /** Filled at run time by wordinfo.ts: one cached answer per word. */
  wordCache?: Map<string, number>;
  /** Turns a role phrase into its citation form ("russische Präsident" → "russischer Präsident"). */
  normalizeRole(words: readonly string[]): string;
}

export function lexiconFor(language: Language): Lexicon {
  return language === 'de' ? GERMAN : ENGLISH;
}
