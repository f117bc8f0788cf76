// Finding a source's excerpt in the snapshot's text. People copy excerpts from a browser, so the
// comparison ignores case, runs of white space, and the kind of quotes, dashes and apostrophes;
// the offsets returned are in the original text.
const FOLD: Record<string, string> = { '„': '"', '“': '"', '”': '"', '«': '"', '»': '"', '‚': "'", '‘': "'", '’': "'", '‹': "'", '›': "'", '–': '-', '—': '-', '\u00a0': ' ' };

function fold(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    let ch = FOLD[text[i]!] ?? text[i]!;
    if (/\s/.test(ch)) {
      if (lastSpace) continue;
      ch = ' ';
      lastSpace = true;
    } else {
      lastSpace = false;
    }
    const lower = ch.toLowerCase();
    // toLowerCase keeps the length for everything but a few letters (İ); keep the map in step.
    for (const c of lower) {
      folded += c;
      map.push(i);
    }
  }
  return { folded, map };
}

/** Where the excerpt occurs in the text (first occurrence), or null. Offsets in UTF-16 code units. */
export function findExcerpt(text: string, excerpt: string): { start: number; end: number } | null {
  const exact = text.indexOf(excerpt);
  if (exact >= 0) return { start: exact, end: exact + excerpt.length };
  const needle = fold(excerpt).folded.trim();
  if (!needle) return null;
  const hay = fold(text);
  const at = hay.folded.indexOf(needle);
  if (at < 0) return null;
  return { start: hay.map[at]!, end: hay.map[at + needle.length - 1]! + 1 };
}
