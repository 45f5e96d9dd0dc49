/** Drives, export and import for the staff console. */
import { ApiError } from '../../shared/api';
import type { StaffFiles } from './api-service';
import type { BallotBox } from './ballot-box';

export interface StaffFilesDeps {
  box: BallotBox;
  now: () => Date;
  appVersion: string;
}

export function createStaffFiles(_deps: StaffFilesDeps): StaffFiles {
  const unavailable = () =>
    Promise.reject(new ApiError('not-supported', 'USB export is not built yet.'));
  return { listDrives: unavailable, exportTo: unavailable, importFiles: unavailable };
}
