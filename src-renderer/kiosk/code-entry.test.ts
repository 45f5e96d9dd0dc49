import { describe, expect, it } from 'vitest';
import raw from '../../assets/default-election.json';
import { CODE_ALPHABET, parseCode } from '../../shared/domain/codes';
import { ElectionSchema } from '../../shared/domain/election';
import { keypadKeys } from './code-keypad';
import { exampleCode } from './code-screen';
import { ballotShape, interruption } from './voter-session';

const election = ElectionSchema.parse(raw);

describe('code entry', () => {
  it('the example is a well-formed code of the kiosk’s own section', () => {
    for (const section of ['FR', 'BE']) {
      const parsed = parseCode(exampleCode(section));
      expect(parsed).toMatchObject({ ok: true, section });
    }
  });

  it('the keypad holds the code alphabet, digits first, and the letters of every section', () => {
    expect(keypadKeys(election)).toEqual([...CODE_ALPHABET]);
    const withLu = {
      ...election,
      sections: [...election.sections, { id: 'LU', name: { fr: 'Luxembourg' } }],
    };
    const keys = keypadKeys(withLu);
    expect(keys).toContain('L');
    expect(keys).toContain('U');
    expect(keys).not.toContain('O');
    expect(keys.slice(0, 8)).toEqual([...'23456789']);
  });
});

describe('ballot shape', () => {
  const state = {
    election,
    status: 'open' as const,
    testMode: false,
    section: 'FR',
    language: 'fr' as const,
    accepting: true,
  };
  it('ignores what does not change the ballot (section, language, texts)', () => {
    const renamed = { ...election, title: { fr: 'Autre titre' } };
    expect(ballotShape({ ...state, section: 'BE', language: 'nl', election: renamed })).toBe(
      ballotShape(state),
    );
  });
  it('changes with the options, the rules or the switch from test to real ballots', () => {
    const s = ballotShape(state);
    expect(
      ballotShape({ ...state, election: { ...election, options: election.options.slice(1) } }),
    ).not.toBe(s);
    expect(
      ballotShape({
        ...state,
        election: { ...election, rules: { ...election.rules, minRanked: 2 } },
      }),
    ).not.toBe(s);
    expect(ballotShape({ ...state, testMode: true })).not.toBe(s);
  });
});

describe('interruption of a voter who has started', () => {
  const state = {
    election,
    status: 'open' as const,
    testMode: false,
    section: 'FR',
    language: 'fr' as const,
    accepting: true,
  };
  const shape = ballotShape(state);
  it('none while the ballot can still be cast as started', () => {
    expect(interruption({ ...state, section: 'BE' }, shape)).toBeNull();
  });
  it('a close is a close; test mode switched off, or new rules, is a change', () => {
    expect(interruption({ ...state, status: 'closed', accepting: false }, shape)).toBe('closed');
    const test = { ...state, status: 'preparation' as const, testMode: true };
    expect(interruption({ ...test, testMode: false, accepting: false }, ballotShape(test))).toBe(
      'changed',
    );
    const rules = { ...election.rules, minRanked: 3 };
    expect(interruption({ ...state, election: { ...election, rules } }, shape)).toBe('changed');
  });
});
