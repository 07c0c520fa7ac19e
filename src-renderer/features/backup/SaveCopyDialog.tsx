import { useTranslation } from 'react-i18next';
import {
  ENCRYPTED_BACKUP_EXTENSION,
  PASSPHRASE_MIN_LENGTH,
  passphraseProblem,
} from '../../../src-shared/domain/backup-encryption';
import { useDatabase } from '../../app/database-context';
import { bridge } from '../../bridge';
import { showToast } from '../../ui/toast-store';
import { encryptedCopy } from './backup-copy';
import {
  PassphraseDialog,
  type PassphraseOutcome,
  type PassphraseValues,
} from './PassphraseDialog';

/**
 * "Versleutelde kopie opslaan…": the passphrase asked twice, then a backup encrypted with it and
 * saved where the coach chooses. A copy outside the data folder is never saved unencrypted.
 */
export function SaveCopyDialog(props: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const min = PASSPHRASE_MIN_LENGTH;

  const save = async ({ passphrase, repeated }: PassphraseValues): Promise<PassphraseOutcome> => {
    const problem = passphraseProblem(passphrase, repeated);
    if (problem === 'tooShort') {
      return { field: 'passphrase', message: t('backup.passphraseTooShort', { min }) };
    }
    if (problem === 'different') {
      return { field: 'repeated', message: t('backup.passphraseDifferent') };
    }
    try {
      const copy = await encryptedCopy(db, passphrase);
      const result = await bridge['host:save-file']({
        suggestedName: copy.fileName,
        bytes: copy.bytes as Uint8Array<ArrayBuffer>,
        filters: [{ name: t('backup.copyFileType'), extensions: [ENCRYPTED_BACKUP_EXTENSION] }],
      });
      // A cancelled save dialog leaves this dialog open, the passphrase still filled in.
      if (!result.saved) return 'stay';
      const message = result.path ? t('backup.copySaved') : t('backup.copyDownloaded');
      showToast({ tone: 'success', message });
      return 'done';
    } catch {
      showToast({ tone: 'error', message: t('backup.copyFailed') });
      return 'stay';
    }
  };

  return (
    <PassphraseDialog
      open={props.open}
      title={t('backup.copyTitle')}
      description={t('backup.copyIntro')}
      repeat
      hint={t('backup.passphraseHint', { min })}
      submitLabel={t('backup.copySave')}
      busyLabel={t('backup.copyBusy')}
      onSubmit={save}
      onClose={props.onClose}
    />
  );
}
