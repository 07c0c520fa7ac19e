import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { goalStatuses, type GoalStatus } from '../../../src-shared/domain/codes';
import type { BuildUpStep, LearningGoal } from '../../../src-shared/domain/trajectory';
import { useDatabase } from '../../app/database-context';
import type { InstapDatabase } from '../../db/database';
import { buildUpSteps, learningGoals } from '../../data/trajectory-repository';

type Item = { id: string; text: string; order: number };
type Repository<T extends Item> = {
  siblings: (db: InstapDatabase, trajectoryId: string) => Promise<T[]>;
  add: (
    db: InstapDatabase,
    trajectoryId: string,
    input: Omit<T, 'id' | 'trajectoryId' | 'order'>,
  ) => Promise<T>;
  update: (
    db: InstapDatabase,
    id: string,
    changes: Partial<Omit<T, 'id' | 'trajectoryId' | 'order'>>,
  ) => Promise<void>;
  move: (db: InstapDatabase, id: string, direction: -1 | 1) => Promise<void>;
  remove: (db: InstapDatabase, id: string) => Promise<void>;
};

/**
 * One editor for both ordered lists of a trajectory (learning goals, build-up steps): add with
 * Enter, edit in place (saved on leaving the field), reorder with buttons, remove.
 */
function OrderedSection<T extends Item>(props: {
  trajectoryId: string;
  repository: Repository<T>;
  title: string;
  textLabel: string;
  addLabel: string;
  emptyText: string;
  newItem: (text: string) => Omit<T, 'id' | 'trajectoryId' | 'order'>;
  extra: (
    item: T,
    save: (changes: Partial<Omit<T, 'id' | 'trajectoryId' | 'order'>>) => void,
  ) => ReactNode;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const headingId = useId();
  const [draft, setDraft] = useState('');
  const items = useLiveQuery(
    () => props.repository.siblings(db, props.trajectoryId),
    [db, props.trajectoryId, props.repository],
  );

  const add = async () => {
    const text = draft.trim();
    if (!text) return;
    await props.repository.add(db, props.trajectoryId, props.newItem(text));
    setDraft('');
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      {items && items.length === 0 && <p className="muted">{props.emptyText}</p>}
      <ol className="ordered-list">
        {items?.map((item, index) => {
          const save = (changes: Partial<Omit<T, 'id' | 'trajectoryId' | 'order'>>) =>
            void props.repository.update(db, item.id, changes);
          return (
            <li key={item.id} className="ordered-item">
              <span className="order-number" aria-hidden="true">
                {index + 1}.
              </span>
              <input
                type="text"
                aria-label={`${props.textLabel} ${index + 1}`}
                defaultValue={item.text}
                maxLength={500}
                onBlur={(event) => {
                  const text = event.target.value.trim();
                  if (!text) event.target.value = item.text;
                  else if (text !== item.text)
                    save({ text } as Partial<Omit<T, 'id' | 'trajectoryId' | 'order'>>);
                }}
              />
              {props.extra(item, save)}
              <div className="item-actions">
                <button
                  type="button"
                  className="button small icon"
                  aria-label={`${t('trajectory.moveUp')}: ${item.text}`}
                  disabled={index === 0}
                  onClick={() => void props.repository.move(db, item.id, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button small icon"
                  aria-label={`${t('trajectory.moveDown')}: ${item.text}`}
                  disabled={index === items.length - 1}
                  onClick={() => void props.repository.move(db, item.id, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button small icon"
                  aria-label={`${t('trajectory.remove')}: ${item.text}`}
                  onClick={() => void props.repository.remove(db, item.id)}
                >
                  ×
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <form
        className="add-row"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <input
          type="text"
          aria-label={props.addLabel}
          placeholder={props.addLabel}
          value={draft}
          maxLength={500}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button" disabled={!draft.trim()}>
          {props.addLabel}
        </button>
      </form>
    </section>
  );
}

export function GoalsSection({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useTranslation();
  return (
    <OrderedSection<LearningGoal>
      trajectoryId={trajectoryId}
      repository={learningGoals}
      title={t('trajectory.goals')}
      textLabel={t('trajectory.goalText')}
      addLabel={t('trajectory.addGoal')}
      emptyText={t('trajectory.noGoals')}
      newItem={(text) => ({ text, status: 'open' })}
      extra={(goal, save) => (
        <select
          aria-label={`${t('trajectory.goalStatus')}: ${goal.text}`}
          value={goal.status}
          onChange={(event) => save({ status: event.target.value as GoalStatus })}
        >
          {goalStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`codes.goalStatus.${status}`)}
            </option>
          ))}
        </select>
      )}
    />
  );
}

export function StepsSection({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useTranslation();
  return (
    <OrderedSection<BuildUpStep>
      trajectoryId={trajectoryId}
      repository={buildUpSteps}
      title={t('trajectory.steps')}
      textLabel={t('trajectory.stepText')}
      addLabel={t('trajectory.addStep')}
      emptyText={t('trajectory.noSteps')}
      newItem={(text) => ({ text, reachedOn: null })}
      extra={(step, save) => (
        <input
          type="date"
          aria-label={`${t('trajectory.reachedOn')}: ${step.text}`}
          value={step.reachedOn ?? ''}
          onChange={(event) => save({ reachedOn: event.target.value || null })}
        />
      )}
    />
  );
}
