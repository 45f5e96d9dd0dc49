import { describe, expect, it } from 'vitest';
import { defaultElection } from './default-election';
import { CodesDocSchema, SettingsDocSchema, StateDocSchema } from './documents';

describe('document schemas', () => {
  const state = {
    version: 1,
    election: defaultElection,
    status: 'open',
    testMode: false,
    revealed: false,
    entitled: { FR: 120 },
  };

  it('accept a well-formed document', () => {
    expect(StateDocSchema.safeParse(state).success).toBe(true);
    expect(
      SettingsDocSchema.safeParse({
        version: 1,
        kioskSection: 'FR',
        language: 'nl',
        pin: null,
        pinFailures: 0,
        lockedUntil: null,
      }).success,
    ).toBe(true);
  });

  it('refuse unknown keys, other versions and malformed code hashes', () => {
    expect(StateDocSchema.safeParse({ ...state, extra: 1 }).success).toBe(false);
    expect(StateDocSchema.safeParse({ ...state, version: 2 }).success).toBe(false);
    expect(StateDocSchema.safeParse({ ...state, entitled: { FR: -1 } }).success).toBe(false);
    expect(
      CodesDocSchema.safeParse({
        version: 1,
        salt: 's',
        codes: [{ hash: 'FR-7KQM', section: 'FR' }],
      }).success,
    ).toBe(false);
    const v2 = (sections: Record<string, string>) =>
      CodesDocSchema.safeParse({ version: 2, salt: 's', sections }).success;
    expect(v2({ FR: 'a'.repeat(64), BE: '' })).toBe(true);
    expect(v2({ FR: 'a'.repeat(63) })).toBe(false);
    expect(v2({ FR: `${'a'.repeat(63)}G` })).toBe(false);
    expect(v2({ 'F R': 'a'.repeat(64) })).toBe(false);
  });

  it('read a codes document of the first version as the second: each section’s hashes end to end', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((x) => x.repeat(64));
    expect(
      CodesDocSchema.parse({
        version: 1,
        salt: 's',
        codes: [
          { hash: a, section: 'FR' },
          { hash: b, section: 'BE' },
          { hash: c, section: 'FR' },
        ],
      }),
    ).toEqual({ version: 2, salt: 's', sections: { FR: `${a}${c}`, BE: b } });
  });
});
