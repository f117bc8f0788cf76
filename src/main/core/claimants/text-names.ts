// The people an article's text names in full, read for the grouper one surname at a time: only the
// paragraphs that hold that surname are read (by a word index of the folded text, built on the first
// question), each paragraph once. A 2,000-claim article asks about hundreds of bare surnames; reading
// its whole text with the speaker registry costs about 170 ms of CPU per 300 kB, the paragraphs that
// hold the surnames asked a fraction of that.
import type { Language } from '../../../shared/domain';
import { articleFullNames, articleParagraphs } from '../extraction/people';
import { fold } from './names';

/** What separates words (a hyphen and an apostrophe stay inside one: "Afari-Gyan", "Kettering's"). */
const WORD_GAP = /[^\p{L}\p{N}'’-]+/u;
/** A word that starts with a capital: only such words are surnames (a surname is asked as written in a claimant string). */
const CAPITAL = /^\p{Lu}/u;
const ASCII = /^[A-Za-z0-9'’-]+$/;
const APOSTROPHES = /['’]/g;

/** For a folded surname, the full names of two words or more holding it that the text gives in the paragraphs that hold it. */
export function textNamesOf(text: string, language: Language): (surname: string) => readonly string[] {
  let paragraphs: string[] | null = null;
  const byWord = new Map<string, number[]>();
  /** Each paragraph's names, read on the first question that needs it. */
  const namesOf = new Map<number, string[]>();
  const foldedName = new Map<string, string>();
  const note = (word: string, i: number) => {
    const list = byWord.get(word);
    if (!list) byWord.set(word, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  return (surname) => {
    if (paragraphs === null) {
      paragraphs = articleParagraphs(text);
      paragraphs.forEach((p, i) => {
        for (const raw of p.split(WORD_GAP)) {
          if (raw.length < 2 || !CAPITAL.test(raw)) continue;
          // (Folding is the cost here: a word of plain ASCII letters only needs lower case.)
          const word = ASCII.test(raw) ? raw.toLowerCase().replace(APOSTROPHES, '') : fold(raw);
          note(word, i);
          // "Kettering's" folds to "ketterings": also under the word without its "s".
          if (word.endsWith('s')) note(word.slice(0, -1), i);
        }
      });
    }
    // Only the names that hold the surname, folded (each name folded once): a first name asked as a bare
    // word ("Hans") is in many paragraphs, and its question should not hand the grouper all their names.
    const out = new Set<string>();
    for (const i of byWord.get(surname.slice(surname.lastIndexOf(' ') + 1)) ?? []) {
      let names = namesOf.get(i);
      if (!names) namesOf.set(i, (names = articleFullNames(paragraphs[i]!, language)));
      for (const name of names) {
        let folded = foldedName.get(name);
        if (folded === undefined) foldedName.set(name, (folded = fold(name)));
        // (As a word after the first: "Owen Whitcombe", "Dana Whitcombe of Ardent Power", "Tomas Kettering's"; not "Hans Beispiel" for "hans".)
        const at = folded.indexOf(` ${surname}`);
        if (at >= 0 && (folded.length === at + 1 + surname.length || ' s'.includes(folded[at + 1 + surname.length]!))) out.add(name);
      }
    }
    return [...out];
  };
}
