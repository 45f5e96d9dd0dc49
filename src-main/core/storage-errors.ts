import { ApiError } from '../../shared/api';
import { StorageError } from './durable-file';

/** A storage failure as the API reports it (full disk or other); anything else is rethrown. */
export const toApiError = (e: unknown): never => {
  if (e instanceof StorageError)
    throw new ApiError(e.kind === 'disk-full' ? 'disk-full' : 'storage-failed', e.message);
  throw e;
};
