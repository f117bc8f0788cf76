import type { ClaimKind, ClaimType, Language } from '../../../shared/domain';
import type { Scorer } from './scorer';

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
  /** The features that pushed the score up or down most, as codes (src/shared/checkworthiness.ts). */
  reasons: string[];
  type: ClaimType;
}

export interface ExtractOptions {
  /** Skip detection when the language is known. */
  language?: Language;
  /** The check-worthiness scorer; the shipped model when not given. */
  scorer?: Scorer;
}

export interface ExtractionResult {
  language: Language;
  claims: ExtractedClaim[];
}
