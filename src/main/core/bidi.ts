// Bidi controls (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069) reorder what a
// reviewer sees around them: a claimant name that swallows the next column, a rationale that reads
// backwards in a report. Names, roles, rationales and rating labels are short texts of their own,
// so they are stored without them; article text keeps every character (claim offsets point into it),
// and what shows it isolates it instead (<bdi> in reports, unicode-bidi: isolate in the app).
import { BIDI_CONTROL } from '../../shared/bidi';

const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

/** The text without bidi embedding, override and isolate controls. */
export function withoutBidiControls(text: string): string;
export function withoutBidiControls(text: string | null): string | null;
export function withoutBidiControls(text: string | null): string | null {
  return text === null ? null : text.replace(BIDI_CONTROLS, '');
}
