// German compounds without a shipped dictionary: a compound counts as its parts when each part
// is a word the *other* side knows (the other claim's words when comparing two claims, the
// library's vocabulary when searching). "Ölabhängigkeit" meets "Abhängigkeit von Öl" because
// "öl" and "abhängigkeit" are words of the other text; "Bundestag" is not split against a text
// that never says "Bund" and "Tag". This is Koehn & Knight's splitting with the vocabulary of
// the texts at hand in place of a corpus frequency list.
import { stemWord } from './analyse';

/** Linking elements (Fugen) a modifier may carry: Arbeit-s-markt, Klima-schutz, Frau-en-quote. */
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];
const MIN_PART = 2;
const MIN_WORD = 6;

/**
 * Splits a lower-case German word into the stems of parts the known() test accepts, longest
 * head first; null when it is no compound of known parts. At most three parts.
 */
export function splitCompound(word: string, known: (stem: string) => boolean, depth = 0): string[] | null {
  if (word.length < MIN_WORD && depth === 0) return null;
  for (let i = MIN_PART; i <= word.length - 3; i++) {
    const head = word.slice(i);
    const headStem = stemWord(head, 'de');
    const headParts = known(headStem) ? [headStem] : depth < 1 ? splitCompound(head, known, depth + 1) : null;
    if (!headParts) continue;
    const modifier = word.slice(0, i);
    for (const link of LINKS) {
      if (link && !modifier.endsWith(link)) continue;
      const bare = modifier.slice(0, modifier.length - link.length);
      if (bare.length < MIN_PART) continue;
      const stem = stemWord(bare, 'de');
      if (known(stem)) return [stem, ...headParts];
    }
  }
  return null;
}

/**
 * Compounds the text may name in another way: "Abhängigkeit von Öl" → "Ölabhängigkeit"
 * (head, preposition or article, modifier), and two neighbouring words written as one. Returns
 * the stems of the candidate compounds; the caller keeps those its vocabulary knows.
 */
export function joinCandidates(words: ReadonlyArray<{ word: string; noun?: boolean }>): string[] {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    // Neighbours only: stop words are gone, so "Abhängigkeit von Öl" is already [abhängigkeit, öl].
    for (let j = Math.max(0, i - 1); j <= Math.min(words.length - 1, i + 1); j++) {
      if (i === j) continue;
      // German compounds join nouns (written with a capital): "Abhängigkeit von Öl", not every pair.
      if (words[i]!.noun === false || words[j]!.noun === false) continue;
      const modifier = words[j]!.word;
      const head = words[i]!.word;
      if (modifier.length < MIN_PART || head.length < 3) continue;
      for (const link of ['', 's', 'n']) out.add(stemWord(modifier + link + head, 'de'));
    }
  }
  return [...out];
}
