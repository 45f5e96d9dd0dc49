import { useEffect } from 'react';
import type { Lang } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';

/** The staff console (PIN, lifecycle, codes, USB export); built out in its own issue. */
export function StaffApp({ setLang }: { setLang: (l: Lang) => void }) {
  const { t } = useI18n();
  useEffect(() => setLang('fr'), [setLang]);
  return (
    <main className="staff">
      <h1>{t('staff.title')}</h1>
      <p>{t('error.staff-only')}</p>
    </main>
  );
}
