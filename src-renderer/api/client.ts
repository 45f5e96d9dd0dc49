/** The only door screens have to the main process: an ApiClient, whatever carries it. */
import { createContext, useContext } from 'react';
import { ApiError, type ApiClient } from '../../shared/api';

export type { ApiClient };
export { ApiError };

export const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}

/** Random ballot id (128 bits) chosen by the kiosk, so that a retried cast is recorded once. */
export function newBallotId(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
