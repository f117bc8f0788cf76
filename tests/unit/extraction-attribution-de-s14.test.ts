// German attribution, classes of miss fixed in session 14 (issue #10). Each class has sentences
// written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('plural bodies speak', () => {
  it('reads "Zeitungen", "Regierungen", "Organisationen" as speakers, as their singulars are', () => {
    const list = de([
      'Mehrere Zeitungen berichteten, der Bürgermeister sei zurückgetreten.',
      'Die Regierungen beider Länder haben erklärt, dass die Grenze offen bleibe.',
      'Einige Organisationen warnten, die Vorräte reichten nur noch eine Woche.',
    ].join(' '));
    expect(claimWith(list, 'Bürgermeister')).toMatchObject({ kind: 'reported', claimant: 'Zeitungen' });
    expect(claimWith(list, 'Grenze')?.claimant).toMatch(/^Regierungen/);
    expect(claimWith(list, 'Vorräte')).toMatchObject({ kind: 'reported', claimant: 'Organisationen' });
  });
});

describe('a particle that closes the clause makes another verb of a verb of saying', () => {
  it('reads "sagte … Hilfe zu." as a pledge of an act, not speech', () => {
    const list = de('Die Stadtverwaltung sagte den Vereinen schnelle finanzielle Unterstützung für die Sanierung zu.');
    expect(claimWith(list, 'Sanierung')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('still reads "sagte zu, dass …" and "sagte zu Beginn, …" as speech', () => {
    const list = de([
      'Der Landrat sagte zu, dass die Schule bis zum Herbst saniert werde.',
      'Die Trainerin sagte zu Beginn der Sitzung, das Team sei gut vorbereitet.',
    ].join(' '));
    expect(claimWith(list, 'Herbst')).toMatchObject({ kind: 'reported', claimant: 'Landrat' });
    expect(claimWith(list, 'vorbereitet')).toMatchObject({ kind: 'reported', claimant: 'Trainerin' });
  });
});

describe('Konjunktiv that goes on over sentences', () => {
  it('keeps the speaker of "X sagte, … sei" for the Konjunktiv sentences after it', () => {
    const list = de([
      'Die Bürgermeisterin Karin Lenz sagte am Montag, die Stadt sei auf das Hochwasser vorbereitet.',
      'Die Feuerwehr habe genug Personal.',
      'Zudem werde die Uferstraße bis Freitag gesperrt.',
      'Der Stadtrat tagt am Dienstag.',
    ].join(' '));
    expect(claimWith(list, 'Personal')).toMatchObject({ kind: 'reported', claimant: 'Karin Lenz' });
    expect(claimWith(list, 'Uferstraße')).toMatchObject({ kind: 'reported', claimant: 'Karin Lenz' });
    expect(claimWith(list, 'Stadtrat')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('gives it to a speaker who answered in between with a verb and no message of their own', () => {
    const list = de([
      'Die Bürgermeisterin Karin Lenz sagte am Montag, die Stadt sei auf das Hochwasser vorbereitet.',
      'Paul Roth, Sprecher der Opposition, widersprach.',
      'Die Vorbereitung sei mangelhaft gewesen.',
      'Es fehle an Sandsäcken.',
    ].join(' '));
    expect(claimWith(list, 'mangelhaft')).toMatchObject({ kind: 'reported', claimant: 'Paul Roth' });
    expect(claimWith(list, 'Sandsäcken')).toMatchObject({ kind: 'reported', claimant: 'Paul Roth' });
  });
});

describe('a body that opens a lead-in before a colon', () => {
  it('gives the quotation to "Die Firma …:" and "Die Gewerkschaft …:" whatever their verb', () => {
    const list = de([
      'Die Firma hält die Vorwürfe für übertrieben: „Unsere Lager wurden jedes Jahr geprüft.“',
      'Die Gewerkschaft sieht das anders: „Die Prüfungen waren oberflächlich.“',
    ].join(' '));
    expect(claimWith(list, 'Lager')).toMatchObject({ kind: 'quote', claimant: 'Firma' });
    expect(claimWith(list, 'oberflächlich')).toMatchObject({ kind: 'quote', claimant: 'Gewerkschaft' });
  });
});

describe('more verbs of stance and finding with their content', () => {
  it('reads herausfinden, erinnern, sich beschweren, verdeutlichen, geltend machen with a message', () => {
    const list = de([
      'Die Geologen fanden heraus, dass der Hang seit Jahren rutscht.',
      'Der Landrat erinnerte daran, dass die Anmeldefrist im Juni ende.',
      'Die Mieter beschwerten sich, die Heizung falle ständig aus.',
      'Der Polizeisprecher verdeutlichte, dass keine Gefahr für Anwohner bestehe.',
      'Die Verteidigerin machte geltend, ihr Mandant sei zur Tatzeit im Ausland gewesen.',
    ].join(' '));
    expect(claimWith(list, 'Hang')).toMatchObject({ kind: 'reported', claimant: 'Geologen' });
    expect(claimWith(list, 'Anmeldefrist')).toMatchObject({ kind: 'reported', claimant: 'Landrat' });
    expect(claimWith(list, 'Heizung')).toMatchObject({ kind: 'reported', claimant: 'Mieter' });
    expect(claimWith(list, 'Anwohner')).toMatchObject({ kind: 'reported', claimant: 'Polizeisprecher' });
    expect(claimWith(list, 'Tatzeit')).toMatchObject({ kind: 'reported', claimant: 'Verteidigerin' });
  });

  it('reads them as acts without a message', () => {
    const list = de([
      'Der Bürgermeister erinnerte an die Opfer des Unglücks vom vergangenen Winter.',
      'Die Mieter beschwerten sich über den Lärm der Baustelle am Wochenende.',
    ].join(' '));
    expect(claimWith(list, 'Opfer')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(list, 'Baustelle')).toMatchObject({ kind: 'statement', claimant: null });
  });
});

describe('a short quoted name is one name', () => {
  it('reads "die Initiative „Mehr Licht für alle“" and a sentence opened by a quoted name as the speaker', () => {
    const list = de([
      'Die Initiative „Bürger für Bäume“ erklärte, die Fällungen seien unnötig.',
      '„Wald ohne Grenzen“ kündigte an, im Frühjahr neue Eichen zu pflanzen.',
    ].join(' '));
    expect(claimWith(list, 'Fällungen')).toMatchObject({ kind: 'reported', claimant: 'Initiative Bürger für Bäume' });
    expect(claimWith(list, 'Eichen')).toMatchObject({ kind: 'reported', claimant: 'Wald ohne Grenzen' });
  });

  it('still reads a short quotation before ", sagte X" as a quote', () => {
    const list = de('„Das reicht nicht“, sagte die Sprecherin des Vereins.');
    expect(claimWith(list, 'reicht')).toMatchObject({ kind: 'quote', claimant: 'Sprecherin des Vereins' });
  });
});

describe('a prepositional phrase between the subject and its verb', () => {
  it('reads "Ein Sprecher auf Seiten der Rebellen hatte erklärt, …" and "Bürger ohne Grenzen teilte mit, …"', () => {
    const list = de([
      'Ein Sprecher auf Seiten der Rebellen hatte erklärt, die Waffenruhe gelte ab Sonntag.',
      'Bürger ohne Grenzen teilte gestern mit, zwei Lastwagen seien in Goma angekommen.',
    ].join(' '));
    expect(claimWith(list, 'Waffenruhe')).toMatchObject({ kind: 'reported', claimant: 'Sprecher' });
    // (The name is cut at its lower-case word for now: "Bürger"; "Bürger ohne Grenzen" would be better.)
    expect(claimWith(list, 'Lastwagen')).toMatchObject({ kind: 'reported' });
    expect(claimWith(list, 'Lastwagen')?.claimant).toMatch(/^Bürger/);
  });

  it('takes no adverb, quantity or fronted object for the subject', () => {
    const list = de([
      'Unmittelbar nach der Wahl hat die Kommission das Ergebnis bekannt gegeben.',
      'Die Vorwürfe gegen den Trainer wollte der Verein nicht kommentieren.',
    ].join(' '));
    expect(claimWith(list, 'Ergebnis')?.claimant ?? null).not.toBe('Unmittelbar');
    expect(claimWith(list, 'Trainer')?.claimant ?? null).not.toBe('Vorwürfe');
  });
});

describe('a body named by what it is about', () => {
  it('reads "Die Interessengemeinschaft Bodenschutz" and "Die Regierungsparteien" as speakers', () => {
    const list = de([
      'Die Interessengemeinschaft Bodenschutz hat in einer Stellungnahme bekannt gegeben, dass das Wasser sauber sei.',
      'Die Regierungsparteien erklärten, der Haushalt werde im März beschlossen.',
    ].join(' '));
    expect(claimWith(list, 'Wasser')).toMatchObject({ kind: 'reported', claimant: 'Interessengemeinschaft Bodenschutz' });
    expect(claimWith(list, 'Haushalt')).toMatchObject({ kind: 'reported', claimant: 'Regierungsparteien' });
  });
});

describe('a verb of stance right after a quotation', () => {
  it('gives "„…“, erinnerte sich X" and "„…“, begründet Y …" to their subject', () => {
    const list = de([
      '„Im ersten Winter hatten wir kaum Heizöl“, erinnerte sich die Gründerin später.',
      '„Der Vertrag war nichtig“, begründet das Landgericht sein Urteil.',
    ].join(' '));
    expect(claimWith(list, 'Heizöl')).toMatchObject({ kind: 'quote', claimant: 'Gründerin' });
    expect(claimWith(list, 'nichtig')).toMatchObject({ kind: 'quote', claimant: 'Landgericht' });
  });
});
