import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link } from 'wouter';
import { useDatabase } from '../../app/database-context';
import { bridge } from '../../bridge';
import { allCandidates } from '../../data/candidate-repository';
import { allCertificates } from '../../data/certificate-repository';
import { allCoachingEntries } from '../../data/coaching-repository';
import { loadSettings } from '../../data/settings-repository';
import { allEvaluations, allTrajectories } from '../../data/trajectory-repository';
import { formatDate } from '../../ui/format';
import './today.css';
import { todoHref, todoItems, todoKinds, type TodoItem, type TodoKind } from './todo-items';

/** A long group shows its longest-waiting lines first; the rest on request. */
const GROUP_LINES = 8;
/** How often the screen asks again for the newest backup (the day's backup runs in the background). */
const BACKUP_RECHECK_MS = 60_000;

/** The newest backup's time; undefined until known, null when there is none or the list failed. */
function useLastBackupAt(): string | null | undefined {
  const [lastBackupAt, setLastBackupAt] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    const check = () =>
      void bridge['backup:list']({}).then(
        // The list comes newest first.
        (result) => setLastBackupAt(result.backups[0]?.modifiedAt ?? null),
        () => setLastBackupAt(null),
      );
    check();
    const timer = setInterval(check, BACKUP_RECHECK_MS);
    return () => clearInterval(timer);
  }, []);
  return lastBackupAt;
}

/** Vandaag: the first screen, what needs the coach now; each line leads to where it is done. */
export function TodayScreen() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [now] = useState(() => new Date());
  const lastBackupAt = useLastBackupAt();
  const loaded = useLiveQuery(async () => {
    const [candidates, trajectories, evaluations, coachingEntries, certificates, settings] =
      await Promise.all([
        allCandidates(db),
        allTrajectories(db),
        allEvaluations(db),
        allCoachingEntries(db),
        allCertificates(db),
        loadSettings(db),
      ]);
    return {
      data: { candidates, trajectories, evaluations, coachingEntries, certificates },
      settings,
    };
  }, [db]);

  const ready = loaded && lastBackupAt !== undefined;
  const items = ready ? todoItems({ ...loaded.data, lastBackupAt }, loaded.settings, now) : [];
  const nextMeetingOn = loaded?.settings.nextMeetingOn ?? null;

  return (
    <section className="page" aria-labelledby="today-title">
      <div className="page-header">
        <h1 id="today-title">{t('today.title')}</h1>
        <span className="muted">{format(now, 'EEEE d MMMM yyyy', { locale: nl })}</span>
      </div>
      <p className="muted">{t('today.intro')}</p>
      {!ready && <p className="page-status">{t('common.loading')}</p>}
      {ready && items.length === 0 && (
        <div className="empty-state" role="status">
          <h2>{t('today.allDoneTitle')}</h2>
          <p>{t('today.allDoneBody')}</p>
        </div>
      )}
      {ready && items.length > 0 && (
        <>
          <p role="status">{t('today.open', { count: items.length })}</p>
          {todoKinds.map((kind) => (
            <TodoGroup
              key={kind}
              kind={kind}
              items={items.filter((item) => item.kind === kind)}
              now={now}
            />
          ))}
        </>
      )}
      <p className="muted today-footer">
        {nextMeetingOn
          ? t('today.nextMeeting', { date: formatDate(nextMeetingOn) })
          : t('today.noNextMeeting')}{' '}
        <Link href="/instellingen">{t('today.settingsLink')}</Link>
      </p>
    </section>
  );
}

function TodoGroup({ kind, items, now }: { kind: TodoKind; items: TodoItem[]; now: Date }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  if (items.length === 0) return null;
  const titleId = `today-${kind}`;
  const shown = showAll ? items : items.slice(0, GROUP_LINES);
  return (
    <section className="panel today-group" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {t(`today.groups.${kind}`)} <span className="badge">{items.length}</span>
      </h2>
      <ul className="today-list">
        {shown.map((item) => (
          <li key={itemKey(item)}>
            <Link href={todoHref(item)}>{'name' in item ? item.name : t('today.backupLink')}</Link>
            <span className="muted"> – {detail(t, item, now)}</span>
          </li>
        ))}
      </ul>
      {items.length > GROUP_LINES && (
        <button type="button" className="button small" onClick={() => setShowAll(!showAll)}>
          {showAll
            ? t('today.showFirst', { count: GROUP_LINES })
            : t('today.showAll', { count: items.length })}
        </button>
      )}
    </section>
  );
}

function itemKey(item: TodoItem): string {
  if ('trajectoryId' in item) return item.trajectoryId;
  return 'candidateId' in item ? item.candidateId : item.kind;
}

/** The line's detail: since when, in whole weeks or days, with Dutch plurals. */
function detail(t: TFunction, item: TodoItem, now: Date): string {
  const weeksSince = (date: string) =>
    Math.floor(differenceInCalendarDays(now, parseISO(date)) / 7);
  switch (item.kind) {
    case 'backup': {
      if (!item.lastBackupAt) return t('today.backupNone');
      const at = parseISO(item.lastBackupAt);
      return t('today.backupOld', { date: format(at, 'dd-MM-yyyy'), time: format(at, 'HH:mm') });
    }
    case 'evaluation':
      return t(item.evaluated ? 'today.evaluated' : 'today.notEvaluated', {
        date: formatDate(item.since),
        count: weeksSince(item.since),
      });
    case 'contact':
      return t(item.contacted ? 'today.contacted' : 'today.notContacted', {
        date: formatDate(item.since),
        count: weeksSince(item.since),
      });
    case 'plannedEnd': {
      const days = differenceInCalendarDays(parseISO(item.plannedEndOn), now);
      if (days === 0) return t('today.endToday');
      const date = formatDate(item.plannedEndOn);
      return days > 0
        ? t('today.endSoon', { date, count: days })
        : t('today.endPassed', { date, count: -days });
    }
    case 'followUp':
      return t('today.followUp', {
        months: item.months.join(` ${t('today.and')} `),
        date: formatDate(item.dueOn),
      });
    case 'certificate':
      return t('today.certificate', { date: formatDate(item.endedOn) });
    case 'consent':
      return t('today.consent', { date: formatDate(item.meetingOn) });
    case 'discussed':
      return t('today.discussed', {
        date: formatDate(item.discussedOn),
        count: weeksSince(item.discussedOn),
      });
  }
}
