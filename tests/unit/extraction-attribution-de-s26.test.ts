// German attribution, session 26 (issue #10): failure classes found in the misses of the first
// 500 training articles, each with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a passive of judging with its agent: "wird von X als „…“ bezeichnet"', () => {
  it('names the agent, also when the quotation stands between the agent and the participle', () => {
    expect(claimWith(de('Seine Bilder werden von Kritikern als „bahnbrechend“ bezeichnet.'), 'Bilder')).toMatchObject({ claimant: 'Kritikern', kind: 'quote' });
    expect(claimWith(de('Der Plan wurde von der Gewerkschaft als „Angriff auf die Beschäftigten“ bezeichnet.'), 'Plan').claimant).toBe('Gewerkschaft');
    expect(claimWith(de('Das Ergebnis wird vom Vorstand des Vereins als großer Erfolg beschrieben.'), 'Ergebnis').claimant).toMatch(/Vorstand/);
  });

  it('leaves a passive of an act with "als" and no judging verb alone', () => {
    expect(claimWith(de('Der Turm wurde von der Stadt als Lager genutzt.'), 'Turm').claimant).toBeNull();
    expect(claimWith(de('Die Halle wurde von den Arbeitern als erste fertiggestellt.'), 'Halle').claimant).toBeNull();
    // A classification by an office is an act, not a judgement voiced.
    expect(claimWith(de('Der Betreiber wurde vom Landgericht Bonn als unzuverlässig eingestuft.'), 'Betreiber').claimant).toBeNull();
  });
});

describe('"Für X ist …": a viewpoint held by a named person, a role or a body', () => {
  it('names X when a quotation or a dass-clause gives the view', () => {
    expect(claimWith(de('Für den Gesundheitsminister Karl Lenz ist die Lage in der Stadt „besorgniserregend“.'), 'Lage')).toMatchObject({ claimant: 'Karl Lenz', kind: 'quote' });
    expect(claimWith(de('Für die Polizei steht fest, dass der Brand gelegt wurde.'), 'Brand')).toMatchObject({ claimant: 'Polizei', kind: 'reported' });
  });

  it('leaves "Für" with no speaker or with no message alone', () => {
    expect(claimWith(de('Für die Kinder ist es wichtig, dass sie genug schlafen.'), 'schlafen').claimant).toBeNull();
    expect(claimWith(de('Für den Bau der Brücke ist genug Geld da.'), 'Brücke').claimant).toBeNull();
    expect(claimWith(de('Für Bayern München ist das Spiel am Samstag das letzte der Saison.'), 'Spiel').claimant).toBeNull();
  });
});

describe('", wonach …" reports what a document or account says', () => {
  it('names the source noun before "wonach" with its owner, over the subject of the main clause', () => {
    expect(claimWith(de('Die Stadtverwaltung hat Meldungen der Lokalzeitung Kurier zurückgewiesen, wonach das Hallenbad schließen müsse.'), 'Hallenbad')).toMatchObject({ claimant: expect.stringMatching(/Kurier/), kind: 'reported' });
    expect(claimWith(de('Ein Bericht der Nachrichtenagentur „Tass“, wonach der Minister entlassen worden sei, wurde dementiert.'), 'Minister').claimant).toMatch(/Tass/);
    expect(claimWith(de('Das Landeslabor bestätigte die Befunde des Veterinäramts Kassel, wonach drei Kühe erkrankt sind.'), 'Kühe').claimant).toMatch(/Veterinäramts Kassel|Veterinäramt Kassel/);
  });

  it('takes the outlet after "zitiert aus"', () => {
    expect(claimWith(de('Der Sender zitiert aus der Zeitung „Le Soir“, wonach der König abdanken wolle.'), 'König').claimant).toMatch(/Le Soir/);
  });

  it('leaves "wonach" after a noun that is no source to the main clause', () => {
    expect(claimWith(de('Der Bürgermeister Jan Olsen gab die Erlaubnis, wonach das Fest länger dauern darf.'), 'Fest').claimant).toBe('Jan Olsen');
  });
});

describe('a poll share as the subject of a view, and an adjective inside "der … Auffassung"', () => {
  it('reads "N Prozent (der Befragten) sind der Auffassung, dass …" and "erklärten, …"', () => {
    expect(claimWith(de('Rund 40 Prozent der Befragten sind der Auffassung, dass die Mieten zu hoch sind.'), 'Mieten')).toMatchObject({ claimant: '40 Prozent der Befragten', kind: 'reported' });
    expect(claimWith(de('12 Prozent erklärten, sie würden nicht wählen.'), 'wählen').claimant).toBe('12 Prozent');
  });

  it('reads "ist der festen Überzeugung, dass …" and "der gegenteiligen Auffassung"', () => {
    expect(claimWith(de('Die Richterin Eva Kern ist der festen Überzeugung, dass der Zeuge lügt.'), 'Zeuge')).toMatchObject({ claimant: 'Eva Kern', kind: 'reported' });
    expect(claimWith(de('Ein Drittel der Mitglieder ist der gegenteiligen Auffassung, dass der Verein wachsen soll.'), 'Verein').kind).toBe('reported');
  });

  it('leaves a share that is no subject alone ("wuchs um 12 Prozent")', () => {
    expect(claimWith(de('Im Jahr 2004 wuchs der Umsatz um 12 Prozent auf drei Millionen Euro.'), 'Umsatz').claimant).toBeNull();
  });
});
