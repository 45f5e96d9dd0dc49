/**
 * Checks ballot files from other kiosks before anything changes: every row of every file is
 * parsed and validated against this election (id, section, options, ranking rules), ballot ids
 * are checked for clashes within a file, across files and against the box. Only when every
 * file is clean does the caller merge, all at once. Errors name the file, the line and a
 * problem code that the console translates.
 */
import { ApiError } from '../../../shared/api';
import { parseBallotsCsv, type CsvError } from '../../../shared/csv/ballots-csv';
import { ballotProblem, repeatedBallot, type Ballot } from '../../../shared/domain/ballot';
import type { Election } from '../../../shared/domain/election';
import { sha256 } from '../export/verified-file';

export interface ImportFile {
  name: string;
  content: string;
}

export interface ImportIssue {
  file: string;
  line: number;
  code: string;
  params: Record<string, string | number>;
  message: string;
}

export interface PreparedImport {
  ballots: Ballot[];
  files: { name: string; sha256: string; ballots: number }[];
}

export interface ImportLimits {
  maxChars?: number;
  maxRows?: number;
}

const MAX_ISSUES = 50;

/** The line of the n-th (0-based) occurrence of a ballot id, for messages only. */
function lineOf(text: string, id: string, nth: number): number {
  let at = text.indexOf(id);
  for (let k = 0; k < nth && at >= 0; k++) at = text.indexOf(id, at + 1);
  if (at < 0) return 0;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const fromCsv = (file: string, e: CsvError): ImportIssue => ({
  file,
  line: e.line,
  code: e.code,
  params: e.params ?? {},
  message: e.message,
});

export function prepareImport(
  election: Election,
  files: readonly ImportFile[],
  existing: (id: string) => Ballot | undefined,
  limits: ImportLimits = {},
): PreparedImport {
  const issues: ImportIssue[] = [];
  const byId = new Map<string, { ballot: Ballot; file: string }>();
  const out: PreparedImport = { ballots: [], files: [] };
  for (const f of files) {
    const parsed = parseBallotsCsv(f.content, {
      election: election.id,
      options: election.options.map((o) => o.id),
      sections: election.sections.map((s) => s.id),
      ...(limits.maxChars !== undefined ? { maxChars: limits.maxChars } : {}),
      ...(limits.maxRows !== undefined ? { maxRows: limits.maxRows } : {}),
    });
    if (!parsed.ok) {
      issues.push(...parsed.errors.map((e) => fromCsv(f.name, e)));
      continue;
    }
    const inFile = new Set<string>();
    for (const b of parsed.ballots) {
      const nth = inFile.has(b.id) ? 1 : 0;
      const issue = (code: string, message: string, params: Record<string, string | number>) =>
        issues.push({
          file: f.name,
          line: lineOf(f.content, b.id, nth),
          code,
          params,
          message,
        });
      const problem = ballotProblem(election, b);
      if (problem) {
        const { kind, ...rest } = problem;
        issue(kind, `ballot ${b.id}: ${kind}`, rest as Record<string, string | number>);
        continue;
      }
      // One rule for a repeated id (shared/domain/ballot.ts), in a file as across files and
      // against the box: the same ballot again counts once, other choices are refused.
      const twin = byId.get(b.id)?.ballot ?? existing(b.id);
      if (twin && repeatedBallot(twin, b) === 'conflict') {
        if (inFile.has(b.id))
          issue('duplicate-ballot-id', `ballot id ${b.id} appears twice in this file`, {
            value: b.id,
          });
        else
          issue('ballot-id-conflict', `ballot id ${b.id} is already known with other choices`, {
            value: b.id,
          });
        continue;
      }
      inFile.add(b.id);
      if (!byId.has(b.id)) byId.set(b.id, { ballot: b, file: f.name });
      out.ballots.push(b);
    }
    out.files.push({ name: f.name, sha256: sha256(f.content), ballots: parsed.ballots.length });
  }
  if (issues.length > 0) {
    const first = issues[0] as ImportIssue;
    throw new ApiError(
      'import-invalid',
      `${first.file}, line ${first.line}: ${first.message}`,
      { file: first.file, line: first.line, problem: first.code, count: issues.length },
      issues.slice(0, MAX_ISSUES).map((i) => ({
        path: `${i.file}:${i.line}`,
        message: i.message,
        code: i.code,
        params: { file: i.file, line: i.line, ...i.params },
      })),
    );
  }
  return out;
}
