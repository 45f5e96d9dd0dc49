import { ApiError } from '../../../shared/api';

/** The ApiError a call throws, or null when it returns; any other error is rethrown. */
export function apiErrorOf(f: () => unknown): ApiError | null {
  try {
    f();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  return null;
}

/** The code of the ApiError a call throws, or 'ok' when it returns. */
export const apiErrorCode = (f: () => unknown): string => apiErrorOf(f)?.code ?? 'ok';
