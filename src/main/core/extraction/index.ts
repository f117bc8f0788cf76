// Claim extraction entry point. The first honest version: one claim per sentence,
// segmented paragraph by paragraph (whole-document Intl.Segmenter is quadratic).
import type { Language } from '../../../shared/domain';
import type { ExtractOptions, ExtractionResult, ExtractedClaim } from './types';

export type { ExtractedClaim, ExtractOptions, ExtractionResult } from './types';

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20000).toLowerCase();
  const count = (re: RegExp) => (sample.match(re) ?? []).length;
  const de = count(/\b(der|die|das|und|ist|nicht|mit|sich|auf|für|dass|wurde|eine?)\b/g) + count(/[äöüß]/g);
  const en = count(/\b(the|and|is|not|with|that|was|for|of|to|a|an)\b/g);
  return de > en ? 'de' : 'en';
}

export function extractClaims(text: string, options: ExtractOptions = {}): ExtractionResult {
  const language = options.language ?? detectLanguage(text);
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const claims: ExtractedClaim[] = [];
  const paragraph = /[^\n]+/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    for (const s of segmenter.segment(m[0])) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const body = s.segment.trim();
      if (!body) continue;
      const start = m.index + s.index + lead;
      claims.push({
        start,
        end: start + body.length,
        text: body,
        claimant: null,
        claimantRole: null,
        kind: 'statement',
        checkworthiness: 0.5,
        reasons: [],
        type: 'other',
      });
    }
  }
  return { language, claims };
}
