import { useTranslation } from 'react-i18next';
import './details.css';
import { dueFollowUps, followUpDueOn } from '../../../src-shared/domain/outflow';
import type { Trajectory } from '../../../src-shared/domain/trajectory';
import { formatDate } from '../../ui/format';
import { useToday } from '../../ui/use-today';

/**
 * The follow-up after an outflow to paid work that is due and not yet recorded (6 and 12 months
 * after the end): shown on the candidate and the trajectory until the coach records it.
 */
export function FollowUpDue({
  trajectory,
}: {
  trajectory: Pick<Trajectory, 'outcome' | 'endedOn' | 'followUp'>;
}) {
  const { t } = useTranslation();
  const today = useToday();
  const { endedOn } = trajectory;
  const due = dueFollowUps(trajectory, today);
  if (endedOn === null || due.length === 0) return null;
  return (
    <ul className="follow-up-due" aria-label={t('outflow.dueTitle')}>
      {due.map((moment) => (
        <li key={moment} className="hint block">
          {t(`outflow.due.${moment}`, { date: formatDate(followUpDueOn(endedOn, moment)) })}
        </li>
      ))}
    </ul>
  );
}
