// The one error type that services throw. Its code and message travel to every host as is;
// anything else that escapes a service is reported as an internal error.
export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'rule'
  | 'unknown_method'
  | 'import'
  | 'report'
  | 'database'
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

export const notFound = (what: string, id: string) => new AppError('not_found', `No ${what} with id ${id}.`, { id });
