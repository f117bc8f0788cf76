// Search snippets are plain text with matches wrapped in SEARCH_MARK_START / SEARCH_MARK_END.
// They become React text and <mark> elements, never HTML.
import type { ReactNode } from 'react';
import { SEARCH_MARK_END, SEARCH_MARK_START } from '../../../../shared/constants';

export interface SnippetPart {
  text: string;
  marked: boolean;
}

/** Splits a snippet into plain and marked runs; unbalanced or stray markers are tolerated. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let text = '';
  const flush = () => {
    if (text) parts.push({ text, marked });
    text = '';
  };
  for (const ch of snippet) {
    if (ch === SEARCH_MARK_START) {
      flush();
      marked = true;
    } else if (ch === SEARCH_MARK_END) {
      flush();
      marked = false;
    } else if (ch >= ' ' || ch === '\t') {
      text += ch;
    } else {
      text += ' '; // Other control characters (newlines included) read as a space.
    }
  }
  flush();
  return parts;
}

export function Snippet({ snippet }: { snippet: string }): ReactNode {
  return splitSnippet(snippet).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>));
}
