// Builds the lexicons' word sets. Kept apart from lexicon.ts so the language files can use it
// without an import cycle.

/** A set from a whitespace-separated word list; multi-word phrases are written with '_'. */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map((w) => w.replace(/_/g, ' ')));
}
