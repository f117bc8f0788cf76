// The training script's hold-out rules: identical sentences share a fold, and a transcript's
// score comes from a model that learned none of the ClaimBuster sentences inside it.
import { describe, expect, it } from 'vitest';
import { groupedFolds, plainText, sentencesInside } from '../../scripts/checkworthiness/holdout';

describe('check-worthiness hold-out', () => {
  it('puts sentences with the same text, case and punctuation aside, in the same fold', () => {
    const texts = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} says something.`);
    texts.push('We lost 700,000 jobs.', 'we lost 700 000 jobs', 'WE LOST 700,000 JOBS!');
    const folds = groupedFolds(texts, 10, 7);
    expect(new Set([folds[40], folds[41], folds[42]]).size).toBe(1);
    const sizes = Array.from({ length: 10 }, (_, f) => folds.filter((x) => x === f).length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(4);
    expect(groupedFolds(texts, 10, 7)).toEqual(folds); // seeded: the same folds every run
  });

  it('finds the sentences a transcript contains word for word, and only those', () => {
    const sentences = [
      'We have 27 million people living in poverty.', // inside a longer line
      'Thank you.', // too short to tell
      'The deficit doubled under this president.', // not in the transcript
      'Wages went up, and unemployment went down.', // inside, other punctuation
    ];
    const lines = [
      'SANDERS: Look, we have 27 million people living in poverty. That is a disgrace.',
      'Thank you.',
      'Wages went up — and unemployment went down!',
    ];
    expect(sentencesInside(sentences, lines)).toEqual([0, 3]);
    expect(plainText('  Hello,   World! ')).toBe(' hello world ');
  });

  it('finds a sentence the transcript cut across two lines (leaving out too much is the safe side)', () => {
    expect(sentencesInside(['The next day they had a massive riot.'], ['The next day they had', 'a massive riot. Then more.'])).toEqual([0]);
  });
});
