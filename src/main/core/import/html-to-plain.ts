// HTML fragment → plain text with one paragraph per line. Shared by the HTML (Readability
// output), Markdown (marked output) and DOCX (mammoth output) paths so all structured formats
// produce the same shape of text. html-to-text is loaded lazily: plain-text imports never pay
// for it.
import type { HtmlToTextOptions } from 'html-to-text';

type Compiled = (html: string) => string;
let compiled: Promise<Compiled> | null = null;
let compiledMain: Promise<Compiled> | null = null;

const BLOCK = { leadingLineBreaks: 1, trailingLineBreaks: 1 };

// Why each override:
// - wordwrap false: line breaks must mean paragraphs, not a column width.
// - links/images: keep the link text only, no "[url]"; images are skipped (no alt-text noise).
// - headings/table headers: html-to-text upper-cases them by default, which alters the text.
// - blockquote: the default "> " prefix would leave markup characters in the text.
// - hr: the default is a line of dashes.
// - single line breaks around blocks: the contract is "paragraphs separated by \n".
const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  preserveNewlines: false,
  decodeEntities: true,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'template', format: 'skip' },
    { selector: 'hr', format: 'skip' },
    { selector: 'p', options: BLOCK },
    { selector: 'div', options: BLOCK },
    { selector: 'pre', options: BLOCK },
    { selector: 'blockquote', format: 'block', options: BLOCK },
    ...(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const).map((h) => ({ selector: h, options: { ...BLOCK, uppercase: false } })),
    { selector: 'ul', options: { ...BLOCK, itemPrefix: '• ' } },
    { selector: 'ol', options: BLOCK },
    { selector: 'table', format: 'dataTable', options: { ...BLOCK, uppercaseHeaderCells: false } },
  ],
};

/** A whole page's main content: its first <article>, else <main>, else <body>. */
const MAIN_CONTENT: HtmlToTextOptions = {
  ...OPTIONS,
  baseElements: { selectors: ['article', 'main', 'body'], orderBy: 'selectors', returnDomByDefault: true },
  limits: { maxBaseElements: 1 },
};

async function converter(mainContent: boolean): Promise<Compiled> {
  if (mainContent) return (compiledMain ??= import('html-to-text').then((m) => m.compile(MAIN_CONTENT)));
  return (compiled ??= import('html-to-text').then((m) => m.compile(OPTIONS)));
}

/** With `mainContent`, only the page's main content element (see MAIN_CONTENT), for pages too large for Readability. */
export async function htmlToPlainText(html: string, options: { mainContent?: boolean } = {}): Promise<string> {
  const convert = await converter(options.mainContent ?? false);
  // html-to-text still emits blank lines between some adjacent blocks; squeeze them.
  return convert(html).replace(/[^\S\n]+$/gm, '').replace(/\n{2,}/g, '\n');
}
