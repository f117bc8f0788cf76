// German attribution, classes of miss fixed in session 11 (issue #10). Each class has sentences
// written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a content clause in the Konjunktiv of any verb, after a light-verb phrase', () => {
  it('reads the Konjunktiv by its form where the finite verb stands ("die Partei stagniere", "die Welt befände sich")', () => {
    const list = de([
      'Anna Kessler vertrat die These, die Kommune verschwende Geld.',
      'Der Landesverband zog die Schlussfolgerung, die Brücke befände sich in schlechtem Zustand.',
    ].join(' '));
    expect(claimWith(list, 'Kommune')).toMatchObject({ kind: 'reported', claimant: 'Anna Kessler' });
    expect(claimWith(list, 'Brücke')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Landesverband/) });
  });

  it('takes the subject of a perfect ("hatte … die These vertreten, …")', () => {
    const c = claimWith(de('Jonas Brandt hatte am Montag in einem Gespräch mit dem Stadtanzeiger die Position vertreten, der Verein brauche einen neuen Vorstand.'), 'Verein');
    expect(c).toMatchObject({ kind: 'reported', claimant: 'Jonas Brandt' });
  });

  it('leaves a relative clause and a preterite in -te alone', () => {
    expect(claimWith(de('Die Stadt kaufte eine Halle, die große Fenster hatte.'), 'Halle')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(de('Der Verein mietete einen Saal, der Wirt verlangte wenig.'), 'Saal')).toMatchObject({ kind: 'statement', claimant: null });
    // A copula is no finite verb of a view: "X ist die erste Aussage, …" names nobody.
    expect(claimWith(de('Die Zählung ist die erste dieser Art, dass sie online läuft.'), 'Zählung').claimant).toBeNull();
  });
});

describe('a verb of naming with its object before the quoted name', () => {
  it('reads "nannte den Plan eine „Luftnummer“" as a quote, and a quoted adjective as reported', () => {
    expect(claimWith(de('Die Stadträtin Eva Lorenz nannte den Haushaltsplan eine „Luftnummer“.'), 'Haushaltsplan')).toMatchObject({ kind: 'quote', claimant: 'Eva Lorenz' });
    expect(claimWith(de('Kurt Albers nannte die Entscheidung der Jury „einen Fehlgriff“.'), 'Jury')).toMatchObject({ kind: 'quote', claimant: 'Kurt Albers' });
    expect(claimWith(de('Kurt Albers nannte die Gebühr „deutlich zu hoch“.'), 'Gebühr')).toMatchObject({ kind: 'reported', claimant: 'Kurt Albers' });
  });
});

describe('a masculine noun in -ein after "der" is a subject, not a dative', () => {
  it('reads "Der Verein teilte mit, …" and "Der Sportverein erklärte, …" with their speaker', () => {
    const list = de('Der Verein teilte mit, dass die Halle im Mai schließt. Der Sportverein erklärte, die Saison sei beendet.');
    expect(claimWith(list, 'Halle')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Verein/) });
    expect(claimWith(list, 'Saison')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Sportverein/) });
  });
});

describe('an aside between two dashes stands outside the clause', () => {
  it('finds the subject after "– … –" and keeps an aside that attributes by itself', () => {
    const list = de('Der Damm ist undicht. Dies gab am Montag – nach langen Messungen am Ufer – Ingenieurin Petra Schwarz bekannt.');
    expect(claimWith(list, 'Messungen')).toMatchObject({ kind: 'reported', claimant: 'Petra Schwarz' });
    expect(claimWith(list, 'Damm')).toMatchObject({ kind: 'reported', claimant: 'Petra Schwarz' });
    expect(claimWith(de('Die Lage bleibe – so der Landrat Uwe Brandt – angespannt.'), 'Lage').claimant).toBe('Uwe Brandt');
  });
});

describe('verbs of view, reflection and judgement, and adverbs before a stance predicate', () => {
  it('reads "sah es als … an, …", "denken darüber nach, …", "benannte als Ziel, …", "Dies urteilte …"', () => {
    const list = de([
      'Als dringendste Aufgabe sieht es die Bürgermeisterin Jana Wolff an, den Busverkehr auszubauen.',
      'Die Stadtwerke denken darüber nach, die Preise zu senken.',
      'Der Landesverband benannte als Ziel, mehr Schwimmkurse anzubieten.',
      'Die Gebühr ist unzulässig. Dies urteilte am Freitag das Landgericht.',
    ].join(' '));
    expect(claimWith(list, 'Busverkehr')).toMatchObject({ kind: 'reported', claimant: 'Jana Wolff' });
    expect(claimWith(list, 'Preise')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Stadtwerke/) });
    expect(claimWith(list, 'Schwimmkurse')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Landesverband/) });
    expect(claimWith(list, 'urteilte')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Landgericht/) });
  });

  it('leaves "sah sich den Film an" and "urteilte über den Fall" as acts', () => {
    expect(claimWith(de('Der Minister sah sich den neuen Film an, der im Kino lief.'), 'Film')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(de('Das Landgericht urteilte am Montag über den Fall der Brauerei.'), 'Brauerei')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('passes adverbs between the copula and the stance predicate ("ist dennoch zuversichtlich, …")', () => {
    expect(claimWith(de('Die Landesregierung ist dennoch zuversichtlich, den Flughafen im Herbst zu eröffnen.'), 'Flughafen')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Landesregierung/) });
  });
});

describe('a speech act named by its noun, its author in the genitive and its content after it', () => {
  it('reads "die Forderung des X, …zu…", "der Ankündigung ihres Trainers, Name, …", "Dem Appell der Polizei, …"', () => {
    const list = de([
      'Verärgert reagierte der Stadtrat auf die Forderung des Kreisvorsitzenden Peter Vogt, das Freibad zu schließen.',
      'Trotz der Ankündigung ihres Kapitäns, Lars Henke, den Verein zu verlassen, gewann die Mannschaft.',
      'Dem Aufruf der Polizei, die Fenster geschlossen zu halten, folgten die meisten Anwohner.',
    ].join(' '));
    expect(claimWith(list, 'Freibad')).toMatchObject({ kind: 'reported', claimant: 'Peter Vogt' });
    expect(claimWith(list, 'Kapitäns')).toMatchObject({ kind: 'reported', claimant: 'Lars Henke' });
    expect(claimWith(list, 'Fenster')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Polizei/) });
  });

  it('needs the content: "lehnte die Forderung der Gewerkschaft ab." and a relative clause name nobody', () => {
    expect(claimWith(de('Der Vorstand lehnte die Forderung der Gewerkschaft ab.'), 'Vorstand').claimant).toBeNull();
    expect(claimWith(de('Die Forderung der Gewerkschaft, die seit Mai streikt, blieb ohne Antwort.'), 'Antwort').claimant).toBeNull();
  });
});

describe('naming is no speech; an anaphoric clause with a focus particle attributes', () => {
  it('reads "…, genannt „Name“" as a name given, not a speaker', () => {
    const list = de('Seit Mai gilt eine neue Norm für Ladekabel, genannt „Stecker Zwei“. Das Gerät wurde mit der alten Norm, genannt „Stecker Eins“, verkauft.');
    expect(claimWith(list, 'Ladekabel').claimant).toBeNull();
    expect(claimWith(list, 'Gerät').claimant).toBeNull();
  });

  it('reads "– das zumindest meint X" and "…, das jedenfalls sagte Y" as X\'s and Y\'s', () => {
    expect(claimWith(de('Der Umbau ist überfällig – das zumindest meint Carla Weiß vom Mieterbund.'), 'Umbau')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Carla Weiß/) });
    expect(claimWith(de('Die Fähre fährt wieder, das jedenfalls sagte Tom Brink.'), 'Fähre')).toMatchObject({ kind: 'reported', claimant: 'Tom Brink' });
  });
});

describe('a reported lead-in before a colon is a claim apart from the quotation it introduces', () => {
  it('splits "Sie glaubt, dass … sei: „…“" into reported speech and the quote', () => {
    const list = de('Die Trainerin Mara Roth glaubt, dass die Mannschaft gestärkt aus der Saison hervorgehe: „Wir haben viel gelernt. Jetzt greifen wir an.“');
    expect(claimWith(list, 'hervorgehe')).toMatchObject({ kind: 'reported', claimant: 'Mara Roth' });
    expect(claimWith(list, 'gelernt')).toMatchObject({ kind: 'quote', claimant: 'Mara Roth' });
    expect(claimWith(list, 'hervorgehe').text).not.toContain('gelernt');
  });

  it('keeps a lead-in that reports nothing by itself with its quotation ("Sie sagte: „…“")', () => {
    const list = de('Die Trainerin Mara Roth sagte nach dem Spiel in der Halle: „Wir haben viel gelernt.“');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'quote', claimant: 'Mara Roth' });
  });
});

describe('a present participle opening the sentence is an adverb, and adverbs may stand before the comma of a quote', () => {
  it('reads "Ergänzend fügte X hinzu" and "Stellvertretend für … empfahl Y, …" with X and Y as speakers', () => {
    expect(claimWith(de('Ergänzend fügte der Bürgermeister Jan Petersen hinzu: „Das Geld ist da.“'), 'Geld').claimant).toBe('Jan Petersen');
    expect(claimWith(de('Stellvertretend für den Vorstand empfahl die Vorsitzende Ina Boll, die Beiträge zu senken.'), 'Beiträge').claimant).toBe('Ina Boll');
  });

  it('reads "Die Feuerwehr bekräftigte auch, „…“" as a quote', () => {
    expect(claimWith(de('Die Feuerwehr bekräftigte auch, „Der Deich hält.“'), 'Deich').kind).toBe('quote');
  });
});

describe('a speech act that comes from its source ("erfolgte durch X", "kommt von X", "Von X kam die …")', () => {
  it('names the source after "durch", "vom" and before "kam"', () => {
    const list = de([
      'Die Ankündigung erfolgte durch Lena Ortmann, eine Sprecherin der Behörde, in Kiel.',
      'Kritik kommt vom Mieterverein Nord, der die Erhöhung für unzulässig hält.',
      'Von der Bundespolizei kam die Information, der Zug stehe noch in Hamm.',
    ].join(' '));
    expect(claimWith(list, 'Ortmann')).toMatchObject({ kind: 'reported', claimant: 'Lena Ortmann' });
    expect(claimWith(list, 'Mieterverein')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Mieterverein Nord/) });
    expect(claimWith(list, 'Hamm')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Bundespolizei/) });
  });

  it('leaves a speech act noun with another verb alone ("Die Kritik wuchs.")', () => {
    expect(claimWith(de('Die Kritik an der Stadtverwaltung wuchs im Sommer deutlich.'), 'Kritik').claimant).toBeNull();
  });
});
