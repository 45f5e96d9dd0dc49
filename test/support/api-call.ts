/** Calls the host's HTTP API from a test, as a browser would. */
import type { Input, MethodName, Output } from '../../shared/api';

export class HttpApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error?: { code: string; message: string } },
  ) {
    super(`${status} ${body.error?.code}: ${body.error?.message}`);
  }
}

export async function apiCall<M extends MethodName>(
  base: string,
  method: M,
  input: Input<M>,
  token?: string,
): Promise<Output<M>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as {
    value?: Output<M>;
    error?: { code: string; message: string };
  };
  if (!res.ok) throw new HttpApiError(res.status, body);
  return body.value as Output<M>;
}

export const TEST_PIN = '482916';

/** Set the staff PIN (first start) or log in, and return a staff token. */
export async function staffToken(base: string): Promise<string> {
  const { pinSet } = await apiCall(base, 'staff.pinStatus', {});
  const r = pinSet
    ? await apiCall(base, 'staff.login', { pin: TEST_PIN })
    : await apiCall(base, 'staff.setPin', { pin: TEST_PIN });
  return r.token;
}
