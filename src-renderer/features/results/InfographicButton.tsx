import { useTranslation } from 'react-i18next';
import { programmeMatcher, type FigureRecord } from '../../../src-shared/figures';
import { useDatabase } from '../../app/database-context';
import { bridge } from '../../bridge';
import { FileButton } from '../../ui/FileButton';
import { loadSettings } from '../../data/settings-repository';
import { useResultsView } from './results-store';

/**
 * Makes the infographic in the main process from the same records the dashboard shows: with a
 * programme chosen, that programme's records only, as the figures on screen.
 */
export function InfographicButton({ records }: { records: FigureRecord[] }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const { period, referenceDate, filter } = useResultsView();
  return (
    <FileButton
      primary
      kind="PDF"
      label={t('results.infographic')}
      busyLabel={t('results.making')}
      messages={{
        saved: t('results.saved'),
        downloaded: t('results.downloaded'),
        failed: t('results.failed'),
      }}
      make={async () => {
        const settings = await loadSettings(db);
        return bridge['pdf:infographic']({
          title: {
            organisation: settings.organisationName || 'Instap',
            region: settings.region || null,
            regional: false,
          },
          period,
          referenceDate,
          records: records.filter(programmeMatcher(filter) ?? (() => true)),
        });
      }}
    />
  );
}
