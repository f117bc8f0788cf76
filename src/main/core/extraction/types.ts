import type { ClaimKind, ClaimType, Language } from '../../../shared/domain';

/** One claim found in an article's text. Offsets are JavaScript string indices, end exclusive. */
export interface ExtractedClaim {
  start: number;
  end: number;
  text: string;
  /** The fullest name the article gives for whoever makes the claim; null for the article's own voice. */
  claimant: string | null;
  claimantRole: string | null;
  kind: ClaimKind;
  /** 0..1; 0.5 and above means check-worthy. */
  checkworthiness: number;
  /** Why it scored as it did: 'number', 'date', 'named entity', 'comparison', 'cause', 'prediction', 'law or rule', … */
  reasons: string[];
  type: ClaimType;
}

export interface ExtractOptions {
  /** Skip detection when the language is known. */
  language?: Language;
}

export interface ExtractionResult {
  language: Language;
  claims: ExtractedClaim[];
}
