import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../src/main/core/extraction/lexicon';
import { segmentParagraph, sentenceSegmenter } from '../../src/main/core/extraction/segment';
import { claims, texts } from '../helpers/extraction';



describe('sentence segmentation', () => {
  it('keeps German ordinals and dates inside their sentence', () => {
    const list = claims('Er wurde zum 47. Präsidenten der USA gewählt. Am 3. März trat er sein Amt an.', 'de');
    expect(texts(list)).toEqual(['Er wurde zum 47. Präsidenten der USA gewählt.', 'Am 3. März trat er sein Amt an.']);
  });

  it('merges German abbreviations back', () => {
    const text = 'Dr. Anna Weber und Prof. Jan Roth nannten u. a. Kosten von ca. 300 Euro bzw. Nr. 5 der Liste, z. B. für Mieten. Das Amt widersprach.';
    expect(claims(text, 'de')).toHaveLength(2);
    expect(claims('Die Kosten stiegen z.B. um 4 Prozent. Das Amt widersprach.', 'de')).toHaveLength(2);
  });

  it('merges English abbreviations back but keeps real sentence ends', () => {
    const text = 'Mr. Smith met U.S. President Joe Biden at 9 a.m. Tuesday at No. 10 Downing Street. George W. Bush did not attend the meeting.';
    expect(texts(claims(text, 'en'))).toEqual([
      'Mr. Smith met U.S. President Joe Biden at 9 a.m. Tuesday at No. 10 Downing Street.',
      'George W. Bush did not attend the meeting.',
    ]);
    expect(claims('Prices rose in the U.S. The economy grew by 2 percent.', 'en')).toHaveLength(2);
  });

  it('breaks where Intl.Segmenter breaks around periods inside words and before numbers (read without it)', () => {
    const text = 'The U.S. economy grew 3 percent, the agency said at 2:30 p.m. on Monday. Ministers met at No. 10 on Friday. Prices rose.S.A. stocks fell.';
    const segmenter = sentenceSegmenter('en');
    const icu = [...segmenter.segment(text)].map((s) => s.segment.trim());
    const spans = segmentParagraph(text, { start: 0, end: text.length }, segmenter, lexiconFor('en'));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(icu);
    expect(icu).toHaveLength(3);
  });

  it('treats lines without closing punctuation and lone question lines as headings', () => {
    const text = 'Zweckgemeinschaft nach westlichen Sanktionen\nDie Preise stiegen um 5 Prozent.\nWas bedeutet das für die Länder?\nDie Länder erhalten weniger Geld.';
    expect(texts(claims(text, 'de'))).toEqual(['Die Preise stiegen um 5 Prozent.', 'Die Länder erhalten weniger Geld.']);
  });

  it('accepts any line-break convention and keeps offsets into the original text', () => {
    const text = 'Erster Satz mit Inhalt.\r\nZweiter Satz mit Inhalt.\rDritter Satz mit Inhalt.\u2028Vierter Satz mit Inhalt.';
    const list = claims(text, 'de');
    expect(list).toHaveLength(4);
    for (const c of list) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('drops questions and courtesies in transcripts', () => {
    const text = 'HOLT: Thank you, Mr. President. Why did the deficit grow?\nBIDEN: The deficit fell by $1.7 trillion in two years.';
    expect(texts(claims(text, 'en'))).toEqual(['The deficit fell by $1.7 trillion in two years.']);
  });
});
