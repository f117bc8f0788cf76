// Article furniture (captions, credits, teasers, time stamps, bylines) is never a claim, and
// recognising it never hides the text beside it. Every example is written for this file.
import { describe, expect, it } from 'vitest';
import { bylineAuthor } from '../../src/main/core/extraction';
import { parseDocument } from '../../src/main/core/import';
import { claims, texts } from '../helpers/extraction';

const enc = (s: string) => new TextEncoder().encode(s);

describe('furniture after the last paragraph hides nothing', () => {
  const lastDe = 'Der Bürgermeister sagte, die Geburtsstation werde 2026 erweitert.';
  const lastEn = 'The mayor said the repairs would cost $4 million.';
  for (const furniture of ['Foto: dpa / Max Muster', 'Bild: Stadt Kassel', 'Lesen Sie auch: Die Bahn erhöht die Preise.', 'Lesen Sie auch:\nDie Bahn erhöht die Preise um 5 Prozent.', 'Stand: 12.03.2025, 18:40 Uhr']) {
    it(`keeps the German paragraph before "${furniture.split('\n')[0]}"`, () => {
      const list = claims(`Die Stadt hat 40 neue Stellen geschaffen.\n\n${lastDe}\n\n${furniture}`, 'de');
      expect(texts(list)).toEqual(['Die Stadt hat 40 neue Stellen geschaffen.', lastDe]);
    });
  }
  for (const furniture of ['Photo: Jane Doe/AP', 'Read more: Bridges cost the city $9 million last year.', 'Updated March 12, 2025, 6:40 p.m.']) {
    it(`keeps the English paragraph before "${furniture}"`, () => {
      const list = claims(`The council closed 12 bridges on Friday.\n\n${lastEn}\n\n${furniture}`, 'en');
      expect(texts(list)).toEqual(['The council closed 12 bridges on Friday.', lastEn]);
    });
  }

  it('still passes over a caption bound to its credit line, and bylines and time stamps at the top', () => {
    const list = claims('By Daniel Okafor\nUpdated March 12, 2025, 6:40 p.m.\n\nCrews at the Elm Street bridge on Monday.\nPhoto: Jane Doe/AP\n\nThe council closed 12 bridges on Friday.', 'en');
    expect(texts(list)).toEqual(['The council closed 12 bridges on Friday.']);
    const de = claims('Von Katrin Albers\nAktualisiert am 3. März 2025, 18:40 Uhr\n\nDie Stadt hat 40 neue Stellen geschaffen.\n\nAm 3. März 2025 stieg der Preis um 4 Prozent.', 'de');
    expect(texts(de)).toEqual(['Die Stadt hat 40 neue Stellen geschaffen.', 'Am 3. März 2025 stieg der Preis um 4 Prozent.']);
  });

  it('keeps a one-line-per-paragraph text whole: without blank lines a caption cannot be told from the last paragraph', () => {
    const list = claims(`Die Stadt hat 40 neue Stellen geschaffen.\n${lastDe}\nFoto: dpa`, 'de');
    expect(texts(list)).toEqual(['Die Stadt hat 40 neue Stellen geschaffen.', lastDe]);
  });
});

describe('a byline names the author', () => {
  it('reads "Von …" and "By …" lines near the top, several names and an agency tail', () => {
    expect(bylineAuthor('Von Katrin Albers\n\nDie Stadt hat 40 Stellen geschaffen.')).toBe('Katrin Albers');
    expect(bylineAuthor('Bridges close\nBy Daniel Okafor and Mia Chen\n\nText.')).toBe('Daniel Okafor, Mia Chen');
    expect(bylineAuthor('Von Katrin Albers, dpa\n\nText.')).toBe('Katrin Albers');
    expect(bylineAuthor('By Friday, officials said it.\n\nText.')).toBeNull();
    expect(bylineAuthor('Die Stadt hat 40 Stellen geschaffen.')).toBeNull();
  });

  it('fills the author field of a plain-text import', async () => {
    const doc = await parseDocument({ bytes: enc('Neue Stellen in der Kinderklinik\n\nVon Katrin Albers\n\nDie Stadt hat 40 Stellen geschaffen.'), fileName: 'a.txt' });
    expect(doc.author).toBe('Katrin Albers');
  });

  it('HTML: a <time> stamp and a <figcaption> are furniture; a <time> in running text stays', async () => {
    const html = '<html><head><title>Bridges</title></head><body><article><h1>Bridges</h1>' +
      '<p class="stamp">Updated <time datetime="2025-03-12T18:40:00Z">March 12, 2025, 6:40 p.m.</time></p>' +
      '<p>The council closed 12 bridges on <time datetime="2025-03-07">Friday</time>, the mayor said in a statement to the press.</p>' +
      '<figure><img src="x.jpg"><figcaption>Crews repair the Elm Street bridge, which carries 9,000 cars a day.</figcaption></figure>' +
      '<p>The repairs will cost $4 million, according to the city budget office, which published the figures.</p></article></body></html>';
    const doc = await parseDocument({ bytes: enc(html), fileName: 'a.html' });
    expect(doc.text).not.toMatch(/Updated|March 12|Crews repair/);
    expect(doc.text).toMatch(/closed 12 bridges on Friday, the mayor said/);
    expect(doc.publishedAt).toMatch(/^2025-03-12/);
    expect(texts(claims(doc.text, 'en'))).toEqual([
      'The council closed 12 bridges on Friday, the mayor said in a statement to the press.',
      'The repairs will cost $4 million, according to the city budget office, which published the figures.',
    ]);
  });
});
