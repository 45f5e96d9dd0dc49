import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { PairingCodes } from './pairing-codes';

function setup() {
  const clock = { t: 1_000_000 };
  const audit: { action: string; details: Record<string, unknown> }[] = [];
  const codes = new PairingCodes({
    nowMs: () => clock.t,
    randomIndex: (n) => randomInt(n),
    audit: (action, details) => audit.push({ action, details }),
    ttlSeconds: 300,
  });
  return { clock, audit, codes };
}
const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof ApiError) return e.code;
    throw e;
  }
  return 'ok';
};

describe('PairingCodes', () => {
  it('grants the role once: a replayed code is refused', () => {
    const { codes } = setup();
    const { code } = codes.issue({ role: 'kiosk', section: 'BE' });
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}$/);
    expect(codes.redeem(code, 'a')).toEqual({ role: 'kiosk', section: 'BE' });
    expect(codeOf(() => codes.redeem(code, 'a'))).toBe('pairing-code-invalid');
  });

  it('refuses an expired code', () => {
    const { codes, clock } = setup();
    const { code } = codes.issue({ role: 'projector', section: null });
    clock.t += 300_001;
    expect(codeOf(() => codes.redeem(code, 'a'))).toBe('pairing-code-invalid');
  });

  it('locks a guesser, then the room, and writes every failure to the audit trail', () => {
    const { codes, audit } = setup();
    const { code } = codes.issue({ role: 'kiosk', section: 'FR' });
    for (let i = 0; i < 5; i++)
      expect(codeOf(() => codes.redeem('AAAAAAAA', 'guesser'))).toBe('pairing-code-invalid');
    // Locked now, even with the right code.
    expect(codeOf(() => codes.redeem(code, 'guesser'))).toBe('pairing-rate-limited');
    // Other addresses guess on: past 20 failures a minute the whole room waits.
    let refused = 0;
    for (let i = 0; i < 40; i++)
      if (codeOf(() => codes.redeem('BBBBBBBB', `other-${i % 4}`)) === 'pairing-rate-limited')
        refused++;
    expect(refused).toBeGreaterThan(0);
    expect(codeOf(() => codes.redeem(code, 'honest'))).toBe('pairing-rate-limited');
    expect(audit.filter((a) => a.action === 'pairing-failed').length).toBeGreaterThanOrEqual(20);
    expect(audit.some((a) => a.action === 'pairing-limited' && a.details.scope === 'room')).toBe(
      true,
    );
    expect(JSON.stringify(audit)).not.toContain(code);
  });
});
