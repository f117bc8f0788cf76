// A refused input said field by field in the UI's language. The API reports each refused field
// as { path, message, reason? } (see ApiIssue); its message is English and names the field as the
// API does (organisationName), so a form shows its own sentence, with the field's label, from the
// reason code, and a general one where there is none.
import type { ApiIssue } from '../../../shared/contract';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface FieldOf<F extends string> {
  /** The form field an API path belongs to, or null when the form has none. */
  field(path: string): F | null;
  label(field: F): string;
  /** The value as typed, for its length. */
  value(field: F): string;
}

/**
 * One sentence per refused field (the first issue of each), from the views namespace's
 * fieldError strings; issues on paths the form does not show are said without a label in `other`.
 */
export function fieldErrorsOf<F extends string>(issues: readonly ApiIssue[] | undefined, form: FieldOf<F>, t: Translate, locale: string): { byField: Partial<Record<F, string>>; other: string[] } {
  const byField: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const issue of issues ?? []) {
    const field = form.field(issue.path);
    if (field === null) {
      other.push(t('fieldError.unknownField'));
      continue;
    }
    if (byField[field] !== undefined) continue;
    const label = form.label(field);
    if (issue.reason === 'too_long' && issue.limit !== undefined) {
      byField[field] = t('fieldError.tooLong', { field: label, length: form.value(field).length.toLocaleString(locale), limit: issue.limit.toLocaleString(locale) });
    } else if (issue.reason === 'bidi_control') {
      byField[field] = t('fieldError.bidiControl', { field: label, character: issue.character ?? '' });
    } else byField[field] = t('fieldError.other', { field: label });
  }
  return { byField, other: [...new Set(other)] };
}
