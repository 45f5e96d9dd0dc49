import { describe, expect, it } from 'vitest';
import raw from '../../assets/default-election.json';
import { CODE_ALPHABET, parseCode } from '../../shared/domain/codes';
import { ElectionSchema } from '../../shared/domain/election';
import { keypadKeys } from './code-keypad';
import { exampleCode } from './code-screen';
import { ballotShape } from './voter-session';

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
