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
