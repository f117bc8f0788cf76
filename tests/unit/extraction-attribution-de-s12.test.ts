// German attribution, classes of miss fixed in session 12 (issue #10). Each class has sentences
// written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('verbs of request and directive with an infinitive clause', () => {
  it('reads "hat … gebeten, …", "hat … beantragt, …", "riet … ab, …" as reported speech of their subject', () => {
    const list = de([
      'Die Bürgermeisterin Petra Sommer hat den Landrat gebeten, die Schließung des Bades zu überdenken.',
      'Der Schulleiter Bernd Kraus hat beim Ministerium beantragt, die Klassenfahrt zu verschieben.',
      'Der Arzt Tim Behrens riet den Eltern davon ab, die Kinder in die Kita zu schicken.',
    ].join(' '));
    expect(claimWith(list, 'Bades')).toMatchObject({ kind: 'reported', claimant: 'Petra Sommer' });
    expect(claimWith(list, 'Klassenfahrt')).toMatchObject({ kind: 'reported', claimant: 'Bernd Kraus' });
    expect(claimWith(list, 'Kita')).toMatchObject({ kind: 'reported', claimant: 'Tim Behrens' });
  });

  it('leaves "bat um …" without a message to the article', () => {
    expect(claimWith(de('Der Gast bat um ein Glas Wasser und setzte sich.'), 'Wasser')).toMatchObject({ kind: 'statement', claimant: null });
  });
});

describe('"wie erwartet", "wie angekündigt": an adverbial of comparison, not speech', () => {
  it('gives no speaker to a sentence whose only cue is "wie" with a bare participle', () => {
    expect(claimWith(de('Der Orkan hat sich wie erwartet über der Nordsee abgeschwächt.'), 'Orkan')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(de('Wie angekündigt, öffnet das Museum am Sonntag wieder seine Türen.'), 'Museum')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('keeps "wie X erklärte" and "wie berichtet wurde"', () => {
    expect(claimWith(de('Wie der Sprecher Max Ott erklärte, öffnet das Museum am Sonntag.'), 'Museum')).toMatchObject({ kind: 'reported', claimant: 'Max Ott' });
    expect(claimWith(de('Wie berichtet wurde, sei das Museum geschlossen worden.'), 'Museum')).toMatchObject({ kind: 'reported' });
  });
});

describe('reported speech by its form when no source is read', () => {
  it('reads "laut" before a name, an article or a quotation mark, and any "zufolge", as reported', () => {
    const list = de([
      'Laut „stadtblatt.de“ soll die Brücke im Mai fertig sein.',
      'Dem Reporter des Lokalradios zufolge war die Halle voll besetzt.',
    ].join(' '));
    expect(claimWith(list, 'Brücke').kind).toBe('reported');
    expect(claimWith(list, 'Halle').kind).toBe('reported');
    // The adjective: "wurden laut" is no source.
    expect(claimWith(de('Die Rufe der Fans im Stadion wurden immer laut und deutlich.'), 'Rufe').kind).toBe('statement');
  });

  it('reads "Demnach …" opening a sentence as what the source before says', () => {
    const list = de('Das Ministerium legte einen Entwurf vor. Demnach darf die Bahn ihre Werkstätten verkaufen.');
    expect(claimWith(list, 'Werkstätten').kind).toBe('reported');
  });

  it('reads a participle of saying before its passive auxiliary with a content clause ("war berichtet worden, dass …")', () => {
    const list = de([
      'Am Morgen war berichtet worden, dass der Bahnhof gesperrt werden müsse.',
      'Kritisiert wird vor allem, dass die Stadt die Mieten erhöht.',
    ].join(' '));
    expect(claimWith(list, 'Bahnhof').kind).toBe('reported');
    expect(claimWith(list, 'Mieten').kind).toBe('reported');
    expect(claimWith(de('Die Straße wurde gestern gesperrt, weil ein Baum umgestürzt war.'), 'Baum').kind).toBe('statement');
  });

  it('reads a separable verb of stance whose particle closes the clause ("geht man davon aus, dass …")', () => {
    const list = de('Beim Verband geht man davon aus, dass die Preise weiter steigen.');
    expect(claimWith(list, 'Preise')).toMatchObject({ kind: 'reported', claimant: null });
  });
});

describe('a noun of a speech act or plan with its content after a comma', () => {
  it('reads "die Pläne, … zu …", "mit der Begründung, dass …", "die Aufforderung der Wache, … zu …" as reported', () => {
    const list = de([
      'Die Pläne, den Wolf zu fangen, wurden am Abend aufgegeben.',
      'Mit der Begründung, dass die Halle zu klein sei, wurde das Konzert verlegt.',
      'Der Fahrer ignorierte die Aufforderung der Wache, sofort anzuhalten.',
    ].join(' '));
    expect(claimWith(list, 'Wolf').kind).toBe('reported');
    expect(claimWith(list, 'Konzert').kind).toBe('reported');
    expect(claimWith(list, 'anzuhalten').kind).toBe('reported');
  });

  it('leaves a noun without content, and a clause of purpose, to the article', () => {
    expect(claimWith(de('Der Plan der Stadt liegt seit Jahren im Rathaus aus.'), 'Rathaus').kind).toBe('statement');
    expect(claimWith(de('Die Pläne wurden geändert, um Geld zu sparen.'), 'Geld').kind).toBe('statement');
  });
});
