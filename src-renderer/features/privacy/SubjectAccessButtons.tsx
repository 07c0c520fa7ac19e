import { useTranslation } from 'react-i18next';
import { inzageFileStem } from '../../../src-shared/domain/subject-access';
import { useDatabase } from '../../app/database-context';
import { bridge } from '../../bridge';
import { FileButton } from '../../ui/FileButton';
import { todayIso } from '../../ui/format';
import { subjectAccessExport, subjectAccessReport } from './subject-access';

/**
 * Inzage for a candidate's screen: the readable PDF for the person who asked, and beside it the
 * same data as JSON to take elsewhere. Both files share a reference, not the person's name.
 */
export function SubjectAccessButtons({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const reference =
    candidateId
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 8) || 'kandidaat';
  const messages = {
    saved: t('privacy.accessSaved'),
    downloaded: t('privacy.accessDownloaded'),
    failed: t('privacy.accessFailed'),
  };
  return (
    <>
      <FileButton
        kind="PDF"
        label={t('privacy.accessPdf')}
        busyLabel={t('privacy.accessBusy')}
        messages={messages}
        make={async () =>
          bridge['pdf:inzage']({
            report: await subjectAccessReport(db, candidateId, todayIso()),
            reference,
          })
        }
      />
      <FileButton
        kind="JSON"
        label={t('privacy.accessJson')}
        busyLabel={t('privacy.accessBusy')}
        messages={messages}
        make={async () => ({
          fileName: `${inzageFileStem(reference, todayIso())}.json`,
          bytes: new TextEncoder().encode(
            `${JSON.stringify(await subjectAccessExport(db, candidateId), null, 2)}\n`,
          ),
        })}
      />
    </>
  );
}
