/**
 * The checks every call passes before its handler, whichever service answers it (the open box's
 * ApiService or the damaged mode): the envelope, the method, the staff session, the input
 * against shared/api.ts. And how a failure becomes an answer.
 */
import type { z } from 'zod';
import {
  ApiError,
  CallEnvelopeSchema,
  contract,
  isMethodName,
  type ApiErrorBody,
  type ApiIssue,
  type CallResult,
  type MethodName,
} from '../../shared/api';
import { electionIssues } from './election-issues';
import type { StaffSessions } from './staff-sessions';

type ZodIssue = z.ZodError['issues'][number];

/** Why a call would be refused before its input is read (unknown method, no staff session). */
export function refusalOf(
  method: string,
  token: string | null | undefined,
  sessions: StaffSessions,
): ApiErrorBody | null {
  if (!isMethodName(method))
    return new ApiError('unknown-method', `Unknown method ${method}`, { method }).toBody();
  if (contract[method].access === 'staff' && !sessions.valid(token))
    return new ApiError('staff-only', 'This needs a staff session (PIN).').toBody();
  return null;
}

/**
 * The checks every call passes before its handler, in every mode: the envelope, the method,
 * the staff session, the input against the contract. Throws ApiError.
 */
export function parseCall(
  raw: unknown,
  sessions: StaffSessions,
): { method: MethodName; data: unknown; token: string | null | undefined } {
  const env = CallEnvelopeSchema.safeParse(raw);
  if (!env.success) throw new ApiError('bad-request', 'The request is not a call envelope.');
  const { method, input, token } = env.data;
  if (!isMethodName(method))
    throw new ApiError('unknown-method', `Unknown method ${method}`, { method });
  const spec = contract[method];
  if (spec.access === 'staff' && !sessions.valid(token))
    throw new ApiError('staff-only', 'This needs a staff session (PIN).');
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success)
    throw new ApiError(
      'bad-request',
      `Invalid input for ${method}`,
      { method },
      requestIssues(parsed.error.issues.slice(0, 20), input),
    );
  return { method, data: parsed.data, token };
}

/** A call's failure as an answer: an ApiError as it is, anything else as `internal`. */
export function failure(e: unknown): CallResult {
  if (e instanceof ApiError) return { ok: false, error: e.toBody() };
  console.error('internal error', e);
  return { ok: false, error: { code: 'internal', message: 'Internal error' } };
}

/**
 * A refused request's issues; those about an election definition (the editor's save) get the
 * catalog codes of election files, so that staff read them in their language.
 */
function requestIssues(issues: readonly ZodIssue[], input: unknown): ApiIssue[] {
  const election = (input as { election?: unknown } | null)?.election;
  return issues.map((i) =>
    i.path[0] === 'election'
      ? (electionIssues([{ ...i, path: i.path.slice(1) }], election)[0] as ApiIssue)
      : { path: i.path.join('.') || '(root)', message: i.message },
  );
}
