// German attribution, one test per failure class of issue #10, on sentences written for these
// tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/main/core/extraction';
import { GERMAN } from '../../src/main/core/extraction/lexicon.de';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('German attribution: the speech verb and its subject', () => {
  it('finds a speech verb deep in a long sentence, after a long adverbial', () => {
    const c = claimWith(de('Bei einem Besuch in der Hafenstadt Kiel am späten Nachmittag des vergangenen Dienstags sagte Ministerin Julia Berger, die Werft werde erhalten bleiben.'), 'Werft');
    expect(c).toMatchObject({ kind: 'reported', claimant: 'Julia Berger' });
  });

  it('never takes a dative or accusative phrase for the speaker', () => {
    expect(claimWith(de('Dem Lokalsender sagte Peter Haller: „Wir bauen die Brücke neu.“'), 'Brücke')).toMatchObject({ kind: 'quote', claimant: 'Peter Haller' });
    expect(claimWith(de('Der regionalen Zeitung sagte Anna Brandt, die Schule bleibe geöffnet.'), 'Schule')).toMatchObject({ claimant: 'Anna Brandt' });
    expect(claimWith(de('Das erklärte gestern ein Sprecher des Umweltamtes.'), 'erklärte').claimant).toMatch(/Sprecher des Umweltamtes/);
    // A subject before the verb makes the phrase after it an object.
    expect(claimWith(de('Bürgermeisterin Eva Roth wies Zweifel an der Planung zurück.'), 'Zweifel')).toMatchObject({ claimant: 'Eva Roth' });
  });

  it('reads verbs of stance and response in every tense, split or joined', () => {
    const list = de([
      'Die Stadträtin Eva Roth wies die Vorwürfe als „haltlos“ zurück.',
      'Der Verband Nordbau hat die Kritik am Montag zurückgewiesen.',
      'Der Ingenieur Karl Weiß ist zuversichtlich, dass der Tunnel 2027 fertig wird.',
      'Die Ärztin Mia Lorenz zeigte sich überzeugt, dass die Impfung wirkt.',
      'Der Ökonom Martin Vogt geht davon aus, dass die Preise weiter steigen.',
      'Wie die Handelskammer Nord am Freitag bekanntgegeben hat, fehlen 900 Lehrlinge.',
      'Der Trainer Jonas Keller wird mit den Worten zitiert, die Mannschaft sei bereit.',
    ].join(' '));
    expect(claimWith(list, 'haltlos')).toMatchObject({ claimant: 'Eva Roth' });
    expect(claimWith(list, 'Kritik').claimant).toMatch(/Nordbau/);
    expect(claimWith(list, 'Tunnel')).toMatchObject({ kind: 'reported', claimant: 'Karl Weiß' });
    expect(claimWith(list, 'Impfung')).toMatchObject({ kind: 'reported', claimant: 'Mia Lorenz' });
    expect(claimWith(list, 'Preise')).toMatchObject({ kind: 'reported', claimant: 'Martin Vogt' });
    expect(claimWith(list, 'Lehrlinge').claimant).toMatch(/Handelskammer Nord/);
    expect(claimWith(list, 'Mannschaft')).toMatchObject({ kind: 'reported', claimant: 'Jonas Keller' });
    const more = de([
      'Die Stadträtin Lina Ost prangerte an, dass die Mieten weiter stiegen.',
      'Zeugen haben gegenüber der Polizei ausgesagt, dass der Wagen zu schnell gewesen sei.',
      'Die Menge skandierte: „Wir bleiben hier!“',
    ].join(' '));
    expect(claimWith(more, 'Mieten')).toMatchObject({ kind: 'reported', claimant: 'Lina Ost' });
    expect(claimWith(more, 'Wagen')).toMatchObject({ kind: 'reported', claimant: 'Zeugen' });
    expect(claimWith(more, 'bleiben').claimant).toMatch(/Menge/);
  });

  it('reports no speaker for an act without a message, a passive, or a conditional', () => {
    const list = de([
      'Die Polizei bestätigte den Unfall am Sonntag.',
      'Die Regelung war damit begründet worden, dass die Kosten stiegen.',
      'In diesem Fall hätte die Feuerwehr früher eingreifen können.',
    ].join(' '));
    for (const c of list) expect(c).toMatchObject({ kind: 'statement', claimant: null });
  });
});

describe('German attribution: content clauses in the infinitive and state passives', () => {
  it('reads an infinitive clause after a verb of announcing, demanding or deciding as what was said', () => {
    const list = de([
      'Die Landrätin Petra Sommer hat am Mittwoch angekündigt, von ihrem Amt zurückzutreten.',
      'Der Verkehrsminister Paul Adler kündigte indes an, die Strecke im Herbst zu sanieren.',
      'Der Elternbeirat beschloss, einen Brief an das Kultusamt zu schreiben.',
      'Bürgermeister Jan Hollweg hob hervor, dass die Stadt schuldenfrei sei.',
    ].join(' '));
    expect(claimWith(list, 'zurückzutreten')).toMatchObject({ kind: 'reported', claimant: 'Petra Sommer' });
    expect(claimWith(list, 'sanieren')).toMatchObject({ kind: 'reported', claimant: 'Paul Adler' });
    expect(claimWith(list, 'Brief').claimant).toMatch(/Elternbeirat/);
    expect(claimWith(list, 'schuldenfrei')).toMatchObject({ kind: 'reported', claimant: 'Jan Hollweg' });
  });

  it('gives no speaker to a clause of purpose, to a decision without content, or to a state passive', () => {
    const list = de([
      'Der Förster Lukas Brand fuhr nach Celle, um dort Setzlinge zu kaufen.',
      'Der Gemeinderat beschloss am Montag den Bau der Turnhalle.',
      'Die Kreisverwaltung ist nun aufgefordert, den Plan zu überarbeiten.',
    ].join(' '));
    for (const c of list) expect(c).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('takes no opening adverb, stance adjective or modal verb for a speaker', () => {
    const list = de([
      'Besorgt äußerte sich die Ärztin Lea Voss zu den Zahlen: Die Lage sei ernst.',
      'Insbesondere kritisierte der Rechnungshof die Kosten des Neubaus als überhöht.',
      'Sollte der Antrag scheitern, müsste die Stadt neu planen.',
    ].join(' '));
    expect(claimWith(list, 'Zahlen').claimant).toBe('Lea Voss');
    expect(claimWith(list, 'Rechnungshof').claimant).toMatch(/Rechnungshof/);
    expect(claimWith(list, 'Antrag')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('reads subjects with an indefinite genitive, an affiliation with an adjective, an opening adverb, and an object before the participle', () => {
    const list = de([
      'Der Sprecher einer Bürgerinitiative sagte, die Straße sei zu laut.',
      'Die Amtsleiterin Ute Brenner hatte Investor Kraft gestern aufgefordert, die Pläne vorzulegen.',
      'Thomas Brunner vom städtischen Bauamt sagte, die Halle werde abgerissen.',
      'Weiter sagte der Gutachter, die Halle sei marode.',
      'Ministerin Ada Wolff hat Forderungen nach einem Neubau zurückgewiesen.',
    ].join(' '));
    expect(claimWith(list, 'laut').claimant).toMatch(/Sprecher einer Bürgerinitiative/);
    expect(claimWith(list, 'vorzulegen')).toMatchObject({ kind: 'reported', claimant: 'Ute Brenner' });
    expect(claimWith(list, 'abgerissen').claimant).toMatch(/^Thomas Brunner/);
    expect(claimWith(list, 'marode').claimant).toMatch(/Gutachter/);
    // An object before the participle and no message after it: an act, not a report.
    expect(claimWith(list, 'Neubau')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('takes a role before a name for the head of a subject, not the name\'s last word', () => {
    // "Jung" ends like a feminine noun ("-ung"); the phrase is still a nominative subject.
    expect(claimWith(de('Der Stadtdirektor Olaf Jung teilte mit, die Brücke werde gesperrt.'), 'Brücke')).toMatchObject({ kind: 'reported', claimant: 'Olaf Jung' });
  });
});

describe('German attribution: the speaker named in the next sentence', () => {
  it('gives the sentence before "Dies bestätigte X." to X, and only that sentence', () => {
    const list = de([
      'Das Freibad an der Lindenallee öffnet in diesem Jahr erst im Juli.',
      'Die Becken müssen neu gefliest werden.',
      'Dies bestätigte der Bäderchef Tim Kranz am Dienstag.',
    ].join(' '));
    expect(claimWith(list, 'gefliest')).toMatchObject({ kind: 'reported', claimant: 'Tim Kranz' });
    expect(claimWith(list, 'bestätigte')).toMatchObject({ kind: 'reported', claimant: 'Tim Kranz' });
    expect(claimWith(list, 'Lindenallee')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('names the owner of a document the sentence before comes from ("Dies geht aus … hervor")', () => {
    const list = de('Die Molkerei Nordland schließt zwei Werke. Dies geht aus einer internen Mitteilung der Geschäftsleitung hervor. Wie aus der Antwort des Schulamts hervorgeht, fehlen 40 Lehrkräfte.');
    expect(claimWith(list, 'Werke').claimant).toMatch(/Geschäftsleitung/);
    expect(claimWith(list, 'Lehrkräfte')).toMatchObject({ kind: 'reported' });
    expect(claimWith(list, 'Lehrkräfte').claimant).toMatch(/Schulamt/);
  });

  it('gives "…, heißt es." to the source last cited, and to nobody when none was', () => {
    const alone = de('Ein Fest zur Eröffnung sei nicht geplant, heißt es.');
    expect(claimWith(alone, 'Fest')).toMatchObject({ kind: 'reported', claimant: null });
    const list = de('Laut einer Studie der Stiftung Lesewelt lesen Kinder weniger. Zwei Drittel der Zehnjährigen lesen nie ein Buch, heißt es.');
    expect(claimWith(list, 'Zehnjährigen')).toMatchObject({ kind: 'reported' });
    expect(claimWith(list, 'Zehnjährigen').claimant).toMatch(/Lesewelt/);
  });

  it('leaves the sentence before alone when the demonstrative is an article ("Das Amt meldete …")', () => {
    const list = de('Die Straße bleibt bis Freitag gesperrt. Das Bauamt meldete am Morgen einen Wasserrohrbruch.');
    expect(claimWith(list, 'Straße')).toMatchObject({ kind: 'statement', claimant: null });
  });
});

describe('German attribution: sources that are documents, media and bodies', () => {
  it('names the source in full', () => {
    const list = de([
      'Nach Angaben der Feuerwehr Bremen wurden zwölf Menschen verletzt.',
      'Nach einem Bericht der Zeitung Nordkurier stieg die Zahl der Anträge deutlich.',
      'Nach einer Studie der Universität Rostock trinken Kinder zu wenig Wasser.',
      'Laut einer Meldung der Nachrichtenagentur Nordpress ist die Fähre wieder in Betrieb.',
      'Aus Regierungskreisen verlautete, das Gesetz komme im Herbst.',
      'Die Brücke bleibt nach Polizeiangaben bis Freitag gesperrt.',
      'Die Zeitung „Küstenbote“ berichtet, dass der Hafen ausgebaut werde.',
    ].join(' '));
    expect(claimWith(list, 'zwölf').claimant).toMatch(/Feuerwehr Bremen/);
    expect(claimWith(list, 'Anträge').claimant).toMatch(/Nordkurier/);
    expect(claimWith(list, 'Wasser').claimant).toMatch(/Universität Rostock/);
    expect(claimWith(list, 'Fähre').claimant).toMatch(/Nordpress/);
    expect(claimWith(list, 'Gesetz').claimant).toMatch(/Regierungskreisen/);
    expect(claimWith(list, 'Brücke').claimant).toMatch(/Polizeiangaben/);
    expect(claimWith(list, 'Hafen').claimant).toMatch(/Küstenbote/);
    for (const c of list) expect(c.kind).toBe('reported');
  });

  it('reads a point of view, media and plans as sources, and a lower-case owner after "von"', () => {
    const list = de([
      'Aus Sicht der Bürgerinitiative ist der Bebauungsplan rechtswidrig.',
      'Zu dem Überfall bekannten sich nach örtlichen Medien zwei Gruppen.',
      'Nach den bisherigen Planungen soll die Linie 2029 fahren.',
      'Gegen die Wärter sollen nach Ansicht von attac Verfahren eröffnet werden.',
    ].join(' '));
    expect(claimWith(list, 'Bebauungsplan').claimant).toMatch(/Bürgerinitiative/);
    expect(claimWith(list, 'Überfall').claimant).toMatch(/Medien/);
    expect(claimWith(list, 'Linie').claimant).toMatch(/Planungen/);
    expect(claimWith(list, 'Wärter').claimant).toBe('attac');
    for (const c of list) expect(c.kind).toBe('reported');
  });

  it('keeps a body as a claimant of its own', () => {
    const c = claimWith(de('Das Bau- und Verkehrsministerium teilte mit, die Strecke bleibe gesperrt.'), 'Strecke');
    expect(c.claimant).toMatch(/Bau- und Verkehrsministerium/);
  });
});

describe('German attribution: people, roles and pronouns', () => {
  it('gives the claim to the person in an apposition, and keeps the role apart from the name', () => {
    const list = de([
      'Tom Berg, ein Abgeordneter aus Kiel und Oberst außer Dienst, sagte, die Armee brauche mehr Geld.',
      'Der Innenminister Frankreichs, Luc Martin, sagte, die Grenzen blieben offen.',
      'Konrad Albers, Vorsitzender der Gewerkschaft Nord, sagte, die Löhne müssten steigen.',
    ].join(' '));
    expect(claimWith(list, 'Armee')).toMatchObject({ claimant: 'Tom Berg' });
    expect(claimWith(list, 'Grenzen')).toMatchObject({ claimant: 'Luc Martin' });
    expect(claimWith(list, 'Löhne')).toMatchObject({ claimant: 'Konrad Albers', claimantRole: 'Vorsitzender der Gewerkschaft Nord' });
  });

  it('gives a definite role to the last person only when the article does not give them another office', () => {
    const other = de('Bürgermeister Jonas Haller gab am Morgen seine Stimme ab. Wie der Kreiswahlleiter mitteilte, lag die Beteiligung bei 40 Prozent.');
    expect(claimWith(other, 'Beteiligung').claimant).toBe('Kreiswahlleiter');
    const described = de('Umweltministerin Greta Lind hat neue Messstellen zugesagt. Sie sollen im Mai stehen, sagte die Grünen-Politikerin in Kiel.');
    expect(claimWith(described, 'Mai').claimant).toBe('Greta Lind');
  });

  it('resolves a pronoun only when gender and number fit and no other person competes', () => {
    const two = de('Bundeskanzler Friedrich Merz traf am Montag Frankreichs Präsident Emmanuel Macron in Paris. Er sagte, die Gespräche seien gut verlaufen.');
    expect(claimWith(two, 'Gespräche')).toMatchObject({ kind: 'reported', claimant: null });
    const marked = de('Innenministerin Nancy Faeser traf am Montag den Polizeipräsidenten Klaus Meier in Berlin. Sie sagte, die Lage sei ruhig.');
    expect(claimWith(marked, 'Lage')).toMatchObject({ claimant: 'Nancy Faeser' });
    const one = de('Die Ministerin Clara Stein besuchte die Klinik. Sie sagte, die Pflege brauche mehr Personal.');
    expect(claimWith(one, 'Pflege')).toMatchObject({ claimant: 'Clara Stein' });
  });

  it('keeps the speaker of a quotation that runs over several sentences', () => {
    const list = de('„Wir haben lange verhandelt. Am Ende hat es sich gelohnt. Die Einigung steht“, sagte Lena Hoff. Der Vertrag gilt ab Mai.');
    for (const needle of ['verhandelt', 'gelohnt', 'Einigung']) expect(claimWith(list, needle)).toMatchObject({ kind: 'quote', claimant: 'Lena Hoff' });
    expect(claimWith(list, 'Vertrag')).toMatchObject({ kind: 'statement', claimant: null });
  });
});

describe('German attribution: kind follows the text', () => {
  it('tells quote, reported speech and the article\'s own statement apart', () => {
    const list = de('Die Ministerin Clara Stein sagte: „Wir investieren zehn Millionen Euro.“ Sie betonte, das Geld sei gut angelegt. Die Klinik hat 300 Betten.\n' +
      'Der Arzt Paul Ries sagte: „Die Lage ist ernst, und wir brauchen Hilfe');
    expect(claimWith(list, 'investieren')).toMatchObject({ kind: 'quote', claimant: 'Clara Stein' });
    expect(claimWith(list, 'angelegt')).toMatchObject({ kind: 'reported', claimant: 'Clara Stein' });
    expect(claimWith(list, 'Betten')).toMatchObject({ kind: 'statement', claimant: null });
    // A quotation still open at the end of its paragraph is a quote all the same.
    expect(claimWith(list, 'Hilfe')).toMatchObject({ kind: 'quote', claimant: 'Paul Ries' });
  });

  it('ends a quotation that lost its closing mark with its sentence in prose without line breaks', () => {
    const filler = 'Der Hafen wurde im Jahr 1890 gebaut und seitdem mehrfach erweitert. '.repeat(25);
    const text = `Der Bürgermeister Otto Kranz sagte: „Wir bauen weiter. ${filler}Die Fähre fährt ab Mai wieder.`;
    const list = de(text);
    expect(claimWith(list, 'Fähre')).toMatchObject({ kind: 'statement', claimant: null });
  });
});

describe('German attribution: classes of session 5 (light verbs, modals, coordination, views, colon intros)', () => {
  it('reads light-verb phrases and participles written apart from their particle', () => {
    const list = de([
      'Die Ministerin Anna Roth machte deutlich, dass die Schule erhalten bleibe.',
      'Die Behörde hat am Freitag in einer Mitteilung bekannt gegeben, dass die Brücke gesperrt bleibt.',
      'Die Aktivistin Lea Brandt zeigte sich besonders darüber besorgt, dass die Mieten stiegen.',
    ].join(' '));
    expect(claimWith(list, 'Schule')).toMatchObject({ kind: 'reported', claimant: 'Anna Roth' });
    expect(claimWith(list, 'Brücke')).toMatchObject({ kind: 'reported' });
    expect(claimWith(list, 'Brücke').claimant).toMatch(/Behörde/);
    expect(claimWith(list, 'Mieten')).toMatchObject({ kind: 'reported', claimant: 'Lea Brandt' });
  });

  it('reads a modal with the infinitive or perfect of saying, and not a refusal to say', () => {
    const list = de([
      'Der Sprecher Jonas Keller will am Montag erklären, dass der Hafen geschlossen wird.',
      'Der Minister Paul Kern soll gesagt haben, die Steuern würden steigen.',
      'Der Trainer Tim Vogt wollte nicht bestätigen, dass der Torwart den Verein verlässt.',
      'Der Wirt Udo Lang wollte sich am Abend wieder melden.',
    ].join(' '));
    expect(claimWith(list, 'Hafen')).toMatchObject({ kind: 'reported', claimant: 'Jonas Keller' });
    expect(claimWith(list, 'Steuern')).toMatchObject({ kind: 'reported', claimant: 'Paul Kern' });
    expect(claimWith(list, 'Torwart').claimant).toBeNull();
    const melden = list.find((c) => c.text.includes('melden'));
    expect(melden?.claimant ?? null).toBeNull();
  });

  it('reads coordinated speakers and a second verb of saying after the subject\'s first verb', () => {
    const list = de([
      'Die Ärztin Mia Lorenz und Tom Weber erklärten, die Station werde 2027 fertig.',
      'Der Trainer Ole Brandt war ebenfalls anwesend und sagte bei der Gelegenheit, er freue sich über den Sieg.',
    ].join(' '));
    expect(claimWith(list, 'Station')).toMatchObject({ kind: 'reported', claimant: 'Mia Lorenz' });
    expect(claimWith(list, 'Sieg')).toMatchObject({ kind: 'reported', claimant: 'Ole Brandt' });
  });

  it('reads a view held with "hält es für …, dass"', () => {
    const c = claimWith(de('Die Ärztin Mia Lorenz hält es für unwahrscheinlich, dass die Seuche zurückkehrt.'), 'Seuche');
    expect(c).toMatchObject({ kind: 'reported', claimant: 'Mia Lorenz' });
  });

  it('reads "äußerte sich X" after a quotation, and no claimant for a remark without a message', () => {
    const list = de('„Die Lage ist ernst“, äußerte sich der Chef der Feuerwehr, Paul Kern, in Kiel. Auch die Politikerin Anna Roth äußerte sich kritisch gegenüber den Plänen. Das „Hafenhaus“ in Kiel äußerte sich bisher nicht zu dem Streit.');
    expect(claimWith(list, 'Lage')).toMatchObject({ kind: 'quote', claimant: 'Paul Kern' });
    for (const needle of ['kritisch', 'Hafenhaus']) {
      const c = list.find((x) => x.text.includes(needle));
      expect(c?.claimant ?? null).toBeNull();
    }
  });

  it('gives a quotation after a colon to the subject of the sentence that introduces it, whatever its verb', () => {
    const list = de('Die Ärztin Mia Lorenz empfindet die Kritik als ungerecht: „Wir haben alles richtig gemacht. Die Prüfung wird es zeigen.“ Hier sparte der Bürgermeister Paul Kern nicht mit Kritik: „Die Stadt ist pleite.“');
    expect(claimWith(list, 'richtig')).toMatchObject({ kind: 'quote', claimant: 'Mia Lorenz' });
    expect(claimWith(list, 'Prüfung')).toMatchObject({ kind: 'quote', claimant: 'Mia Lorenz' });
    expect(claimWith(list, 'pleite')).toMatchObject({ kind: 'quote', claimant: 'Paul Kern' });
  });
});

describe('German verb data', () => {
  it('makes every form of a lemma: split and joined separable verbs, participles, strong verbs', () => {
    expect(GERMAN.separableVerbs.get('wies')?.split('|')).toContain('zurück');
    expect(GERMAN.speechVerbs.has('zurückwies')).toBe(true);
    expect(GERMAN.participles.has('zurückgewiesen')).toBe(true);
    expect(GERMAN.separableVerbs.get('teilte')?.split('|')).toContain('mit');
    expect(GERMAN.participles.has('mitgeteilt')).toBe(true);
    expect(GERMAN.speechVerbs.has('kommentierte')).toBe(true);
    expect(GERMAN.participles.has('kommentiert')).toBe(true); // no "ge-" after an -ieren verb
    expect(GERMAN.participles.has('bekanntgegeben')).toBe(true);
    expect(GERMAN.contentVerbs.has('befürchtet')).toBe(true);
    expect(GERMAN.separableVerbs.get('machte')?.split('|')).toContain('deutlich');
    expect(GERMAN.contentVerbs.has('signalisiert')).toBe(true);
  });
});

describe('German attribution on bad input', () => {
  it('answers on unbalanced quotes, a 10,000-word sentence and a 1 MB line without spaces, in any script', () => {
    const inputs = [
      '„'.repeat(200_000) + ' sagte er.',
      ('„Das ist offen, sagte sie ' + '» « “ ” '.repeat(5)).repeat(20_000),
      'Der Minister sagte, ' + 'dass das Wort '.repeat(10_000) + 'stimmt.',
      'x'.repeat(1_000_000),
      'Министр сказал: «Всё в порядке». 部长说：“一切正常。” قال الوزير إن كل شيء على ما يرام.'.repeat(2000),
    ];
    for (const text of inputs) {
      const { claims: list } = extractClaims(text, { language: 'de' });
      for (const c of list) expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });
});

describe('speech whose source the article leaves open', () => {
  const kindOf = (text: string, part: string) => {
    const found = extractClaims(text, { language: 'de' }).claims.find((c) => c.text.includes(part));
    return found ? { kind: found.kind, claimant: found.claimant } : null;
  };

  it('reads the impersonal passive of a verb of saying or stance with its content as reported, by nobody named', () => {
    expect(kindOf('Dem Bürgermeister wird vorgeworfen, Fördergelder in Höhe von 40.000 Euro falsch verbucht zu haben.', 'Fördergelder')).toEqual({ kind: 'reported', claimant: null });
    expect(kindOf('Es wurde vermutet, dass die Brücke schon 2019 marode gewesen sei.', 'Brücke')).toEqual({ kind: 'reported', claimant: null });
  });

  it('reads "wonach" and hearsay "sollen" with a perfect infinitive as reported', () => {
    expect(kindOf('Es gibt eine Schätzung, wonach im Jahr 2020 rund 12.000 Wohnungen fehlten.', 'Wohnungen')).toEqual({ kind: 'reported', claimant: null });
    expect(kindOf('Der Kassenwart soll 2021 rund 3.000 Euro aus der Vereinskasse genommen haben.', 'Vereinskasse')).toEqual({ kind: 'reported', claimant: null });
  });

  it('leaves the article’s own statements alone: a plain passive, a plan with "soll", a relative clause', () => {
    expect(kindOf('Die Brücke wurde 1965 für 4 Millionen Mark gebaut.', 'Brücke')?.kind).toBe('statement');
    expect(kindOf('Die neue Schule soll im Jahr 2026 eröffnet werden.', 'Schule')?.kind).toBe('statement');
    expect(kindOf('Der Plan, der im März vorgestellt wurde, kostet 12 Millionen Euro.', 'Plan')?.kind).toBe('statement');
  });
});

describe('a time of day before the verb', () => {
  it('reads "Um 15:36 Uhr meldete X, …" like "Am Montag meldete X, …": the colon of a time introduces nothing', () => {
    const found = extractClaims('Um 15:36 Uhr meldete die Stadtverwaltung, die Straße sei wieder frei.', { language: 'de' }).claims[0];
    expect(found).toMatchObject({ kind: 'reported', claimant: 'Stadtverwaltung' });
    const score = extractClaims('Das Spiel endete 2:1, sagte der Trainer.', { language: 'de' }).claims[0];
    expect(score).toMatchObject({ kind: 'reported', claimant: 'Trainer' });
  });
});

describe('groups, parentheses and owners (fourth round of #10 classes)', () => {
  const first = (text: string, part: string) => {
    const found = extractClaims(text, { language: 'de' }).claims.find((c) => c.text.includes(part));
    return found ? { kind: found.kind, claimant: found.claimant } : null;
  };

  it('never gives a group ("die Wissenschaftler") to the one person named before', () => {
    const text = 'Der Physiker Lars Henning leitet das Projekt in Bremen. Bislang gingen die Wissenschaftler davon aus, dass das Eis langsamer schmilzt.';
    expect(first(text, 'Eis')).toEqual({ kind: 'reported', claimant: 'Wissenschaftler' });
    // A woman's role after "die" is still one person.
    const one = 'Ministerin Carla Brandt besuchte die Schule. Die Ministerin sagte, das Gebäude werde saniert.';
    expect(first(one, 'Gebäude')).toEqual({ kind: 'reported', claimant: 'Carla Brandt' });
  });

  it('reads past a short parenthesis after a name: party, age, abbreviation', () => {
    expect(first('In der Debatte hat Staatssekretär Jan Wolff (Grüne) gefordert, die Steuer zu senken.', 'Steuer')?.claimant).toBe('Jan Wolff');
    expect(first('Der Vorsitzende Kurt Meier (58) sagte, die Lage sei ernst.', 'Lage')?.claimant).toBe('Kurt Meier');
    expect(first('Im Vorfeld hatte der Landesverband (LV) der Bäcker betont, dass die Preise stabil seien.', 'Preise')?.claimant).toMatch(/Landesverband/);
  });

  it('names the owner of an opinion in the genitive and reads past a date inside the source phrase', () => {
    expect(first('Nach Brandts Meinung werden zu viele Entscheidungen vertagt.', 'Entscheidungen')).toEqual({ kind: 'reported', claimant: 'Brandt' });
    expect(first('Laut einer am Dienstag veröffentlichten Mitteilung des Roten Kreuzes wurden 2.000 Menschen versorgt.', 'Menschen')?.claimant).toMatch(/Roten Kreuz$/);
    // "nach der Veröffentlichung" is a time, not a source.
    expect(first('Nach der Veröffentlichung des Videos kam es zu Protesten.', 'Protesten')?.claimant).toBeNull();
  });

  it('reads a hyphenated role ("Distrikt-Gouverneur") as the role, in the nominative', () => {
    expect(first('Der Distrikt-Gouverneur teilte mit, dass die Straße gesperrt bleibe.', 'Straße')).toEqual({ kind: 'reported', claimant: 'Distrikt-Gouverneur' });
    expect(first('Der Redakteur sagte, die Zeitung erscheine weiter.', 'Zeitung')).toEqual({ kind: 'reported', claimant: 'Redakteur' });
  });

  it('reads adverbs between "wie" and its subject', () => {
    expect(first('Wie schon die Feuerwehr sagte, ist das Haus nicht mehr zu retten.', 'Haus')).toEqual({ kind: 'reported', claimant: 'Feuerwehr' });
  });

  it('reads a website, a dative pronoun before "zufolge", one\'s own account and "dem Vernehmen nach"', () => {
    expect(first('Laut wahlblog.de liegt die Partei vorn.', 'Partei')).toEqual({ kind: 'reported', claimant: 'wahlblog.de' });
    expect(first('Die Wahlleiterin Petra Hahn gab das Ergebnis bekannt. Ihr zufolge lag die Beteiligung bei 60 Prozent.', 'Beteiligung')).toEqual({ kind: 'reported', claimant: 'Petra Hahn' });
    expect(first('Der Bruder des Bürgermeisters, Karl Lenz, war nach eigenem Bekunden nicht eingeweiht.', 'eingeweiht')).toEqual({ kind: 'reported', claimant: 'Karl Lenz' });
    expect(first('Die Feuerwehr hat nach eigenen Angaben die halbe Halle abgesucht.', 'Halle')).toEqual({ kind: 'reported', claimant: 'Feuerwehr' });
    expect(first('Dem Vernehmen nach soll der Trainer bis zum Sommer bleiben.', 'Trainer')).toEqual({ kind: 'reported', claimant: null });
  });

  it('reads words quoted as what the speaker called something as a direct quote, but not the article\'s own marks', () => {
    expect(first('Die Ministerin Ute Kranz bezeichnete den Plan als „Wortbruch“.', 'Plan')).toEqual({ kind: 'quote', claimant: 'Ute Kranz' });
    expect(first('Der Abgeordnete Tim Roth sprach von einer „gezielten Kampagne“.', 'Kampagne')).toEqual({ kind: 'quote', claimant: 'Tim Roth' });
    // Quoted words inside reported speech, and an "according to" source, stay reported.
    expect(first('Der Abgeordnete Tim Roth sagte, die Lage sei „ernst“.', 'Lage')?.kind).toBe('reported');
    expect(first('Nach Angaben der Polizei umstellten Beamte das als „Dschungel“ bekannte Lager.', 'Lager')?.kind).toBe('reported');
  });

  it('lets bodies in the plural speak without an article', () => {
    expect(first('Hilfsorganisationen befürchten, dass die Zahl der Opfer steigt.', 'Opfer')?.claimant).toBe('Hilfsorganisationen');
    expect(first('In der Region ist die Miliz aktiv, wie Menschenrechtsorganisationen betonen.', 'Miliz')?.claimant).toBe('Menschenrechtsorganisationen');
  });

  it('reads a law or treaty as the source, named as written, but no genitive after it as the speaker', () => {
    expect(first('Nach dem Grundgesetz darf die Landesregierung keine Steuern erheben.', 'Steuern')).toEqual({ kind: 'reported', claimant: 'Grundgesetz' });
    expect(first('Nach Artikel 12 der Verfassung wählt der Landtag den Präsidenten.', 'Landtag')).toEqual({ kind: 'reported', claimant: 'Artikel 12 der Verfassung' });
    expect(first('Im Todesfall übernimmt laut Verfassung der Senatspräsident das Amt.', 'Amt')?.claimant).toBe('Verfassung');
    expect(first('Gemäß dem Abkommen von Turin dürfen die Boote den Hafen nutzen.', 'Hafen')?.claimant).toBe('Abkommen');
    expect(first('Nach dem Wassergesetz von 1990 müssen die Gemeinden die Brunnen prüfen.', 'Brunnen')?.claimant).toBe('Wassergesetz');
    // A demand for a treaty is no source.
    expect(first('Die Gewerkschaft scheiterte mit ihrer Forderung nach einem neuen Vertrag.', 'Forderung')?.claimant ?? null).toBeNull();
  });
});
