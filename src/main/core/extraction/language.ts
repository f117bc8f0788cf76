// Language detection by function-word counts over the first 20 000 characters: cheap, linear,
// and good enough to choose between German and English news copy. Anything else falls back
// to English rules, which are the more conservative ones (no ordinal merging, no Konjunktiv).
import type { Language } from '../../../shared/domain';

const SAMPLE = 20000;
const GERMAN = /\b(?:der|die|das|und|ist|nicht|mit|sich|auf|für|dass|wurde|eine?|sei|habe)\b|[äöüß]/g;
const ENGLISH = /\b(?:the|and|is|not|with|that|was|for|of|to|a|an|said|were)\b/g;

function count(sample: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(sample) !== null) n++;
  return n;
}

export function detectLanguage(text: string): Language {
  if (typeof text !== 'string' || text.length === 0) return 'en';
  const sample = text.slice(0, SAMPLE).toLowerCase();
  return count(sample, GERMAN) > count(sample, ENGLISH) ? 'de' : 'en';
}
