/** Turns an API failure into the sentence(s) of the catalog, with their parameters. */
import { ApiError, type ApiIssue, type ElectionIssueCode } from '../../shared/api';
import type { I18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/catalogs';
import { catalogs, errorKey } from '../i18n/translate';

// Every problem the main process can find in an election file has its sentence, or this fails.
type ElectionIssueKeysExist = `staff.electionIssue.${ElectionIssueCode}` extends MessageKey
  ? true
  : never;
export const electionIssueKeysExist: ElectionIssueKeysExist = true;

const ELECTION_PREFIX = 'election.';

/** "options.1.id : l’identifiant de thème « a » est utilisé deux fois" (the path as in the file). */
function electionIssueLine(t: I18n['t'], i: ApiIssue, code: string): string {
  const key = `staff.electionIssue.${code}`;
  const problem = key in catalogs.fr ? t(key as MessageKey, i.params ?? {}) : i.message;
  const path =
    i.path === '(root)' || i.path === '(file)' ? t('staff.electionIssue.wholeFile') : i.path;
  return t('staff.electionIssue.at', { path, problem });
}

export function errorText(t: I18n['t'], e: unknown): string {
  if (!(e instanceof ApiError)) return t('error.generic');
  return t(errorKey(e.code), e.params ?? {});
}

/** One translated line per issue of an import or election error: "file, line 3: …". */
export function issueLines(t: I18n['t'], e: unknown): string[] {
  if (!(e instanceof ApiError) || !e.issues) return [];
  return e.issues.map((i) => {
    if (!i.code) return `${i.path}: ${i.message}`;
    if (i.code.startsWith(ELECTION_PREFIX))
      return electionIssueLine(t, i, i.code.slice(ELECTION_PREFIX.length));
    const key = `staff.problem.${i.code}`;
    const problem = key in catalogs.fr ? t(key as MessageKey, i.params ?? {}) : i.message;
    const p = i.params ?? {};
    return p.file !== undefined && Number(p.line) > 0
      ? t('staff.import.issueAt', { file: String(p.file), line: Number(p.line), problem })
      : t('staff.import.issueFile', { file: String(p.file ?? i.path), problem });
  });
}
