// The people an article's text names in full, read for the grouper one surname at a time: only the
// paragraphs that hold that surname are read (by a word index of the folded text, built on the first
// question), each paragraph once. A 2,000-claim article asks about hundreds of bare surnames; reading
// its whole text with the speaker registry costs about 170 ms of CPU per 300 kB, the paragraphs that
// hold the surnames asked a fraction of that.
import type { Language } from '../../../shared/domain';
import { articleFullNames, articleParagraphs } from '../extraction/people';
import { fold } from './names';

/** For a folded surname, the full names of two words or more the text gives in the paragraphs that hold it. */
export function textNamesOf(text: string, language: Language): (surname: string) => readonly string[] {
  let paragraphs: string[] | null = null;
  const byWord = new Map<string, number[]>();
  /** Each paragraph's names, read on the first question that needs it. */
  const namesOf = new Map<number, string[]>();
  const note = (word: string, i: number) => {
    const list = byWord.get(word);
    if (!list) byWord.set(word, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  return (surname) => {
    if (paragraphs === null) {
      paragraphs = articleParagraphs(text);
      paragraphs.forEach((p, i) => {
        for (const word of fold(p).split(' ')) {
          if (word.length < 2) continue;
          note(word, i);
          // "Kettering's" folds to "ketterings": also under the word without its "s".
          if (word.endsWith('s')) note(word.slice(0, -1), i);
        }
      });
    }
    const out = new Set<string>();
    for (const i of byWord.get(surname.slice(surname.lastIndexOf(' ') + 1)) ?? []) {
      let names = namesOf.get(i);
      if (!names) namesOf.set(i, (names = articleFullNames(paragraphs[i]!, language)));
      for (const name of names) out.add(name);
    }
    return [...out];
  };
}
