import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { Dialog, DialogCancel } from '../../ui/Dialog';
import { proposedEdits, type CertificateEdits } from './certificate-content';
import { CertificateEditor, editsComplete } from './CertificateEditor';

export interface BatchItem {
  id: string;
  name: string;
}

/**
 * A batch reviewed one certificate at a time: the same editor as for a single certificate,
 * Vorige / Volgende, and at the last one the batch is issued with what the coach settled.
 */
export function BatchReview(props: {
  items: readonly BatchItem[];
  onIssue: (reviewed: ReadonlyMap<string, CertificateEdits>) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const [reviewed, setReviewed] = useState<ReadonlyMap<string, CertificateEdits>>(new Map());
  const item = props.items[index];
  if (!item) return null;
  const keep = (edits: CertificateEdits) => {
    const next = new Map(reviewed).set(item.id, edits);
    setReviewed(next);
    return next;
  };
  return (
    <Dialog
      open
      wide
      onOpenChange={(open) => !open && props.onClose()}
      title={t('certificates.reviewTitle', { index: index + 1, total: props.items.length })}
      description={item.name}
    >
      <ReviewStep
        key={item.id}
        trajectoryId={item.id}
        settled={reviewed.get(item.id)}
        first={index === 0}
        last={index === props.items.length - 1}
        count={props.items.length}
        onBack={(edits) => {
          keep(edits);
          setIndex(index - 1);
        }}
        onNext={(edits) => {
          const next = keep(edits);
          if (index === props.items.length - 1) props.onIssue(next);
          else setIndex(index + 1);
        }}
      />
    </Dialog>
  );
}

function ReviewStep(props: {
  trajectoryId: string;
  settled: CertificateEdits | undefined;
  first: boolean;
  last: boolean;
  count: number;
  onBack: (edits: CertificateEdits) => void;
  onNext: (edits: CertificateEdits) => void;
}) {
  const db = useDatabase();
  const [start, setStart] = useState<CertificateEdits | null>(props.settled ?? null);
  useEffect(() => {
    if (start === null) void proposedEdits(db, props.trajectoryId).then(setStart);
  }, [db, props.trajectoryId, start]);
  return start === null ? null : <ReviewForm {...props} start={start} />;
}

function ReviewForm(props: {
  start: CertificateEdits;
  first: boolean;
  last: boolean;
  count: number;
  onBack: (edits: CertificateEdits) => void;
  onNext: (edits: CertificateEdits) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<CertificateEdits>({ defaultValues: props.start });
  const edits = useWatch({ control: form.control }) as CertificateEdits;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        props.onNext(form.getValues());
      }}
    >
      <CertificateEditor form={form} />
      <div className="form-actions">
        <DialogCancel>{t('common.cancel')}</DialogCancel>
        {!props.first && (
          <button type="button" className="button" onClick={() => props.onBack(form.getValues())}>
            {t('certificates.previous')}
          </button>
        )}
        <button type="submit" className="button primary" disabled={!editsComplete(edits)}>
          {props.last
            ? t('certificates.batchPrint', { count: props.count })
            : t('certificates.next')}
        </button>
      </div>
    </form>
  );
}
