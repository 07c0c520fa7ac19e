import { useTranslation } from 'react-i18next';
import { openBackupFile, type ReadyBackup } from './backup-copy';
import { PassphraseDialog, type PassphraseOutcome } from './PassphraseDialog';

/**
 * Asks the passphrase of an encrypted copy the coach chose to restore. A wrong one (or a damaged
 * file) is said here and changes nothing; a right one hands the checked backup on, to be
 * confirmed like any other.
 */
export function UnlockCopyDialog(props: {
  file: { text: string; source: string } | null;
  onOpened: (backup: ReadyBackup) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const file = props.file;

  const unlock = async ({ passphrase }: { passphrase: string }): Promise<PassphraseOutcome> => {
    if (!file) return 'stay';
    const opened = await openBackupFile(file.text, passphrase);
    if (opened.state === 'refused') return { field: 'passphrase', message: opened.message };
    if (opened.state === 'locked') return 'stay';
    props.onOpened(opened);
    return 'done';
  };

  return (
    <PassphraseDialog
      open={file !== null}
      title={t('backup.unlockTitle')}
      description={file ? t('backup.unlockBody', { source: file.source }) : undefined}
      repeat={false}
      submitLabel={t('backup.unlock')}
      busyLabel={t('backup.unlockBusy')}
      onSubmit={unlock}
      onClose={props.onClose}
    />
  );
}
