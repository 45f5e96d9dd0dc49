/** Two hosts on one data folder: the second refuses to start and says why; a dead owner's lock is taken over. */
import { expect, it } from 'vitest';
import { apiCall } from '../support/api-call';
import { tempDataDir } from '../support/host-process';
import { spawnHost } from './support/fault-host';

it('refuses a second host on the same data folder, clearly, and starts once the first is gone', async () => {
  const dir = tempDataDir('priorites-two-');
  const first = await spawnHost(dir);
  try {
    const second = await spawnHost(dir).then(
      () => null,
      (e: Error & { code?: number; stderr?: string }) => e,
    );
    expect(second).not.toBeNull();
    expect(second?.code).toBe(1);
    expect(second?.stderr).toContain(`processus ${first.child.pid}`);
    expect(second?.stderr).toContain(dir);
    expect(second?.stderr).toContain('already running on this data folder');
    // The first one did not notice.
    expect((await apiCall(first.url, 'kiosk.state', {})).status).toBe('preparation');
  } finally {
    await first.kill('SIGKILL');
  }
  // Its lock is stale now: a new host takes it over.
  const third = await spawnHost(dir);
  expect((await apiCall(third.url, 'kiosk.state', {})).status).toBe('preparation');
  await third.kill('SIGTERM');
}, 60_000);
