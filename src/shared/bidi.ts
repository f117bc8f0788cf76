// Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): what a name must
// not carry, since one unbalanced control reorders everything after it on a report's line (who
// reviewed what). The marks that only set a direction (LRM U+200E, RLM U+200F, ALM U+061C)
// reorder nothing beyond themselves and are allowed.
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `text` cannot be a `what` ("reviewer name"), naming the first bidi control in it; null when it has none. */
export function bidiControlProblem(text: string, what: string): string | null {
  const found = BIDI_CONTROL.exec(text);
  return found
    ? `The ${what} may not contain bidi control characters (${codePoint(found[0])}): they reorder how reports show it. Remove them and save again.`
    : null;
}

/** The first bidi control in `text` as U+XXXX, or null. */
export function bidiControlCodePoint(text: string): string | null {
  const found = BIDI_CONTROL.exec(text);
  return found ? codePoint(found[0]) : null;
}
