// How the training script holds data out, kept apart so tests can hold it to its word: folds in
// which identical sentences stay together, and the sentences of one corpus that another corpus's
// held-out document contains.
import { shuffled } from './logistic';

/** Text as compared across the corpora: lower-case letters and digits, single spaces, a space at each end. */
export const plainText = (text: string): string => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/**
 * Each item's fold: a seeded shuffle dealt out `folds` ways, except that items with the same
 * plain text share a fold, so no held-out sentence was seen in training under another id.
 */
export function groupedFolds(texts: readonly string[], folds: number, seed: number): Int32Array {
  const groups = new Map<string, number[]>();
  texts.forEach((t, i) => {
    const key = plainText(t);
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  const foldOf = new Int32Array(texts.length);
  shuffled([...groups.values()], seed).forEach((members, pos) => members.forEach((i) => (foldOf[i] = pos % folds)));
  return foldOf;
}

/**
 * The indices of the sentences (of at least `minWords` words) that appear word for word, case
 * and punctuation aside, in the lines of one document. A sentence may run across lines: the
 * transcripts sometimes cut one in two, and leaving out too much is the safe side.
 */
export function sentencesInside(sentences: readonly string[], lines: readonly string[], minWords = 4): number[] {
  const whole = plainText(lines.join(' '));
  const inside: number[] = [];
  sentences.forEach((s, i) => {
    const text = plainText(s);
    if (text.trim().split(' ').length >= minWords && whole.includes(text)) inside.push(i);
  });
  return inside;
}
