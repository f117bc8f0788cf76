// The one error type that services throw. Its code and message travel to every host as is;
// anything else that escapes a service is reported as an internal error.
export type ErrorCode =
  | 'validation'
  | 'not_found'
  /** A team server's account may not call this method (its role is too low). */
  | 'forbidden'
  | 'conflict'
  | 'rule'
  | 'unknown_method'
  | 'import'
  | 'report'
  | 'database'
  /** The app is closing: the call was not started, or stopped at a safe point with nothing half-written. */
  | 'closing'
  | 'internal';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Thrown at a safe point of a long loop when the app is closing (see cooperative.ts). */
export const closingError = () => new AppError('closing', 'Claimdesk is closing; nothing more was done. Try again once it runs.');

export const notFound = (what: string, id: string) => new AppError('not_found', `No ${what} with id ${id}.`, { id });

/** Errors that mean the database file itself is damaged (as opposed to busy, missing or from the future). */
export function isDamage(error: unknown): boolean {
  const code = (error as { code?: string })?.code ?? '';
  const message = (error as Error)?.message ?? '';
  return /SQLITE_(CORRUPT|NOTADB)/.test(code) || /malformed|not a database|not an SQLite file|file is not a database|integrity check failed/i.test(message);
}
