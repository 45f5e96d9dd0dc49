/** One staff action's state for a panel: busy while it runs, then its outcome in words. */
import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { errorText, issueLines } from './staff-errors';

export interface ActionState {
  busy: boolean;
  error: string | null;
  issues: string[];
  done: string | null;
  run<T>(work: () => Promise<T>, done?: (r: T) => string | null): Promise<T | null>;
  clear(): void;
}

export function useAction(onChange: () => void): ActionState {
  const { t, lang } = useI18n();
  // The outcome is a sentence in the language of its moment: another language hides it.
  const [outcomeLang, setOutcomeLang] = useState(lang);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const clear = useCallback(() => {
    setError(null);
    setIssues([]);
    setDone(null);
  }, []);
  const run = useCallback(
    async <T>(work: () => Promise<T>, ok?: (r: T) => string | null): Promise<T | null> => {
      clear();
      setOutcomeLang(lang);
      setBusy(true);
      try {
        const r = await work();
        setDone(ok ? ok(r) : null);
        return r;
      } catch (e) {
        setError(errorText(t, e));
        setIssues(issueLines(t, e));
        return null;
      } finally {
        setBusy(false);
        onChange();
      }
    },
    [clear, lang, onChange, t],
  );
  const current = outcomeLang === lang;
  return {
    busy,
    error: current ? error : null,
    issues: current ? issues : [],
    done: current ? done : null,
    run,
    clear,
  };
}
