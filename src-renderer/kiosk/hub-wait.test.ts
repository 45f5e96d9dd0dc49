import { describe, expect, it } from 'vitest';
import { waitsForHub } from './hub-wait';

const state = (over: {
  link?: { reachable: boolean; waiting: number; problem?: 'certificate' | 'revoked' };
  testMode?: boolean;
  eligibility?: 'open' | 'codes';
}) => ({
  link: over.link,
  testMode: over.testMode ?? false,
  election: { eligibility: over.eligibility ?? 'open' },
});
const down = { reachable: false, waiting: 2 };
const up = { reachable: true, waiting: 0 };

describe('waitsForHub', () => {
  it('holds the welcome of a joined kiosk whose votes need the hub while it is away', () => {
    expect(waitsForHub(state({ link: down, eligibility: 'codes' }))).toBe(true);
    expect(waitsForHub(state({ link: down, testMode: true }))).toBe(true);
    expect(
      waitsForHub(state({ link: { ...down, problem: 'certificate' }, eligibility: 'codes' })),
    ).toBe(true);
  });

  it('lets open votes go on, and says nothing on a standalone kiosk or a hub that answers', () => {
    expect(waitsForHub(state({ link: down }))).toBe(false);
    expect(waitsForHub(state({ eligibility: 'codes' }))).toBe(false);
    expect(waitsForHub(state({ link: up, eligibility: 'codes' }))).toBe(false);
  });

  it('leaves a revoked kiosk to its own message', () => {
    expect(
      waitsForHub(state({ link: { ...down, problem: 'revoked' }, eligibility: 'codes' })),
    ).toBe(false);
  });
});
