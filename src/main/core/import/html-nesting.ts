// Deeply nested HTML (10,000 <div>s inside each other) overflows the stack of the recursive
// tree walks downstream (Readability, html-to-text) and makes them slow. Before parsing, the
// nesting is measured with htmlparser2's streaming parser (a loop over tokens, no recursion) and,
// if it is deeper than MAX_HTML_DEPTH, the page is written again with the elements below that
// depth left out and their text kept: nothing an article needs sits 256 elements deep.
import { Parser } from 'htmlparser2';

export const MAX_HTML_DEPTH = 256;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The deepest element nesting of `html` (implied closes as a browser would apply them). */
export function htmlDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (VOID.has(name)) return;
        depth++;
        if (depth > max) max = depth;
      },
      onclosetag(name) {
        if (!VOID.has(name)) depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return max;
}

const attr = (value: string) => value.replace(/"/g, '&quot;');

/** `html` with elements nested deeper than `maxDepth` left out (their text kept); as is if it is not that deep. */
export function limitHtmlNesting(html: string, maxDepth = MAX_HTML_DEPTH): string {
  if (htmlDepth(html) <= maxDepth) return html;
  const out: string[] = [];
  const kept: boolean[] = [];
  const parser = new Parser(
    {
      onprocessinginstruction(_name, data) {
        out.push(`<${data}>`);
      },
      onopentag(name, attributes) {
        if (VOID.has(name)) {
          if (kept.length < maxDepth) out.push(`<${name}${Object.entries(attributes).map(([k, v]) => ` ${k}="${attr(v)}"`).join('')}>`);
          return;
        }
        const keep = kept.length < maxDepth;
        kept.push(keep);
        if (keep) out.push(`<${name}${Object.entries(attributes).map(([k, v]) => ` ${k}="${attr(v)}"`).join('')}>`);
      },
      ontext(text) {
        out.push(text);
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        if (kept.pop()) out.push(`</${name}>`);
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return out.join('');
}
