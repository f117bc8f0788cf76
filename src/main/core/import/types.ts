// Shared shapes of the import core. Kept free of runtime imports so any module can use them.

export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

export interface ImportedDocument {
  /** Normalised article body text (see normaliseText); structured formats give one paragraph per line. */
  text: string;
  title: string | null;
  author: string | null;
  /** Outlet / site name. */
  publisher: string | null;
  /** ISO date YYYY-MM-DD or ISO timestamp (kept with its original offset). */
  publishedAt: string | null;
  /** Canonical URL if any; http/https only. */
  url: string | null;
  /** Only from metadata (html lang, meta, JSON-LD, front matter); never guessed from the text. */
  language: 'de' | 'en' | null;
  format: ImportFormat;
  /** Human-readable notes about lossy steps, e.g. "3 invalid bytes replaced with U+FFFD". */
  warnings: string[];
}

/** Metadata any format parser may fill; merged into an ImportedDocument by parseDocument. */
export interface DocumentMeta {
  title: string | null;
  author: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  language: 'de' | 'en' | null;
}

export const EMPTY_META: Readonly<DocumentMeta> = Object.freeze({
  title: null,
  author: null,
  publisher: null,
  publishedAt: null,
  url: null,
  language: null,
});

/** 20 MB: far above any real article, low enough that a runaway download or a huge PDF cannot stall the app. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Why text of `length` characters cannot be one article (the limit is MAX_STORED_ARTICLE_CHARS, 2,000,000). */
export function articleTooLongMessage(length: number, limit = 2_000_000): string {
  const n = (x: number) => x.toLocaleString('en');
  return `The article is ${n(length)} characters long; an article may have at most ${n(limit)} (about 300,000 words). Split it into parts and import each.`;
}
