/** Turns an API failure into the sentence(s) of the catalog, with their parameters. */
import { ApiError, type ApiIssue } from '../../shared/api';
import { problemParams } from '../../shared/i18n/problems';
import type { I18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/catalogs';
import { catalogs, errorKey } from '../i18n/translate';

const ELECTION_PREFIX = 'election.';

/** The catalog key for a code when there is one (the sentences live in shared/i18n/). */
const known = (key: string): MessageKey | null => (key in catalogs.fr ? (key as MessageKey) : null);

/** "options.1.id : l’identifiant de thème « a » est utilisé deux fois" (the path as in the file). */
function electionIssueLine(t: I18n['t'], i: ApiIssue, code: string): string {
  const key = known(`electionIssue.${code}`);
  const problem = key ? t(key, i.params ?? {}) : i.message;
  const path = i.path === '(root)' || i.path === '(file)' ? t('place.wholeFile') : i.path;
  return t('place.atPath', { path, problem });
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
    const key = known(`problem.${i.code}`);
    const problem = key ? t(key, problemParams(i.params)) : i.message;
    const p = i.params ?? {};
    return p.file !== undefined && Number(p.line) > 0
      ? t('place.atLine', { file: String(p.file), line: Number(p.line), problem })
      : t('place.inFile', { file: String(p.file ?? i.path), problem });
  });
}
