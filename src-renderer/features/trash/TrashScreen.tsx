import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../src-shared/domain/candidate';
import { useDatabase } from '../../app/database-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDate } from '../../ui/format';
import { showToast } from '../../ui/toast-store';
import { allCandidates, restoreCandidate } from '../../data/candidate-repository';
import { erase, eraseTrajectory } from '../../data/privacy-repository';
import { allTrajectories, restoreTrajectory } from '../../data/trajectory-repository';

interface TrashItem {
  id: string;
  kind: 'candidate' | 'trajectory';
  label: string;
  deletedAt: string;
}

/** Deleted candidates and trajectories: restore, or remove for good after a confirmation. */
export function TrashScreen() {
  const { t } = useTranslation();
  const db = useDatabase();
  const items = useLiveQuery(async () => {
    const candidates = await allCandidates(db);
    const names = new Map(candidates.map((candidate) => [candidate.id, fullName(candidate)]));
    const deletedCandidates: TrashItem[] = candidates.flatMap((candidate) =>
      candidate.deletedAt
        ? [
            {
              id: candidate.id,
              kind: 'candidate' as const,
              label: fullName(candidate),
              deletedAt: candidate.deletedAt,
            },
          ]
        : [],
    );
    const deletedTrajectories: TrashItem[] = (await allTrajectories(db)).flatMap((trajectory) =>
      trajectory.deletedAt
        ? [
            {
              id: trajectory.id,
              kind: 'trajectory' as const,
              label: t('trash.trajectory', { name: names.get(trajectory.candidateId) ?? '—' }),
              deletedAt: trajectory.deletedAt,
            },
          ]
        : [],
    );
    return [...deletedCandidates, ...deletedTrajectories].sort((a, b) =>
      b.deletedAt.localeCompare(a.deletedAt),
    );
  }, [db, t]);

  const restore = async (item: TrashItem) => {
    try {
      await (item.kind === 'candidate' ? restoreCandidate : restoreTrajectory)(db, item.id);
      showToast({ tone: 'success', message: t('candidate.restored') });
    } catch {
      showToast({ tone: 'error', message: t('rules.oneRunning') });
    }
  };
  const [purging, setPurging] = useState<TrashItem | null>(null);
  const purge = async (item: TrashItem) => {
    if (item.kind === 'candidate') await erase(db, [item.id]);
    else await eraseTrajectory(db, item.id);
    showToast({ tone: 'success', message: t('trash.purged') });
  };

  return (
    <section className="page" aria-labelledby="trash-title">
      <h1 id="trash-title">{t('trash.title')}</h1>
      <p className="muted">{t('trash.intro')}</p>
      {items && items.length === 0 && <p className="empty-state">{t('trash.empty')}</p>}
      <ul className="trash-list">
        {items?.map((item) => (
          <li key={`${item.kind}-${item.id}`} className="trash-item">
            <div>
              <strong>{item.label}</strong>
              <div className="muted">
                {item.kind === 'candidate' ? `${t('trash.candidate')} · ` : ''}
                {t('trash.deletedOn', { date: formatDate(item.deletedAt.slice(0, 10)) })}
              </div>
            </div>
            <div className="item-actions">
              <button type="button" className="button small" onClick={() => void restore(item)}>
                {t('trash.restore')}
              </button>
              <button
                type="button"
                className="button small danger"
                onClick={() => setPurging(item)}
              >
                {t('trash.purge')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={purging !== null}
        onOpenChange={(open) => !open && setPurging(null)}
        title={t('trash.confirmPurge', { name: purging?.label ?? '' })}
        confirmLabel={t('trash.confirmPurgeAction')}
        onConfirm={() => purging && void purge(purging)}
      >
        <p>{t('trash.confirmPurgeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
