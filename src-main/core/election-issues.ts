/**
 * Turns the schema's complaints about an election file into catalog codes with parameters, so
 * that staff read them in their language: zod's own messages are English only. The code names
 * a sentence of the shared catalog (`shared/i18n/problems.ts`); `message` keeps the English
 * text for logs. The path stays as zod gives it (options.1.title.fr), it is what the file says.
 */
import type { ZodError } from 'zod';
import { ApiError, type ApiIssue, type ElectionIssueCode } from '../../shared/api';
import { ElectionSchema, type Election } from '../../shared/domain/election';

type ZodIssue = ZodError['issues'][number];

export const ELECTION_ISSUE_PREFIX = 'election.';

const SLUG_PATTERN = /a-z0-9/;
const SECTION_PATTERN = /A-Z0-9/;
const EXPECTED: Partial<Record<string, ElectionIssueCode>> = {
  string: 'expected-string',
  number: 'expected-number',
  int: 'expected-integer',
  boolean: 'expected-boolean',
  object: 'expected-object',
  array: 'expected-array',
};

/** The value the file holds at an issue's path (undefined when the key is missing). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

type Described = { code: ElectionIssueCode; params?: Record<string, string | number> };

function describe(issue: ZodIssue, input: unknown): Described {
  // zod reports a missing key as a wrong type or a wrong enum value; staff need "missing".
  const missing = issue.path.length > 0 && valueAt(input, issue.path) === undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return { code: 'required' };
      return { code: EXPECTED[issue.expected] ?? 'invalid' };
    case 'invalid_value':
      if (missing) return { code: 'required' };
      return { code: 'not-one-of', params: { values: issue.values.map(String).join(', ') } };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? { code: 'text-empty' } : { code: 'text-too-short', params: { min } };
      if (issue.origin === 'array') return { code: 'too-few-items', params: { min } };
      return { code: 'number-too-small', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'text-too-long', params: { max } };
      if (issue.origin === 'array') return { code: 'too-many-items', params: { max } };
      return { code: 'number-too-big', params: { max } };
    }
    case 'invalid_format':
      if (issue.format === 'regex' && issue.pattern && SLUG_PATTERN.test(issue.pattern))
        return { code: 'bad-slug' };
      if (issue.format === 'regex' && issue.pattern && SECTION_PATTERN.test(issue.pattern))
        return { code: 'bad-section-id' };
      return { code: 'bad-format' };
    case 'unrecognized_keys':
      return {
        code: 'unknown-keys',
        params: { keys: issue.keys.join(', '), count: issue.keys.length },
      };
    case 'custom':
      return describeCustom(issue.message);
    default:
      return { code: 'invalid' };
  }
}

/** The election schema's own checks (shared/domain/election.ts), recognised by their text. */
function describeCustom(message: string): Described {
  const dupOption = /^duplicate option id "(.*)"$/.exec(message);
  if (dupOption) return { code: 'duplicate-option-id', params: { id: dupOption[1] as string } };
  const dupSection = /^duplicate section id "(.*)"$/.exec(message);
  if (dupSection) return { code: 'duplicate-section-id', params: { id: dupSection[1] as string } };
  const dupRule = /^rule "(.*)" listed twice$/.exec(message);
  if (dupRule) return { code: 'duplicate-tie-break', params: { rule: dupRule[1] as string } };
  if (message.startsWith('the draw by lot breaks every tie')) return { code: 'lot-not-last' };
  const minRanked = /^cannot exceed the number of options \((\d+)\)$/.exec(message);
  if (minRanked) return { code: 'min-ranked-too-big', params: { max: Number(minRanked[1]) } };
  return { code: 'invalid' };
}

export function electionIssues(issues: readonly ZodIssue[], input: unknown): ApiIssue[] {
  return issues.map((i) => {
    const d = describe(i, input);
    return {
      path: i.path.join('.') || '(root)',
      message: i.message,
      code: ELECTION_ISSUE_PREFIX + d.code,
      ...(d.params ? { params: d.params } : {}),
    };
  });
}

/** The file is not JSON at all: one issue, with the parser's reason (kept as it is). */
export function notJsonIssue(reason: string): ApiIssue {
  return {
    path: '(file)',
    message: reason,
    code: `${ELECTION_ISSUE_PREFIX}not-json`,
    params: { reason },
  };
}

/** An election file's text as an election, or an ApiError listing its issues in codes. */
export function parseElectionJson(json: string): Election {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new ApiError('election-invalid', `Not JSON: ${(e as Error).message}`, undefined, [
      notJsonIssue((e as Error).message),
    ]);
  }
  const r = ElectionSchema.safeParse(raw);
  if (!r.success)
    throw new ApiError(
      'election-invalid',
      'The election definition is not valid.',
      { count: r.error.issues.length },
      electionIssues(r.error.issues, raw),
    );
  return r.data;
}
