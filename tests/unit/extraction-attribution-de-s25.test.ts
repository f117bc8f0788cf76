// German attribution, session 25 (issue #10): failure classes found in the misses of the first
// 500 training articles, each with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('"bestätigt sich" (comes true) is no speech, and a pronominal adverb is never the speaker', () => {
  it('gives no claimant to "Damit/Somit bestätigt sich …, dass …", present and perfect', () => {
    expect(claimWith(de('Damit bestätigt sich die Sorge, dass der Pegel weiter steigt.'), 'Pegel').claimant).toBeNull();
    expect(claimWith(de('Somit bestätigt sich der Verdacht, dass die Kasse leer ist.'), 'Kasse').claimant).toBeNull();
    expect(claimWith(de('Inzwischen hat sich bestätigt, dass die Brücke marode ist.'), 'Brücke').claimant).toBeNull();
  });

  it('still reads "bestätigte, dass …" with a speaker as speech', () => {
    expect(claimWith(de('Die Sprecherin Jana Holm bestätigte, dass die Kasse leer ist.'), 'Kasse')).toMatchObject({ claimant: 'Jana Holm', kind: 'reported' });
    expect(claimWith(de('Der Bürgermeister hat sich gestern geäußert und bestätigt, dass die Brücke marode ist.'), 'Brücke').kind).toBe('reported');
  });

  it('never takes "Damit", "Dadurch" or "Monatelang" at the start for a name', () => {
    expect(claimWith(de('Damit erklärte sich auch, dass der Keller seit Tagen feucht war.'), 'Keller').claimant).toBeNull();
    expect(claimWith(de('Dadurch zeigte sich, dass die Pumpe defekt war.'), 'Pumpe').claimant).toBeNull();
  });
});

describe('"nach" with a noun of knowledge or view names a source', () => {
  it('reads "Nach Xs Idee", "Nach bisherigem Erkenntnisstand", "Nach bisherigen Erfahrungen" as reported', () => {
    expect(claimWith(de('Nach Brandts Idee soll der Marktplatz autofrei werden.'), 'Marktplatz')).toMatchObject({ claimant: 'Brandt', kind: 'reported' });
    expect(claimWith(de('Nach bisherigem Erkenntnisstand hat ein Kurzschluss das Feuer ausgelöst.'), 'Kurzschluss').kind).toBe('reported');
    expect(claimWith(de('Nach bisherigen Erfahrungen steigen die Preise im Dezember.'), 'Preise').kind).toBe('reported');
  });

  it('leaves "nach" of time alone ("Nach der Vorstellung des Wagens …")', () => {
    expect(claimWith(de('Nach der Vorstellung des neuen Wagens fuhren die Gäste nach Hause.'), 'Gäste')).toMatchObject({ claimant: null, kind: 'statement' });
  });
});

describe('a modal with an infinitive of saying written apart ("will … bekannt geben, dass …") after a fronted clause', () => {
  it('finds the inverted subject as the speaker', () => {
    expect(claimWith(de('Nachdem der Zug angekommen war, will der Sprecher Ole Kern heute bekannt geben, dass die Strecke frei ist.'), 'Strecke')).toMatchObject({ claimant: 'Ole Kern', kind: 'reported' });
    expect(claimWith(de('Weil die Frist abläuft, will heute Ministerin Ida Falk im Landtag bekannt geben, dass die Schulen öffnen.'), 'Schulen')).toMatchObject({ claimant: 'Ida Falk', kind: 'reported' });
  });

  it('leaves an announcement with no message after it to the article ("will das Ergebnis bekannt geben.")', () => {
    expect(claimWith(de('Nachdem der Zug angekommen war, will die Bahn das Ergebnis morgen bekannt geben.'), 'Ergebnis')).toMatchObject({ claimant: null, kind: 'statement' });
  });
});
