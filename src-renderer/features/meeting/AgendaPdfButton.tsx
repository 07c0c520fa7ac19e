import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { bridge } from '../../bridge';
import { FileButton } from '../../ui/FileButton';
import { loadSettings } from '../../data/settings-repository';
import type { MeetingAgenda } from './meeting-agenda';

/** The agenda as a printable PDF, made in the main process from what the screen shows. */
export function AgendaPdfButton({ agenda }: { agenda: MeetingAgenda }) {
  const { t } = useTranslation();
  const db = useDatabase();
  return (
    <FileButton
      primary
      kind="PDF"
      label={t('meeting.pdf')}
      busyLabel={t('meeting.making')}
      messages={{
        saved: t('meeting.saved'),
        downloaded: t('meeting.downloaded'),
        failed: t('meeting.failed'),
      }}
      make={async () => {
        const settings = await loadSettings(db);
        return bridge['pdf:meeting-agenda']({
          organisation: settings.organisationName || 'Instap',
          region: settings.region || null,
          agenda,
        });
      }}
    />
  );
}
