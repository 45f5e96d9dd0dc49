/** Turns an API failure into the sentence(s) of the catalog, with their parameters. */
import { ApiError } from '../../shared/api';
import type { I18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/catalogs';
import { catalogs, errorKey } from '../i18n/translate';

export function errorText(t: I18n['t'], e: unknown): string {
  if (!(e instanceof ApiError)) return t('error.generic');
  return t(errorKey(e.code), e.params ?? {});
}

/** One translated line per issue of an import or election error: "file, line 3: …". */
export function issueLines(t: I18n['t'], e: unknown): string[] {
  if (!(e instanceof ApiError) || !e.issues) return [];
  return e.issues.map((i) => {
    if (!i.code) return `${i.path}: ${i.message}`;
    const key = `staff.problem.${i.code}`;
    const problem = key in catalogs.fr ? t(key as MessageKey, i.params ?? {}) : i.message;
    const p = i.params ?? {};
    return p.file !== undefined && Number(p.line) > 0
      ? t('staff.import.issueAt', { file: String(p.file), line: Number(p.line), problem })
      : t('staff.import.issueFile', { file: String(p.file ?? i.path), problem });
  });
}
