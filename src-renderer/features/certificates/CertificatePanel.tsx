import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../../src-shared/domain/certificate';
import { useDatabase } from '../../app/database-context';
import { Dialog } from '../../ui/Dialog';
import { FileButton } from '../../ui/FileButton';
import { formatDate, todayIso } from '../../ui/format';
import { showToast } from '../../ui/toast-store';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import {
  certificateContent,
  editsOf,
  proposedEdits,
  type CertificateEdits,
} from './certificate-content';
import { CertificateEditor, editsComplete } from './CertificateEditor';
import {
  currentCertificate,
  issueCertificate,
  reissueCertificate,
} from '../../data/certificate-repository';
import { renderCertificate } from './print-certificates';
import { useIssueRefusal } from './use-issue-refusal';

/**
 * The certificate of a completed trajectory: the text to settle, a preview, the first print that
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
  const [proposal, setProposal] = useState<CertificateEdits | null>(null);

  useEffect(() => {
    if (current === null && proposal === null)
      void proposedEdits(db, trajectoryId).then(setProposal);
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
 * Before the first print: the generated text and goal choice to review. It may be settled over
 * days, so leaving the trajectory keeps it as a draft until the print issues the certificate.
 */
function UnissuedCertificate(props: {
  trajectoryId: string;
  fileStem: string;
  proposal: CertificateEdits;
}) {
  const { t } = useTranslation();
  const form = useForm<CertificateEdits>({ defaultValues: props.proposal });
  const { release } = useUnsavedChanges(form, { draft: `certificate-text:${props.trajectoryId}` });
  const edits = useWatch({ control: form.control }) as CertificateEdits;
  return (
    <>
      <p className="muted">{t('certificates.notYet')}</p>
      <CertificateEditor form={form} />
      <CertificateActions
        trajectoryId={props.trajectoryId}
        fileStem={props.fileStem}
        current={null}
        edits={() => form.getValues()}
        editsComplete={editsComplete(edits)}
        onIssued={release}
      />
    </>
  );
}

function CertificateActions(props: {
  trajectoryId: string;
  fileStem: string;
  current: Certificate | null;
  edits?: () => CertificateEdits;
  editsComplete?: boolean;
  onIssued?: () => void;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const refusal = useIssueRefusal();
  const { trajectoryId, current } = props;
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  useEffect(() => () => void (previewUrl && URL.revokeObjectURL(previewUrl)), [previewUrl]);

  const contentNow = () =>
    certificateContent(db, trajectoryId, props.edits?.() ?? null, todayIso());

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
    if (refusal) {
      showToast({ tone: 'error', message: refusal });
      return;
    }
    const edits = await editsOf(db, trajectoryId, current.content);
    const fresh = await reissueCertificate(
      db,
      current.id,
      await certificateContent(db, trajectoryId, edits, todayIso()),
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

  // A reprint needs nothing from Instellingen; a first issue does.
  const blocked = current === null && (refusal ?? null) !== null;
  return (
    <>
      {blocked && (
        <p className="error" role="alert">
          {refusal}
        </p>
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
          disabled={blocked || props.editsComplete === false}
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
          // Chromium's PDF viewer keeps every key once it has focus (Escape, Tab), so the frame
          // stays out of the Tab order: Escape closes the preview, focus returns to its button.
          <iframe
            className="pdf-preview"
            src={previewUrl}
            title={t('certificates.previewTitle')}
            tabIndex={-1}
          />
        )}
      </Dialog>
    </>
  );
}
