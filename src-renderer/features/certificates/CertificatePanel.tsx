import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { Dialog } from '../../ui/Dialog';
import { FileButton } from '../../ui/FileButton';
import { formatDate, todayIso } from '../../ui/format';
import { showToast } from '../../ui/toast-store';
import { certificateContent, proposedPersonalText } from './certificate-content';
import { currentCertificate, issueCertificate, reissueCertificate } from './certificate-repository';
import { renderCertificate } from './print-certificates';

/**
 * The certificate of a completed trajectory: the personal text, a preview, the first print that
 * issues the number, reprints from the snapshot, and "Opnieuw uitgeven".
 */
export function CertificatePanel({
  trajectoryId,
  fileStem,
}: {
  trajectoryId: string;
  fileStem: string;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const current = useLiveQuery(
    async () => (await currentCertificate(db, trajectoryId)) ?? null,
    [db, trajectoryId],
  );
  const [text, setText] = useState<string | null>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);

  useEffect(() => {
    if (current === null && text === null)
      void proposedPersonalText(db, trajectoryId).then(setText);
  }, [current, text, db, trajectoryId]);
  useEffect(() => () => void (previewUrl && URL.revokeObjectURL(previewUrl)), [previewUrl]);

  const preview = async () => {
    try {
      const content = current
        ? current.content
        : await certificateContent(db, trajectoryId, text, todayIso());
      const pdf = await renderCertificate({ number: current?.number ?? 'VOORBEELD', content });
      setPreviewUrl(
        URL.createObjectURL(new Blob([new Uint8Array(pdf.bytes)], { type: 'application/pdf' })),
      );
    } catch {
      showToast({ tone: 'error', message: t('certificates.failed') });
    }
  };

  const print = async () => {
    const certificate =
      current ??
      (await issueCertificate(
        db,
        trajectoryId,
        await certificateContent(db, trajectoryId, text, todayIso()),
      ));
    const pdf = await renderCertificate(certificate);
    return { fileName: `getuigschrift-${certificate.number}-${fileStem}.pdf`, bytes: pdf.bytes };
  };

  const reissue = async () => {
    if (!current || !window.confirm(t('certificates.confirmReissue', { number: current.number })))
      return;
    const personal = await proposedPersonalText(db, trajectoryId);
    const fresh = await reissueCertificate(
      db,
      current.id,
      await certificateContent(
        db,
        trajectoryId,
        current.content.personalText ?? personal,
        todayIso(),
      ),
    );
    showToast({
      tone: 'success',
      message: t('certificates.reissued', { old: current.number, number: fresh.number }),
    });
  };

  const messages = {
    saved: t('certificates.saved'),
    downloaded: t('certificates.downloaded'),
    failed: t('certificates.failed'),
  };

  return (
    <section className="panel" aria-labelledby="certificate-title">
      <h2 id="certificate-title">{t('certificates.title')}</h2>
      {current ? (
        <p>
          {t('certificates.issued', {
            number: current.number,
            date: formatDate(current.content.issuedOn),
          })}
        </p>
      ) : (
        <>
          <p className="muted">{t('certificates.notYet')}</p>
          <label className="field">
            <span className="label">{t('certificates.personalText')}</span>
            <textarea
              rows={4}
              value={text ?? ''}
              maxLength={5000}
              onChange={(event) => setText(event.target.value)}
            />
          </label>
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void preview()}>
          {t('certificates.preview')}
        </button>
        <FileButton
          primary
          kind="PDF"
          label={current ? t('certificates.reprint') : t('certificates.print')}
          busyLabel={t('certificates.making')}
          messages={messages}
          make={print}
        />
        {current && (
          <button type="button" className="button" onClick={() => void reissue()}>
            {t('certificates.reissue')}
          </button>
        )}
      </div>
      <Dialog
        open={previewUrl !== null}
        onOpenChange={(open) => !open && setPreviewUrl(null)}
        title={t('certificates.previewTitle')}
        wide
      >
        {previewUrl && (
          <iframe className="pdf-preview" src={previewUrl} title={t('certificates.previewTitle')} />
        )}
      </Dialog>
    </section>
  );
}
