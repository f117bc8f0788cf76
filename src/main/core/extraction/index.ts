// Claim extraction: the public entry point. Pure TypeScript; its one I/O is reading the German
// noun list (nouns.de.txt) once, on the first German text (nouns.de.ts).
//
// extractClaims never throws on any text. Input is checked up front (a non-string or blank text yields no
// claims), every stage is linear in the text, and each claim is checked against the text
// before it leaves (offsets in range, text === slice). The try/catch is the last line, not the
// design: if a rule ever fails on some input, the caller still gets plain sentences rather
// than an exception in the middle of an import. The one error it lets through is a bad
// check-worthiness model: that is the installation's fault, not the text's, and a silent
// score would hide it (the app loads the model at start-up, so it surfaces there). So is a
// missing German noun list (a build that did not copy it): read before the pass, outside the catch.
import type { ClaimKind, Language } from '../../../shared/domain';
import { sentenceFeatures } from './checkworthiness-features';
import { detectLanguage } from './language';
import { lexiconFor } from './lexicon';
import { loadGermanNouns } from './nouns.de';
import { runExtraction } from './pipeline';
import { defaultScorer, type Checkworthiness, type Scorer } from './scorer';
import { segmentParagraph, sentenceSegmenter, splitParagraphs } from './segment';
import { SpeakerRegistry } from './speakers';
import { tokenize } from './tokens';
import type { ExtractOptions, ExtractionResult, ExtractedClaim } from './types';

export type { ExtractedClaim, ExtractOptions, ExtractionResult } from './types';
export { detectLanguage } from './language';
export { CheckworthinessModelError, defaultScorer, type Scorer } from './scorer';
export { bylineAuthor } from './furniture';
export { articleFullNames, articleParagraphs } from './people';

function languageOf(text: string, options: unknown): Language {
  const wanted = (options as ExtractOptions | null | undefined)?.language;
  return wanted === 'de' || wanted === 'en' ? wanted : detectLanguage(text);
}

function valid(text: string, c: ExtractedClaim): boolean {
  return Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.end > c.start &&
    // text === slice, compared in place (no copy of every claim's text).
    c.end <= text.length && typeof c.text === 'string' && c.text.length === c.end - c.start && text.startsWith(c.text, c.start) &&
    Number.isFinite(c.checkworthiness);
}

/** Plain sentences in the article's voice: what callers get if the full pass ever fails. */
function plainSentences(text: string, language: Language): ExtractedClaim[] {
  try {
    const lex = lexiconFor(language);
    const segmenter = sentenceSegmenter(language);
    return splitParagraphs(text).flatMap((p) => segmentParagraph(text, p, segmenter, lex)).map((s) => ({
      start: s.start, end: s.end, text: text.slice(s.start, s.end), claimant: null, claimantRole: null,
      kind: 'statement' as const, checkworthiness: 0.5, reasons: [], type: 'other' as const,
    }));
  } catch {
    return [];
  }
}

export function extractClaims(text: string, options: ExtractOptions = {}): ExtractionResult {
  if (typeof text !== 'string') return { language: 'en', claims: [] };
  const language = languageOf(text, options);
  const scorer = (options as ExtractOptions | null | undefined)?.scorer ?? defaultScorer();
  if (text.trim() === '') return { language, claims: [] };
  if (language === 'de') loadGermanNouns();
  let claims: ExtractedClaim[];
  try {
    claims = runExtraction(text, language, scorer);
  } catch {
    claims = plainSentences(text, language);
  }
  return { language, claims: claims.filter((c) => valid(text, c)) };
}

/**
 * The check-worthiness of one span a person marked as a claim, by the same scorer extraction
 * uses: score, reasons and claim type. Names the article mentions before the span count as
 * known names, as they do for extracted claims.
 */
export function scoreClaim(text: string, start: number, end: number, _kind: ClaimKind, language: Language, scorer: Scorer = defaultScorer()): Checkworthiness {
  if (language === 'de') loadGermanNouns();
  const lex = lexiconFor(language);
  const registry = new SpeakerRegistry(lex);
  for (const p of splitParagraphs(text.slice(0, start))) registry.observe(tokenize(text, p.start, p.end));
  return scorer.score(sentenceFeatures(tokenize(text, start, end), lex, (lower) => registry.known(lower)), language);
}
