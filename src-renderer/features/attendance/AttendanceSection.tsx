import { zodResolver } from '@hookform/resolvers/zod';
import { format, parseISO } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AttendanceWeek } from '../../../src-shared/domain/attendance';
import { attendanceSummary } from '../../../src-shared/domain/attendance-summary';
import type { Trajectory } from '../../../src-shared/domain/trajectory';
import { useDatabase } from '../../app/database-context';
import { attendanceOf, saveAttendanceChanges } from '../../data/attendance-repository';
import { formatDate, todayIso } from '../../ui/format';
import { translateMessage } from '../../ui/i18n';
import { showToast } from '../../ui/toast-store';
import { useUnsavedChanges } from '../../ui/unsaved-changes/use-unsaved-changes';
import { writeErrorMessage } from '../../ui/write-errors';
import {
  attendanceChanges,
  gridRows,
  gridSchema,
  trajectoryWeeks,
  type GridValues,
  type ParsedGrid,
} from './attendance-grid';
import './attendance.css';

/** What the grid needs of a trajectory (the screen's draft has hours per week still optional). */
type GridTrajectory = Pick<Trajectory, 'id' | 'startedOn' | 'endedOn'> & {
  hoursPerWeek: number | null;
};

/** The weeks shown at first: the recent ones are the ones the coach fills in. */
const RECENT_WEEKS = 6;
const columns = ['hoursAgreed', 'hoursWorked', 'daysAbsent'] as const;
const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent' });

/** Presentie on the trajectory screen: a week grid typed by keyboard, guarded like every form. */
export function AttendanceSection({ trajectory }: { trajectory: GridTrajectory }) {
  const db = useDatabase();
  const recorded = useLiveQuery(() => attendanceOf(db, trajectory.id), [db, trajectory.id]);
  if (!recorded) return null;
  return <AttendanceGrid trajectory={trajectory} recorded={recorded} />;
}

function AttendanceGrid({
  trajectory,
  recorded,
}: {
  trajectory: GridTrajectory;
  recorded: AttendanceWeek[];
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const weeks = trajectoryWeeks(trajectory, todayIso());
  const [showAll, setShowAll] = useState(weeks.length <= RECENT_WEEKS);
  // The row that had focus when Enter saved: focus moves on to the next week.
  const focusedRow = useRef<number | null>(null);
  const form = useForm<GridValues, unknown, ParsedGrid>({
    resolver: zodResolver(gridSchema),
    defaultValues: { weeks: gridRows(weeks, recorded, trajectory.hoursPerWeek) },
  });
  const { register, reset, formState, setFocus } = form;

  // Focus moves after the render that follows the reset: reset drops the fields' refs until they
  // re-register. Each request is a new object, so the effect runs once per request.
  const [focusRequest, setFocusRequest] = useState<{
    name: `weeks.${number}.hoursWorked`;
  } | null>(null);
  useEffect(() => {
    if (focusRequest) setFocus(focusRequest.name);
  }, [focusRequest, setFocus]);

  const { attachForm, onSubmit } = useUnsavedChanges(form, {
    save: async (parsed) => {
      const row = focusedRow.current;
      try {
        await saveAttendanceChanges(db, trajectory.id, attendanceChanges(parsed, weeks, recorded));
        const stored = await attendanceOf(db, trajectory.id);
        reset({ weeks: gridRows(weeks, stored, trajectory.hoursPerWeek) });
        showToast({ tone: 'success', message: t('attendance.saved') });
      } catch (error) {
        showToast({ tone: 'error', message: writeErrorMessage(error) });
        return false;
      }
      if (row !== null && row + 1 < weeks.length) {
        const name = `weeks.${row + 1}.hoursWorked` as const;
        setFocusRequest({ name });
      }
    },
  });

  if (weeks.length === 0) {
    return (
      <section className="panel" aria-labelledby="attendance-title">
        <h2 id="attendance-title">{t('attendance.title')}</h2>
        <p className="muted">{t('attendance.notStarted')}</p>
      </section>
    );
  }

  const first = showAll ? 0 : weeks.length - RECENT_WEEKS;
  const total = attendanceSummary(recorded, { from: weeks[0] as string, to: todayIso() });
  return (
    <section className="panel" aria-labelledby="attendance-title">
      <div className="section-header">
        <h2 id="attendance-title">{t('attendance.title')}</h2>
        {weeks.length > RECENT_WEEKS && (
          <button type="button" className="button small" onClick={() => setShowAll(!showAll)}>
            {showAll
              ? t('attendance.showRecent', { count: RECENT_WEEKS })
              : t('attendance.showAll', { count: weeks.length })}
          </button>
        )}
      </div>
      <p className="hint">{t('attendance.hint')}</p>
      <form ref={attachForm} onSubmit={onSubmit} noValidate>
        <table className="attendance-grid">
          <thead>
            <tr>
              <th scope="col">{t('attendance.week')}</th>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {t(`attendance.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.slice(first).map((weekStart, offset) => {
              const index = first + offset;
              const week = t('attendance.weekLabel', {
                number: format(parseISO(weekStart), 'I'),
                date: formatDate(weekStart),
              });
              return (
                <tr key={weekStart}>
                  <th scope="row">{week}</th>
                  {columns.map((column) => {
                    const error = formState.errors.weeks?.[index]?.[column];
                    return (
                      <td key={column}>
                        <input
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          aria-label={`${t(`attendance.${column}`)}, ${week}`}
                          aria-invalid={error ? true : undefined}
                          onFocus={() => (focusedRow.current = index)}
                          {...register(`weeks.${index}.${column}`)}
                        />
                        {error && (
                          <p className="error" role="alert">
                            {translateMessage(error.message)}
                          </p>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="form-actions">
          <p className="muted" role="status">
            {total.weeks === 0
              ? t('attendance.noneRecorded')
              : [
                  t('attendance.totalWeeks', { count: total.weeks }),
                  [
                    t('attendance.totalHours', {
                      worked: number.format(total.hoursWorked),
                      agreed: number.format(total.hoursAgreed),
                    }),
                    total.workedShare === null
                      ? null
                      : t('attendance.totalShare', { percent: percent.format(total.workedShare) }),
                  ]
                    .filter(Boolean)
                    .join(' '),
                  t('attendance.totalAbsent', { count: total.daysAbsent }),
                ].join(' · ')}
          </p>
          <button type="submit" className="button primary" disabled={formState.isSubmitting}>
            {t('attendance.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
