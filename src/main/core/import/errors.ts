// One error type for every way an import can fail, so callers (UI, CLI, HTTP) can switch on a
// stable `code` and show `message` to the user as is: messages are full, plain sentences.

export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'too_large'
  | 'unsupported'
  /** A PDF or Word file that cannot be read: damaged, truncated or misnamed. */
  | 'damaged'
  /** A PDF that needs a password to open (one encrypted only against copying opens). */
  | 'password_protected'
  | 'not_found'
  | 'no_text_layer'
  | 'no_article'
  | 'fetch_failed'
  | 'not_html'
  | 'invalid_url'
  | 'timeout'
  | 'too_many_redirects'
  /** A team server refused a loopback, private or link-local address. */
  | 'blocked_address';

export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${n} bytes`;
}

export function tooLarge(size: number | null, max: number, noun: 'file' | 'page' = 'file'): ImportError {
  const what = size === null ? `The ${noun}` : `The ${noun} (${formatBytes(size)})`;
  return new ImportError('too_large', `${what} is larger than the import limit of ${formatBytes(max)}.`);
}
