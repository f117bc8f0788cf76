// German vocabulary for the extraction rules. General newsroom German only: no names.
import type { Gender, Lexicon } from './lexicon';
import { isGermanNoun } from './nouns.de';
import { GERMAN_VERBS } from './verbs.de';
import { words } from './wordlist';

const { speech: SPEECH_FORMS, content: CONTENT_FORMS } = GERMAN_VERBS;

function union(...sets: Iterable<string>[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of sets) for (const w of s) out.add(w);
  return out;
}

/** Separable verbs from the hand list and the verb data, with every particle a form can take. */
function separables(hand: readonly (readonly string[])[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const add = (form: string, particles: string): void => {
    const had = out.get(form);
    if (had === undefined) out.set(form, particles);
    else if (had !== '' && particles !== '') out.set(form, [...new Set([...had.split('|'), ...particles.split('|')])].join('|'));
  };
  for (const [f = '', p = ''] of hand) add(f, p);
  for (const [f, p] of SPEECH_FORMS.separable) add(f, p);
  for (const [f, p] of CONTENT_FORMS.separable) add(f, p);
  return out;
}

// "der" opens a nominative only before a strong ending: "der grüne Staatssekretär", never "der
// grünen …" or "der Zeitung" (dative or genitive). Feminine nouns by their ending.
const FEMININE_NOUN = /(?:ung|heit|keit|schaft|ion|tät|ei|ik|ur|in|innen|zeitung|agentur|partei|regierung|polizei)$/u;
const OBLIQUE_ARTICLES = words('dem den einem einen einer eines des meinem seinem ihrem unserem seinen ihren diesem diesen jenem');

const HEAD_ENDING_LINKS: ReadonlySet<string> = new Set(['zur', 'zum', 'für', 'gegen', 'ohne', 'über', 'im', 'am', 'beim']);

function isOblique(determiner: string, ws: readonly string[]): boolean {
  const d = determiner.toLowerCase();
  if (OBLIQUE_ARTICLES.has(d)) return true;
  if (d !== 'der') return false;
  const first = (ws[0] ?? '').toLowerCase();
  if (first.endsWith('en')) return true;
  // The head: the last word before a genitive tail ("der Chef der Behörde"), or a role noun
  // before the name it introduces ("der Minister Franz Jung": the name's last word is no head).
  let head = first;
  for (const w of ws) {
    const l = w.toLowerCase();
    // A prepositional link ends the head too: "der „Oberste Rat zur Wiederherstellung der Demokratie“" has
    // its head in "Rat", not in "Wiederherstellung".
    if (l === 'der' || l === 'des' || l === 'eines' || l === 'einer' || l === 'von' || l === 'vom' || HEAD_ENDING_LINKS.has(l)) break;
    head = l;
    // A role noun is a person's: after "der" only its feminine form is dative or genitive.
    if (isRoleNoun(l)) return /in(?:nen)?$/u.test(l);
  }
  // -eur is masculine ("der Redakteur", "der Ingenieur"), though -ur is feminine ("der Kultur").
  // "-ein" is masculine or neuter ("der Verein", "das Bündnis" aside): "der Verein teilte mit" has its subject.
  return FEMININE_NOUN.test(head) && !/(?:er|or|ent|ant|ist|ier|eur|ein)$/u.test(head);
}

const ROLE_WORDS = words(`
  präsident präsidentin präsidenten kanzler kanzlerin kanzlers minister ministerin ministers
  sprecher sprecherin sprechers chef chefin chefs vorsitzende vorsitzender vorsitzenden leiter leiterin
  direktor direktorin direktors sekretär sekretärin abgeordnete abgeordneter abgeordneten senator senatorin
  gouverneur gouverneurin bürgermeister bürgermeisterin botschafter botschafterin premier premierministerin
  premierminister regierungschef regierungschefin staatschef staatschefin könig königin papst general
  generalin kommissar kommissarin experte expertin ökonom ökonomin analyst analystin professor professorin
  forscher forscherin wissenschaftler wissenschaftlerin richter richterin anwalt anwältin staatsanwalt
  staatsanwältin kandidat kandidatin beauftragte beauftragter berater beraterin politiker politikerin
  ehrenvorsitzender ehrenvorsitzende fraktionschef fraktionschefin parteichef parteichefin vize
  geschäftsführer geschäftsführerin vorstand vorständin aktivist aktivistin diplomat diplomatin
  arzt ärztin trainer trainerin lehrer lehrerin pfarrer pfarrerin bischof bischöfin unternehmer unternehmerin
  manager managerin autor autorin journalist journalistin ingenieur ingenieurin stadtrat stadträtin ratsherr ratsfrau moderator moderatorin oberbürgermeister oberbürgermeisterin landrat landrätin polizeisprecher volkswirt volkswirtin
`);

// Compounds: "Regierungssprecher", "Bundesfinanzminister", "GDL-Vorsitzende", "Energieexperte".
const ROLE_SUFFIXES = [
  'sprecher', 'sprecherin', 'präsident', 'präsidentin', 'präsidenten', 'minister', 'ministerin',
  'kanzler', 'kanzlerin', 'vorsitzende', 'vorsitzender', 'vorsitzenden', 'chef', 'chefin', 'experte',
  'expertin', 'politiker', 'politikerin', 'direktor', 'direktorin', 'leiter', 'leiterin', 'sekretär',
  'sekretärin', 'beauftragte', 'beauftragter', 'bürgermeister', 'bürgermeisterin', 'ökonom', 'ökonomin',
  'forscher', 'forscherin', 'analyst', 'analystin', 'berater', 'beraterin', 'botschafter', 'botschafterin',
  'kommissar', 'kommissarin', 'richter', 'richterin', 'anwalt', 'anwältin',
];

// Singular nouns of agent by their derivational ending, masculine and feminine (-ent/-entin,
// -ant/-antin, -ist/-istin, -eur/-eurin, -or/-orin, -loge/-login, -iker/-ikerin, -at/-atin, and the
// feminine of any -er noun): "Dezernentin", "Intendant", "Polizistin", "Redakteur", "Rektorin",
// "Soziologe", "Kritikerin", "Kandidatin", "Sachbearbeiterin". Not "-ment" ("Parlament",
// "Dokument"), which names a thing: the rule that reads a role by this pattern also wants a
// first name and a surname right after it (phrases.ts).
const AGENT_NOUN = /^\p{Lu}\p{Ll}{2,}(?:(?<!m)ent|entin|ant|antin|ist|istin|eur|eurin|or|orin|loge|login|iker|ikerin|at|atin|erin)$/u;

/**
 * The nominative singular of a strong masculine or neuter noun from its genitive, by the form of
 * the ending (German has no installed morphology here; the snowball stemmer strips endings but
 * gives no word back): "-sses" → "-ss" ("Ausschusses"), "-nisses" → "-nis" ("Ergebnisses"),
 * "-es" after a sibilant ("Gesetzes", "Hauses", "Tisches") or a consonant ("Landesrechnungshofes",
 * "Staates") → without it, "-ees" ("Komitees") and any other "-s" ("Landesrechnungshofs",
 * "Ministeriums", "Unternehmens") → without the "s". A word in "-us", "-is", "-os", "-as"
 * ("Status", "Chaos"), in capitals, or with no "-s" stays as written. Known to miss a neuter in
 * "-e" ("Gebäudes" → "Gebäud"): rare as a speaker.
 */
function nominative(w: string): string {
  if (w.length < 5 || !w.endsWith('s') || w === w.toUpperCase() || /(?:us|is|os|as|fonds)$/u.test(w)) return w;
  if (w.endsWith('nisses')) return w.slice(0, -3);
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ees')) return w.slice(0, -1);
  if (w.endsWith('es') && /[^aeiouäöüy]es$/u.test(w) && !w.endsWith('ies')) return w.slice(0, -2);
  return w.slice(0, -1);
}

// The gender of a masculine or neuter noun (the heads after "des") by its last part, where it
// leaves no doubt: neuter "-amt", "-ium", "-institut", "-gericht", "-büro", "-komitee", "-werk",
// "-zentrum", "-parlament" ("Landesamt", "Ministerium", "Landgericht"); masculine "-rat", "-hof",
// "-dienst", "-verband", "-bund", "-tag", "-konzern", "-sender", "-verein", "-ausschuss", and nouns
// of agent ("-sprecher", "-präsident", "-minister"). Checked in that order: "Sekretariat" is neuter.
const NEUTER_HEAD = /(?:amt|ium|institut|gericht|büro|komitee|gremium|werk|zentrum|parlament|kabinett|ariat|sulat|haus|blatt|magazin|portal|netzwerk|bündnis|unternehmen|kommando|organ|team)$/u;
const MASCULINE_HEAD = /(?:rat|hof|dienst|verband|bund|tag|konzern|sender|verein|ausschuss|senat|vorstand|staat|kreis|konvent|rundfunk|stab|club|klub|sprecher|präsident|minister|vorsitzender|leiter|direktor|chef|kanzler|ent|ant|ist|eur|or)$/u;

// A noun of agent in "-er" after "des"/"eines" (its genitive in "-s" rules out a feminine): masculine
// ("des neutralen Vermittlers", "des französischen Netzbetreibers", "eines ehemaligen Amtsrichters"); not the
// neuter "-ster", "-ater", "-ager", "-mer" ("Orchester", "Theater", "Lager", "Zimmer").
const AGENT_ER = /(?:[lnbgrfkszhd]er|[^s]ter)$/u;
const NOT_AGENT_ER = /(?:ster|ater|ager|mer|wasser|ufer|messer|feuer|wetter|silber|ruder|polster|gitter|muster|kloster|register|fenster|zimmer)$/u;

/**
 * The strong nominative of an adjective in "-en" before a masculine or neuter head in the
 * nominative ("Statistischen" + "Landesamt" → "Statistisches", "Bayerischen" + "Rundfunk" →
 * "Bayerischer"); as written when the head's gender is unknown or the word is no adjective in "-en".
 */
function nominativeAdjective(adjective: string, head: string): string {
  if (adjective.length < 5 || !adjective.endsWith('en') || /[^\p{L}-]/u.test(adjective)) return adjective;
  const noun = head.toLowerCase();
  const ending = NEUTER_HEAD.test(noun) ? 's' : MASCULINE_HEAD.test(noun) || isRoleNoun(noun) || (AGENT_ER.test(noun) && !NOT_AGENT_ER.test(noun)) ? 'r' : '';
  return ending ? adjective.slice(0, -1) + ending : adjective;
}

/**
 * The singular of a plural whose ending leaves no doubt: "-nisse(n)" → "-nis" ("Bündnisse",
 * "Ergebnisse", "Erkenntnissen"), "-ämter(n)" → "-amt" ("Landesämter"), "-bände(n)" → "-band"
 * ("Verbände", "Landesverbänden"), "-gerichte(n)" → "-gericht". Others (a plural in -en of a noun
 * in -ung, which is often no body: "Leitungen", "Einrichtungen") stay unread: null.
 */
function singular(w: string): string | null {
  const m = /^(.*?)(nisse|ämter|bände|gerichte)n?$/u.exec(w);
  if (!m || m[1]!.length < 2) return null;
  const ending = m[2] === 'nisse' ? 'nis' : m[2] === 'ämter' ? 'amt' : m[2] === 'bände' ? 'band' : 'gericht';
  return m[1] + ending;
}

const TITLES = new Map<string, { role: string; gender: Gender }>([
  ['dr', { role: '', gender: null }],
  ['prof', { role: '', gender: null }],
  ['herr', { role: '', gender: 'm' }],
  ['frau', { role: '', gender: 'f' }],
]);

function isRoleNoun(lower: string): boolean {
  // "Distrikt-Gouverneur", "Ex-Präsident": a compound is what its last part is.
  const part = lower.slice(lower.lastIndexOf('-') + 1);
  return ROLE_WORDS.has(part) || ROLE_SUFFIXES.some((s) => part.endsWith(s));
}

// Weak masculine role nouns lose their -en in the citation form ("dem Präsidenten" → "Präsident").
const WEAK_ROLE_BASES = words('präsident kandidat analyst ökonom diplomat aktivist');

function normalizeRole(ws: readonly string[]): string {
  // Find the role head: the last word that is (or ends in) a role noun before any genitive tail.
  let head = -1;
  for (let i = 0; i < ws.length; i++) {
    const w = (ws[i] ?? '').toLowerCase();
    if (w === 'des' || w === 'der' || w === 'von') break;
    if (ROLE_WORDS.has(w) || ROLE_SUFFIXES.some((s) => w.endsWith(s))) head = i;
  }
  if (head < 0) return ws.join(' ');
  const out = ws.slice();
  const headWord = out[head] ?? '';
  const lower = headWord.toLowerCase();
  const feminine = lower.endsWith('in') || lower.endsWith('innen');
  let fixed = headWord;
  for (const base of WEAK_ROLE_BASES) {
    if (lower.endsWith(base + 'en')) fixed = headWord.slice(0, -2);
  }
  out[head] = fixed;
  // Adjectives before the head take the strong ending once the article is gone:
  // "der russische Präsident" → "russischer Präsident"; "die neue Präsidentin" → "neue Präsidentin".
  for (let i = 0; i < head; i++) {
    const w = out[i] ?? '';
    if (!/^\p{Ll}/u.test(w)) continue;
    if (feminine) out[i] = w.replace(/en$/u, 'e');
    else if (w.endsWith('en')) out[i] = w.slice(0, -2) + 'er';
    else if (w.endsWith('e')) out[i] = w + 'r';
  }
  return out.join(' ');
}

export const GERMAN: Lexicon = {
  language: 'de',
  abbreviations: words(`
    dr. prof. nr. bzw. ca. z.b. u.a. d.h. v.a. o.ä. u.u. s.o. z.t. i.d.r. z. u. d. v. o. s. i.
    vgl. ggf. evtl. inkl. exkl. zzgl. abs. bd. hr. fr. st. str. mio. mrd. tsd. jh. jhd. ggü.
    dipl. ing. mag. med. phil. rer. nat. h.c. gen. präs. vors. stv. max. min. sog. gem. lt. bspw.
    insb. einschl. mind. rd. tel. vs. o. bzgl. gegr. geb. verh. hl. dt. engl. frz. ital. span.
  `),
  ambiguousAbbreviations: words(`usw. etc. jan. feb. mär. apr. jun. jul. aug. sep. sept. okt. nov. dez. chr. ff. f.`),
  numberAbbreviations: words('nr. no. s. abs. art. bd. ziff. kap.'),
  sentenceOpeners: words(`
    der die das den dem des ein eine einer eines einem einen er sie es wir ich ihr man dies diese dieser
    dieses damit dann doch auch aber und oder so nun im in am an auf aus bei mit nach seit von vor zu zum zur
    als wie wenn weil da dass ob zudem außerdem zuvor später trotzdem deshalb daher dabei jetzt heute
  `),
  ordinalPeriods: true,

  determiners: words(`
    der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
    dieser diese dieses diesem diesen jener jene jenes jenem jenen sein seine seinen seinem seiner seines
    ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer dessen deren beide beiden alle
    aller allen viele vielen einige einigen mehrere mehreren manche manchen jeder jede jedes jedem jeden
    jegliche jeglicher jegliches jeglichem jeglichen sämtliche sämtlicher sämtlichen
  `),
  prepositions: words(`
    an am auf aus außer bei beim bis durch für gegen gegenüber hinter im in ins mit nach neben ohne seit
    über um unter von vom vor während wegen zu zum zur zwischen trotz laut ab per pro samt statt via
    innerhalb außerhalb angesichts aufgrund infolge anlässlich zufolge bezüglich hinsichtlich gemäß
    seitens mithilfe zugunsten ungeachtet jenseits oberhalb unterhalb binnen dank entgegen inmitten
  `),
  placePrepositions: new Set(['in', 'im', 'aus', 'nach']),
  functionWords: words(`
    und oder aber doch sondern denn dass ob weil da wenn als falls obwohl sowie bzw wie so auch noch nur
    schon bereits nun jetzt dann später zuvor zudem außerdem ebenfalls zugleich gleichzeitig dabei daher
    hierzu hierbei hierfür hiermit daraufhin darum dahingehend
    deshalb inzwischen heute gestern morgen damals erst bisher anschließend allein zuletzt kurz lange
    er sie es wir ich ihr man sich ihm ihn ihnen uns mir mich dir dich wer was wo wann warum welche welcher
    welches nicht kein nichts etwas alles hier dort dies demnach dazu darauf darüber davon dafür dagegen
    ja nein bitte danke gut mehr weniger sehr ganz fast etwa rund knapp mal immer nie oft wieder
    seit zwar jedoch trotzdem also somit sogar selbst vielleicht wohl sinngemäß wörtlich offiziell offenbar
    damit dadurch hierdurch deswegen tagelang wochenlang monatelang jahrelang jahrzehntelang stundenlang
    ferner weiterhin allerdings bislang dennoch indes demgegenüber hingegen ebenso gleichwohl
    insbesondere besonders vor_allem sollte sollten könnte könnten müsste müssten dürfte dürften
  `),
  personPronouns: new Map<string, Gender>([['er', 'm'], ['sie', 'f']]),
  demonstrativePronouns: new Map<string, Gender>([['dieser', 'm']]),
  bodyPronouns: new Set<string>(),
  pronounsFollowSubject: false,
  possessives: words('seinen seiner seinem ihren ihrer ihrem'),

  speechVerbs: union(words(`
    sagte sagten sagt sage gesagt erklärte erklärten erklärt erkläre betonte betonten betont betone
    ergänzte ergänzten ergänzt ergänze berichtete berichteten berichtet meinte meinten meint behauptete
    behaupteten behauptet behaupte versicherte versicherten versichert warnte warnten warnt gewarnt
    kritisierte kritisierten kritisiert bekräftigte bekräftigten bekräftigt wiederholte wiederholten
    wiederholt unterstrich unterstrichen schrieb schrieben schreibt geschrieben antwortete antworteten
    geantwortet entgegnete entgegnet erwiderte erwidert bestätigte bestätigten bestätigt dementierte
    dementiert bestritt bestritten mahnte gemahnt beklagte beklagten beklagt verkündete verkündet
    erläuterte erläutert argumentierte argumentiert nannte nannten genannt twitterte getwittert
    sprach erwartet erwartete erwarten erwartete prognostizierte prognostiziert schätzte schätzen
    betonen erklären sagen behaupten warnen meinen berichten glaubt glauben glaubte befürchtet befürchten
    befürchtete räumte räumt verwies verweist fragte fragt gefragt
    bezifferte bezifferten beziffert beziffern meldete meldeten meldet gemeldet
    mitteilte mitteilten mitteilt hinzufügte hinzufügten einräumte einräumten angab hinwies
    klarstellte zusicherte bekanntgab bekanntgaben
  `), SPEECH_FORMS.finite, SPEECH_FORMS.participles),
  contentVerbs: union(words(`
    kündigte kündigten kündigt angekündigt versprach versprachen verspricht versprochen sicherte sicherten
    zugesichert drohte drohten droht gedroht forderte forderten fordert gefordert verlangte verlangt
    hoffte hofft hoffen
  `), CONTENT_FORMS.finite, CONTENT_FORMS.participles),
  addresseeVerbs: new Set<string>(),
  separableVerbs: separables([
    ['teilte', 'mit'], ['teilten', 'mit'], ['teilt', 'mit'], ['fügte', 'hinzu'], ['fügten', 'hinzu'],
    ['fügt', 'hinzu'], ['räumte', 'ein'], ['räumt', 'ein'], ['kündigte', 'an'], ['kündigten', 'an'],
    ['kündigt', 'an'], ['sicherte', 'zu'], ['sicherten', 'zu'], ['gab', 'an'], ['gibt', 'an'],
    ['wies', 'hin|zurück'], ['weist', 'hin|zurück'], ['wiesen', 'zurück'], ['verwies', ''], ['warf', 'vor'], ['warfen', 'vor'], ['wirft', 'vor'], ['werfen', 'vor'], ['stellte', 'klar'], ['stellt', 'klar'],
    ['rechnet', 'mit'], ['rechnete', 'mit'], ['rechnen', 'mit'], ['rechneten', 'mit'],
    ['gab', 'bekannt'], ['gaben', 'bekannt'], ['gibt', 'bekannt'],
  ]),
  participles: union(words(`
    gesagt erklärt betont ergänzt berichtet behauptet versichert gewarnt kritisiert bekräftigt wiederholt
    geschrieben geantwortet entgegnet erwidert bestätigt dementiert bestritten gemahnt beklagt verkündet
    erläutert argumentiert genannt getwittert angekündigt versprochen zugesichert gedroht gefordert
    verlangt mitgeteilt hinzugefügt eingeräumt angegeben unterstrichen erwartet prognostiziert
    klargestellt hingewiesen befürchtet gefragt beziffert gemeldet bekanntgegeben
  `), SPEECH_FORMS.participles, CONTENT_FORMS.participles),
  progressiveAuxiliaries: new Set<string>(),
  // Left empty: "Polen und Österreich hatten … kritisiert" reads as an act in German news, not a report.
  speechLeadIns: [],
  coordinators: words('und sowie'),
  auxiliaries: words(`
    hat habe hatte hätte haben hatten hätten hast ist sei war wäre sind seien waren
    will wolle wollen wollte wollten soll solle sollen sollte sollten möchte möchten
  `),
  passiveAuxiliaries: words('wurde wurden wird werden worden würde würden'),
  stativeAuxiliaries: words('ist sind sei seien war waren wäre wären'),
  perfectWithSein: words('ausgegangen fortgefahren'),
  verbAdverbs: words(`
    auch bereits schon ebenfalls zudem erneut wiederholt mehrfach zuletzt nun jetzt aber jedoch hingegen
    dagegen allerdings indes außerdem gestern heute später zuvor damals noch inzwischen mittlerweile
    offiziell öffentlich ausdrücklich mehrmals stets immer wieder weiter unterdessen derweil indessen
  `),
  copulas: words('ist sind war waren sei seien wäre wären zeigte zeigten zeigt zeigen gab gaben gibt gibt zeigte_sich hält hielt hielten halten'),
  stancePredicates: words(`
    überzeugt zuversichtlich sicher besorgt optimistisch skeptisch zufrieden enttäuscht erleichtert
    entsetzt empört beunruhigt erfreut alarmiert davon_überzeugt der_meinung der_ansicht der_auffassung
    der_überzeugung der_einschätzung der_annahme
  `),
  stanceFillers: words('sich davon darüber darauf dessen es besonders sehr äußerst dennoch trotzdem weiterhin durchaus fest zutiefst absolut ganz überaus'),
  viewPrepositions: words('für'),
  modalVerbs: words('will wolle wollen wollte wollten soll solle sollen sollte sollten möchte möchten muss müsse musste mussten kann könne konnte konnten darf dürfe'),
  reflexives: words('sich'),
  // "bestätigt sich" (comes true), not "bestätigt" (confirms).
  reflexiveNotSpeech: words('bestätigt bestätigte bestätigten bestätige bestätigen'),
  negations: words('nicht nichts kein keine keinen keinem keiner nie niemals'),
  quotingPassives: words('zitiert'),
  affiliationPrepositions: words('von vom bei beim in im aus'),
  midfieldWords: words(`
    dazu dabei darin damals gestern heute vorgestern zudem auch außerdem ebenfalls weiter weiterhin
    zufolge jedoch aber allerdings nun jetzt bereits schon noch erneut später zuvor dagegen hingegen
    indes inzwischen mittlerweile wörtlich offiziell öffentlich ausdrücklich laut sinngemäß abschließend
    ihm ihr ihnen uns mir es sich dies das nur sogar
    dann daraufhin danach anschließend schließlich zunächst erst bislang bisher kürzlich jüngst zugleich
    gleichzeitig ebenso wiederum übrigens deshalb daher darum deswegen somit persönlich offenbar
    offensichtlich angeblich wohl nochmals abermals wieder
  `),
  isOblique,
  reportingConjunctions: words('wie'),
  sourceOrigins: words('hervor hervorgeht hervorging hervorgehe hervorgehen hervorgingen'),
  viewNouns: words('sicht'),
  lawNouns: words('grundgesetz grundgesetzes verfassung charta satzung konvention verordnung abkommen abkommens vertrag vertrages vertrags gesetz gesetzes'),
  lawSuffixes: ['gesetz', 'gesetzes', 'abkommen', 'abkommens', 'verfassung'],
  speechNeedsMessage: SPEECH_FORMS.needsMessage,
  anaphoricObjects: words('das dies dieses dieser diese'),
  anaphoricReports: true,
  neuterAnaphors: words('das dies dieses'),
  decisionVerbs: words('beschlossen beschließen entschieden entscheiden vereinbart vereinbaren verabschiedet verabschieden genehmigt genehmigen'),
  contentReach: 12,
  subordinators: words('als wie wenn weil da nachdem obwohl während bevor seit seitdem sobald falls um'),
  accordingPrepositions: words('laut gemäß'),
  circleSuffixes: ['kreise', 'kreisen'],
  trailingMarkers: words('so'),
  infinitiveMarkers: new Set<string>(),
  infinitiveClause: {
    marker: 'zu',
    prefixes: [
      'zurück', 'zusammen', 'hervor', 'heraus', 'herbei', 'hinaus', 'hinzu', 'voran', 'vorbei', 'weiter', 'fort', 'fest',
      'frei', 'bekannt', 'klar', 'teil', 'statt', 'nieder', 'nach', 'weg', 'ein', 'aus', 'auf', 'mit', 'vor', 'bei',
      'her', 'hin', 'dar', 'los', 'an', 'ab', 'zu',
    ],
    adverbialOpeners: words('um ohne statt anstatt außer'),
  },
  complementizers: words('dass ob'),
  relativePronouns: words('der die das dem den deren dessen welcher welche welches'),
  subjunctives: words(`
    sei seien seiest habe hätte hätten werde könne könnten müsse müssten dürfe dürften
    wolle wollten solle möge gebe gäbe liege lägen stehe stünde stünden gehe ginge komme käme wisse
    brauche plane arbeite fehle fehlten bleibe bestehe handle handele gelte
    führe darstelle verfüge betrage gehöre hänge drohe mache sehe trage zeige erwarte lasse biete
    entspreche nehme treffe leide rechne befinde bedeute diene steige sinke vertrete unterstütze
    verlange fordere strebe beabsichtige benötige verfolge gefährde ermögliche verstoße verletze
    erhalte kenne trete bekomme gewinne verliere entstehe erfolge wachse spreche schaffe zahle
    koste verdiene
  `),
  conditionals: words('hätte gäbe stünde ginge käme'),
  sourceNouns: words(`
    bericht berichten studie studien daten zahlen angaben umfrage erklärung mitteilung schätzung
    schätzungen berechnungen berechnung analyse auswertung prognose statistik worten darstellung
    einschätzung ansicht meinung informationen meldung meldungen auskunft auffassung aussage aussagen
    recherchen erkenntnissen erkenntnisse ermittlungen mitteilungen berichte medienberichten
    medienberichte expertenmeinung polizeiangaben behördenangaben regierungsangaben zeitungsberichten
    stellungnahme annahme annahmen ergebnis endergebnis hochrechnung hochrechnungen zählung
    antwort gutachten dokument dokumente dokumenten protokoll sicht medien planungen plänen
    darstellungen verlautbarung verlautbarungen ankündigung bekunden vorhersage
    überzeugung vermutung ergebnisse
    erkenntnisstand kenntnisstand erfahrungen idee ideen einschätzungen ansichten
    befund befunde befunden
  `),
  documentNouns: words(`
    bericht berichte berichten studie studien umfrage erklärung mitteilung analyse auswertung
    prognose statistik gutachten dokument dokumente protokoll stellungnahme verlautbarung
    hochrechnung untersuchung
  `),
  // "-sicht", "-daten", "-meldung" make other words too: "Flughafenaufsicht" is no view, "Soldaten" no data.
  sourceNounLookalikes: words(`
    aufsicht übersicht rücksicht vorsicht absicht einsicht hinsicht aussicht nachsicht zuversicht
    soldaten kandidaten mandaten anmeldung anmeldungen abmeldung
  `),

  roleWords: ROLE_WORDS,
  roleSuffixes: ROLE_SUFFIXES,
  descriptiveRoleSuffixes: ['politiker', 'politikerin', 'politikern'],
  agentNoun: AGENT_NOUN,
  singular,
  genitiveArticles: words('des eines dieses jenes seines ihres unseres'),
  // Particles of Arabic names only ("al-Mansur", "Osama bin Laden"): "von", "van", "de" stay out, a
  // German "von" more often names an owner ("der Sprecher von Siemens") than a surname's part.
  nameParticles: words('al el ad ar as at az abu bin ibn'),
  nominative,
  nominativeAdjective,
  titles: TITLES,
  isNoun: isGermanNoun,
  commonNounSuffixes: [
    'ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'tion', 'tionen', 'ität',
    'itäten', 'ismus', 'nis', 'nisse', 'tum', 'ium', 'iums',
  ],
  nonClaimOpeners: words('danke vielen_dank guten_abend guten_tag willkommen herzlich lassen_sie'),
  boilerplateOpeners: [
    'lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'mehr dazu', 'alle entwicklungen', 'alle infos',
    'alle informationen', 'alle aktuellen', 'hier geht es', 'das gespräch führte', 'das interview führte',
    'die fragen stellte', 'ein interview von', 'mit material von', 'anmerkung der redaktion',
    'hinweis der redaktion', 'transparenzhinweis',
  ],
  boilerplateMarkers: [
    'unabhängig überprüfen', 'unabhängig überprüft', 'unabhängig prüfen', 'unabhängig geprüft',
    'unabhängig bestätigen', 'unabhängig bestätigt', 'unabhängig verifizieren', 'unabhängig verifiziert',
    'danken ihnen für das gespräch', 'danke für das gespräch', 'dank für das gespräch',
  ],
  bareEvaluationOpeners: ['das stimmt'],
  speechParticiples: new Set<string>(),
  speechParticiplesAlone: new Set<string>(),
  creditWords: words('foto fotos bild bilder bildquelle fotograf'),
  institutionWords: words(`
    regierung bundesregierung ministerium amt behörde gericht kammer kommission rat verband bank partei
    polizei institut agentur bundestag bundesrat landtag gewerkschaft hochschule universität senat
    stiftung konzern unternehmen firma armee luftwaffe bundeswehr staatsanwaltschaft kreml fraktion bündnis
  `),
  institutionSuffixes: [
    'ministerium', 'ministeriums', 'amt', 'amts', 'amtes', 'behörde', 'gericht', 'gerichts', 'gerichtshof',
    'kammer', 'kommission', 'verband', 'verbands', 'bank', 'partei', 'polizei', 'institut', 'instituts',
    'agentur', 'gewerkschaft', 'hochschule', 'universität', 'regierung', 'fraktion', 'luftwaffe', 'armee',
    'stiftung', 'anwaltschaft',
    // Bodies named by an abstract noun in -ung (a head in -ung is otherwise no speaker: "die Entwicklung").
    'zeitung', 'leitung', 'führung', 'versammlung', 'vereinigung', 'bewegung', 'verwaltung', 'vertretung',
    'einrichtung', 'forschung', 'versicherung', 'abteilung', 'innung', 'rettung', 'redaktion', 'genossenschaft', 'delegation',
    // Plurals of bodies speak too: "Hilfsorganisationen befürchten", "Mehrere Zeitungen berichteten".
    'organisation', 'organisationen', 'zeitungen', 'gewerkschaften', 'regierungen', 'parteien', 'gemeinschaft',
    'bund', 'verbände', 'verbänden', 'ministerien', 'behörden', 'institute', 'instituten', 'agenturen', 'kommissionen', 'banken',
  ],
  // Singular -ung, -schaft, -tion are often bodies that speak (Zeitung, Versicherung, Botschaft,
  // Wissenschaft, Koalition); their plurals and -heit/-keit/-nis/-ismus nouns are not.
  characterisingWords: words('als für von vor zu nannte nannten nennt nennen'),
  namingVerbs: words('nannte nannten nennt nennen'),
  characterisingParticiples: words('bezeichnet genannt beschrieben gelobt kritisiert charakterisiert gefeiert'),
  agentPrepositions: words('von vom seitens durch'),
  // Nouns of opinion and stance that make a light verb one of saying or thinking before a content
  // clause: "ist der Ansicht", "legte Wert darauf", "vertrat die These", "zog die Schlussfolgerung",
  // "machte zur Bedingung", "brachte die Sorge zum Ausdruck", "nahm dazu Stellung".
  stanceNouns: words(`
    ansicht meinung auffassung überzeugung einschätzung standpunkt wert hinweis hypothese vermutung
    ergebnis schluss forderung warnung vorwurf befürchtung hoffnung angst sorge zweifel kritik
    these position schlussfolgerung bedingung prognose erwartung überlegung ausdruck stellung
  `),
  nameInnerLinks: words('ohne'),
  // (With the links of the French, English, Spanish and Italian names German quotes: „L’Alliance pour la Planète“.)
  quotedNameLinks: words('und für zur zum der des von vom ohne in im am an auf of the and for de la le les du pour et del el di della'),
  shareNouns: words('prozent'),
  // People named by what they do: "-er" (Gutachter, Ermittler), "-ent/-ant" (Demonstranten),
  // "-ist" (Journalisten), "-iker" (Kritiker), "-at" (Soldaten), "-loge" (Soziologen), the
  // nominalised participles in "-ierte"/"-ende" (Alliierten, Studierende) and "Mitglieder".
  personNounSuffixes: [
    'er', 'ern', 'ent', 'enten', 'ant', 'anten', 'ist', 'isten', 'iker', 'eur', 'eure', 'at', 'aten',
    'loge', 'logen', 'ierte', 'ierten', 'ende', 'enden', 'glieder', 'leute',
    // Experte(n) and its compounds ("Wirtschaftsexperten").
    'xperte', 'xperten',
  ],
  speechActNouns: words(`
    forderung forderungen ankündigung warnung warnungen appell aufforderung aufruf vorwurf vorwürfe
    behauptung behauptungen vorschlag angebot drohung zusage versprechen bitte mahnung empfehlung
    anweisung befehl einschätzung äußerung aussage erklärung beteuerung versicherung
    kritik information informationen lob widerspruch zustimmung
  `),
  abstractNounSuffixes: ['ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'tionen', 'itäten', 'ismus', 'nis', 'nisse'],

  months: words('januar februar märz april mai juni juli august september oktober november dezember jänner'),
  weekdays: words('montag dienstag mittwoch donnerstag freitag samstag sonntag montags dienstags wochenende'),
  indefiniteArticles: words('ein eine einen einem einer eines'),
  durationNouns: words(`
    sekunde sekunden minute minuten stunde stunden tag tage tagen woche wochen monat monate monaten
    jahr jahre jahren jahrzehnte jahrzehnten augenblicke momente
  `),
  timePointNouns: words('ende anfang mitte beginn'),
  dateWords: words('gestern vorgestern heute morgen übermorgen vorjahr vorjahres jahrhundert jahrzehnt'),
  quantityWords: words(`
    prozent prozentpunkte million millionen milliarde milliarden billion billionen tausend hundert
    hälfte drittel viertel doppelt doppelte verdoppelt halbiert verdreifacht dutzend dutzende euro dollar
    tonnen kilometer mehrheit minderheit rekord zwei drei vier fünf sechs sieben acht neun zehn elf zwölf
    zwanzig dreißig hundert stimmen
  `),
  comparisonWords: words(`
    mehr_als weniger_als höher niedriger größer kleiner stärker schwächer schneller langsamer mehr weniger
    rekord höchststand tiefststand erstmals zum_ersten verglichen gegenüber_dem im_vergleich doppelt
    halbiert gestiegen gesunken gestiegen gefallen zugenommen abgenommen
  `),
  causeWords: words(`
    weil wegen aufgrund infolge deshalb daher führte führt geführt verursacht verursachte auslöser
    ursache grund folge folgen dadurch sodass
  `),
  predictionWords: words(`
    wird werden würde würden künftig prognose prognostiziert erwartet erwarten voraussichtlich bis_ende
    kommenden nächsten soll sollen drohen droht
  `),
  lawWords: words(`
    gesetz gesetze gesetzes verordnung verboten verbot pflicht vorschrift vorschriften grundgesetz
    verfassung illegal legal rechtswidrig strafbar richtlinie urteil gericht vertrag verträge
  `),
  evaluativeWords: words(`
    gut gute guten gutes sehr schlecht schlechte positive positiven negative enge engen stark starke
    gerecht gerechte gerechteren großartig hervorragend toll schön fantastisch katastrophal bestrebt
    stabile gesunde vorteilhafte nachhaltige hoffnung hoffen ernsthaft leidtragenden kollaps
    gemeinsam unterstützen bereit
  `),
  hedgeWords: words('vielleicht möglicherweise eventuell wahrscheinlich vermutlich offenbar angeblich womöglich'),
  firstPersonSingular: words('ich mein meine meinen meinem mir mich'),
  opinionWords: words('ich_glaube ich_denke ich_finde wir_wollen ich_erwarte ich_hoffe wir_hoffen wir_sind meiner_meinung'),

  normalizeRole,
};
