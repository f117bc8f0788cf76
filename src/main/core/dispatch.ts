// The one boundary every host calls: validate the input against the contract, call the
// service, and turn the outcome into { ok, value } or { ok: false, error }. Nothing
// unvalidated reaches a service, and no stack trace reaches a caller.
import { z } from 'zod';
import { contract, isMethodName, type ApiIssue, type ApiResult, type MethodName, type MethodResult } from '../../shared/contract';
import { AppError, isDamage } from './errors';
import { wellFormedText } from './import/normalise';
import type { Handlers } from './services/handlers';
import { actingAccount } from './services/context';
import { roleAtLeast, type Role } from '../../shared/access';

/** Who calls, on a team server: dispatch checks the method's role and records the account as the actor. */
export interface Caller {
  name: string;
  role: Role;
  /** The account's id, on a team server. */
  id?: string;
}

export type Dispatch = (method: string, input: unknown, caller?: Caller) => Promise<ApiResult<unknown>>;

export function createDispatch(handlers: Handlers, onInternalError: (error: unknown, method: string) => void = logInternal): Dispatch {
  return async (method, input, caller) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `There is no method called ${String(method).slice(0, 100)}.` } };
    }
    const { access } = contract[method];
    if (caller && !roleAtLeast(caller.role, access.role)) {
      return { ok: false, error: { code: 'forbidden', message: `${method} needs the ${access.role} role; ${caller.name} is a ${caller.role}.`, details: { needed: access.role, role: caller.role } } };
    }
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'validation',
          message: describeIssues(parsed.error),
          issues: parsed.error.issues.map(issueOf),
        },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown) => Promise<MethodResult<MethodName>>;
      const run = () => handler(wellFormed(parsed.data));
      return { ok: true, value: await (caller ? actingAccount.run({ name: caller.name }, run) : run()) };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
      }
      // A damaged page met while reading: say so (callers point to the repair), not "internal".
      if (isDamage(error)) {
        return { ok: false, error: { code: 'database', message: `The database is damaged: ${(error as Error).message}.`, details: { damaged: true } } };
      }
      onInternalError(error, method);
      // The details go to the log, not to the caller: they can name SQL, paths or internals.
      return { ok: false, error: { code: 'internal', message: `Something went wrong in ${method}; nothing was changed. The details are in Claimdesk's log.` } };
    }
  };
}

/**
 * Every string of an input, well-formed: a lone UTF-16 surrogate (which JSON allows as \uD800)
 * and a NUL (which PostgreSQL cannot store in text) become U+FFFD, one unit for one, so what is
 * stored is what offsets were counted on, on either store.
 */
function wellFormed<T>(value: T): T {
  if (typeof value === 'string') return wellFormedText(value) as T;
  if (Array.isArray(value)) return value.map(wellFormed) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = wellFormed(v);
    return out as T;
  }
  return value;
}

/** A refused field as the API reports it: its path and sentence, and its reason as a code where one is known. */
function issueOf(issue: z.core.$ZodIssue): ApiIssue {
  const out: ApiIssue = { path: issue.path.map(String).join('.'), message: issue.message };
  if (issue.code === 'too_big' && issue.origin === 'string') return { ...out, reason: 'too_long', limit: Number(issue.maximum) };
  if (issue.code === 'custom' && issue.params?.reason === 'bidi_control') {
    return { ...out, reason: 'bidi_control', ...(typeof issue.params.character === 'string' ? { character: issue.params.character } : {}) };
  }
  return out;
}

function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  return `Invalid input. ${parts.join('; ')}${error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : ''}`;
}

function logInternal(error: unknown, method: string): void {
  console.error(`[claimdesk] ${method} failed:`, error);
}
