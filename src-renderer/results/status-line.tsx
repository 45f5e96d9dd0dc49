/** Where the vote stands, and how often the slide moves, so nobody reads a batch as a voter. */
import type { PublicResults } from '../../shared/api';
import { useI18n } from '../i18n/i18n-context';

export function StatusLine({ results }: { results: PublicResults }) {
  const { t } = useI18n();
  const batch = results.election.results.batchSize;
  return (
    <>
      {results.testMode && (
        <p className="test-banner" data-testid="test-banner">
          {t('results.test')}
        </p>
      )}
      <p className="status-line" data-testid="status" data-status={results.status}>
        {t(`results.status.${results.status}`)}
        {results.status !== 'closed' && batch > 1 && ` · ${t('results.batches', { n: batch })}`}
      </p>
    </>
  );
}
