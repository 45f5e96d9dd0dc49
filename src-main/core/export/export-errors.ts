/** Maps what the file system said during an export to the one sentence staff can act on. */
import { ApiError } from '../../../shared/api';

const codeOf = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string'
    ? e.code
    : undefined;

export function exportError(file: string, e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  const code = codeOf(e);
  const detail = `${file}: ${e instanceof Error ? e.message : String(e)}`;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG')
    return new ApiError('export-no-space', `No space left: ${detail}`, { file });
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return new ApiError('export-read-only', `Cannot write: ${detail}`, { file });
  return new ApiError('export-failed', `Export failed: ${detail}`, { file });
}
