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
  const { t } = useI18n();
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
    [clear, onChange, t],
  );
  return { busy, error, issues, done, run, clear };
}
