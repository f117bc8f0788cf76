// The people an article names in full, whoever they are and whether they speak or not: what
// claimant grouping asks when a claim's speaker is a bare surname ("Phillips") the article's
// other claims do not name in full, but its text does ("Glenn Phillips, a park ranger, …").
// The same registry extraction uses, run alone over the text, paragraph by paragraph. Its names
// may carry a word before them that is no name ("Thema Horst Arnold"): the grouper reads them so.
import type { Language } from '../../../shared/domain';
import { lexiconFor } from './lexicon';
import { splitParagraphs } from './segment';
import { SpeakerRegistry } from './speakers';
import { tokenize } from './tokens';

/** The names of two words or more the article gives someone ("Glenn Phillips", "Angela Merkel"), in order. */
export function articleFullNames(text: string, language: Language): string[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const registry = new SpeakerRegistry(lexiconFor(language));
  for (const p of splitParagraphs(text)) registry.observe(tokenize(text, p.start, p.end));
  return registry.fullNames();
}

/** The article's paragraphs, as extraction splits them (one a line). */
export function articleParagraphs(text: string): string[] {
  if (typeof text !== 'string') return [];
  return splitParagraphs(text).map((p) => text.slice(p.start, p.end));
}
