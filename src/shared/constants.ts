// The plain values both sides share: the lists of verdicts, kinds, stances and languages, the
// http(s) check, the search marks. No zod here: the renderer imports only this file (and types)
// from src/shared, so its first chunk carries no schema library (domain.ts builds the schemas
// from these same lists; an ESLint rule keeps the renderer's value imports on this file).

export const LANGUAGES = ['de', 'en'] as const;
export const CLAIM_KINDS = ['statement', 'reported', 'quote'] as const;
export const VERDICTS = ['unreviewed', 'verified', 'disputed', 'inconclusive'] as const;
/** Verdicts that assert something about the claim and so must cite evidence. */
export const VERDICTS_NEEDING_SOURCE: readonly (typeof VERDICTS)[number][] = ['verified', 'disputed'];
export const STANCES = ['supports', 'refutes', 'context'] as const;
/** Full Fact's claim types. */
export const CLAIM_TYPES = ['quantity', 'correlation_causation', 'prediction', 'law_rule', 'personal_experience', 'other'] as const;
export const UI_LANGUAGES = ['en', 'de'] as const;

export const REPORT_FORMATS = ['md', 'html', 'pdf', 'csv', 'json', 'claimreview'] as const;

/** Search snippets are plain text with matches between these two characters. Never HTML. */
export const SEARCH_MARK_START = '\u0002';
export const SEARCH_MARK_END = '\u0003';

/** Days an article stays in the trash before the next start deletes it for good. */
export const TRASH_DAYS = 30;

/** What a link check found when it fetched a source again. */
export const LINK_CHECK_RESULTS = ['unchanged', 'changed', 'moved', 'gone', 'error'] as const;

export function isHttpUrl(value: string): boolean {
  // The URL parser quietly repairs malformed input (http:///x, http:example.org, backslashes,
  // control characters); the text is stored as typed, so it must already be well formed.
  if (!/^https?:\/\/[^/\\]/i.test(value) || /[\\\u0000-\u001f\u007f\s]/.test(value)) return false;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return false;
  }
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.length > 0;
}

/** Claimdesk's own methodology note per report language, used where Settings hold none. */
export const DEFAULT_METHODOLOGY: Record<'en' | 'de', string> = {
  en:
    'Every claim in this report was found in the article and checked by a person against the sources listed with it. ' +
    'Verified: the sources confirm the claim. Disputed: the sources contradict it. ' +
    'Inconclusive: the available sources neither confirm nor contradict it. ' +
    'Unreviewed claims were found in the text but have not been checked yet.',
  de:
    'Jede Behauptung in diesem Bericht stammt aus dem Artikel und wurde von einem Menschen anhand der bei ihr genannten Quellen geprüft. ' +
    'Bestätigt: Die Quellen belegen die Behauptung. Widerlegt: Die Quellen widersprechen ihr. ' +
    'Unklar: Die verfügbaren Quellen belegen sie weder, noch widerlegen sie sie. ' +
    'Ungeprüfte Behauptungen wurden im Text gefunden, aber noch nicht geprüft.',
};
