import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../../src-shared/domain/certificate';
import { useDatabase } from '../../app/database-context';
import { Dialog } from '../../ui/Dialog';
import { FileButton } from '../../ui/FileButton';
import { formatDate, todayIso } from '../../ui/format';
import { showToast } from '../../ui/toast-store';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import { certificateContent, proposedPersonalText } from './certificate-content';
import {
  currentCertificate,
  issueCertificate,
  reissueCertificate,
} from '../../data/certificate-repository';
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
  const [proposal, setProposal] = useState<string | null>(null);

  useEffect(() => {
    if (current === null && proposal === null)
      void proposedPersonalText(db, trajectoryId).then(setProposal);
  }, [current, proposal, db, trajectoryId]);

  return (
    <section className="panel" aria-labelledby="certificate-title">
      <h2 id="certificate-title">{t('certificates.title')}</h2>
      {current ? (
        <>
          <p>
            {t('certificates.issued', {
              number: current.number,
              date: formatDate(current.content.issuedOn),
            })}
          </p>
          <CertificateActions trajectoryId={trajectoryId} fileStem={fileStem} current={current} />
        </>
      ) : (
        current === null &&
        proposal !== null && (
          <UnissuedCertificate
            trajectoryId={trajectoryId}
            fileStem={fileStem}
            proposal={proposal}
          />
        )
      )}
    </section>
  );
}

/**
 * Before the first print: the personal text, proposed from the template. It may be written over
 * days, so leaving the trajectory keeps it as a draft until the print issues the certificate.
 */
function UnissuedCertificate(props: { trajectoryId: string; fileStem: string; proposal: string }) {
  const { t } = useTranslation();
  const form = useForm<{ personalText: string }>({
    defaultValues: { personalText: props.proposal },
  });
  const { release } = useUnsavedChanges(form, { draft: `certificate-text:${props.trajectoryId}` });
  return (
    <>
      <p className="muted">{t('certificates.notYet')}</p>
      <label className="field">
        <span className="label">{t('certificates.personalText')}</span>
        <textarea rows={4} maxLength={5000} {...form.register('personalText')} />
      </label>
      <CertificateActions
        trajectoryId={props.trajectoryId}
        fileStem={props.fileStem}
        current={null}
        personalText={() => form.getValues('personalText')}
        onIssued={release}
      />
    </>
  );
}

function CertificateActions(props: {
  trajectoryId: string;
  fileStem: string;
  current: Certificate | null;
  personalText?: () => string;
  onIssued?: () => void;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const { trajectoryId, current } = props;
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  useEffect(() => () => void (previewUrl && URL.revokeObjectURL(previewUrl)), [previewUrl]);

  const contentNow = () =>
    certificateContent(db, trajectoryId, props.personalText?.() ?? null, todayIso());

  const preview = async () => {
    try {
      const content = current ? current.content : await contentNow();
      const pdf = await renderCertificate({ number: current?.number ?? 'VOORBEELD', content });
      setPreviewUrl(
        URL.createObjectURL(new Blob([new Uint8Array(pdf.bytes)], { type: 'application/pdf' })),
      );
    } catch {
      showToast({ tone: 'error', message: t('certificates.failed') });
    }
  };

  const print = async () => {
    let certificate = current;
    if (!certificate) {
      certificate = await issueCertificate(db, trajectoryId, await contentNow());
      props.onIssued?.();
    }
    const pdf = await renderCertificate(certificate);
    return {
      fileName: `getuigschrift-${certificate.number}-${props.fileStem}.pdf`,
      bytes: pdf.bytes,
    };
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
    <>
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
    </>
  );
}
