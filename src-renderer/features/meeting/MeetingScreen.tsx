import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDatabase } from '../../app/database-context';
import { allCandidates } from '../../data/candidate-repository';
import { allEmployers } from '../../data/employer-repository';
import { allOpenPlacements } from '../../data/open-placement-repository';
import { loadSettings } from '../../data/settings-repository';
import {
  allEvaluations,
  allLearningGoals,
  allTrajectories,
} from '../../data/trajectory-repository';
import { formatDate, todayIso } from '../../ui/format';
import { AgendaPdfButton } from './AgendaPdfButton';
import { buildAgenda } from './meeting-agenda';

/** Overleg: the agenda of the six-weekly regional meeting for a chosen date. */
export function MeetingScreen() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [meetingDate, setMeetingDate] = useState(todayIso());
  const agenda = useLiveQuery(async () => {
    const [candidates, trajectories, employers, goals, evaluations, openPlacements, settings] =
      await Promise.all([
        allCandidates(db),
        allTrajectories(db),
        allEmployers(db),
        allLearningGoals(db),
        allEvaluations(db),
        allOpenPlacements(db),
        loadSettings(db),
      ]);
    return buildAgenda(meetingDate, {
      candidates,
      trajectories,
      employers,
      goals,
      evaluations,
      openPlacements,
      organisationName: settings.organisationName,
      evaluationWeeks: settings.todayEvaluationWeeks,
    });
  }, [db, meetingDate]);

  return (
    <section className="page" aria-labelledby="meeting-title">
      <div className="page-header">
        <h1 id="meeting-title">{t('meeting.title')}</h1>
        {agenda && <AgendaPdfButton agenda={agenda} />}
      </div>
      <p className="muted">{t('meeting.intro')}</p>
      <div className="toolbar">
        <label className="filter">
          <span>{t('meeting.date')}</span>
          <input
            type="date"
            value={meetingDate}
            onChange={(event) => event.target.value && setMeetingDate(event.target.value)}
          />
        </label>
      </div>
      {agenda && (
        <>
          <section className="panel" aria-labelledby="running-title">
            <h2 id="running-title">{t('meeting.running', { count: agenda.running.length })}</h2>
            {agenda.running.length === 0 && <p className="muted">{t('meeting.noneRunning')}</p>}
            <ul className="agenda-list">
              {agenda.running.map((item) => (
                <li key={item.trajectoryId} className="agenda-item">
                  <div className="section-header">
                    <h3>
                      <Link href={`/kandidaten/${item.candidateId}/trajecten/${item.trajectoryId}`}>
                        {item.displayName}
                      </Link>
                      {!item.named && <span className="badge">{t('meeting.noConsent')}</span>}
                      {item.attention.map((flag) => (
                        <span key={flag} className="badge attention">
                          {t(`meeting.attention.${flag}`)}
                        </span>
                      ))}
                    </h3>
                    <span className="muted">
                      {[item.employer, item.role].filter(Boolean).join(' · ')} ·{' '}
                      {formatDate(item.startedOn)} – {formatDate(item.plannedEndOn)}
                    </span>
                  </div>
                  <p className="muted">
                    {item.latestEvaluationOn
                      ? t('meeting.latestEvaluation', { date: formatDate(item.latestEvaluationOn) })
                      : t('meeting.noEvaluation')}
                    {' · '}
                    {t('meeting.goalCounts', item.goalCounts)}
                  </p>
                  <MeetingLine line={item.meetingLine} />
                  <ul className="progress-list">
                    {item.goals.map((goal, index) => (
                      <li key={index}>
                        <span className={`badge goal-${goal.status}`}>
                          {t(`codes.goalStatus.${goal.status}`)}
                        </span>{' '}
                        {goal.text}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
          <section className="panel" aria-labelledby="new-title">
            <h2 id="new-title">{t('meeting.new', { count: agenda.newCandidates.length })}</h2>
            {agenda.newCandidates.length === 0 && <p className="muted">{t('meeting.noneNew')}</p>}
            <ul className="agenda-list">
              {agenda.newCandidates.map((item) => (
                <li key={item.candidateId} className="agenda-item">
                  <h3>
                    <Link href={`/kandidaten/${item.candidateId}`}>{item.displayName}</Link>
                    {!item.named && <span className="badge">{t('meeting.noConsent')}</span>}
                  </h3>
                  <p className="muted">
                    {t('meeting.discussedOn', { date: formatDate(item.discussedOn) })}
                    {item.hoursAvailable
                      ? ` · ${t('meeting.hours', { count: item.hoursAvailable })}`
                      : ''}
                  </p>
                  {item.motivation && <p>{item.motivation}</p>}
                  <MeetingLine line={item.meetingLine} />
                </li>
              ))}
            </ul>
          </section>
          <section className="panel" aria-labelledby="placements-title">
            <h2 id="placements-title">
              {t('meeting.placements', { count: agenda.openPlacements.length })}
            </h2>
            {agenda.openPlacements.length === 0 && (
              <p className="muted">{t('meeting.nonePlacements')}</p>
            )}
            <ul className="agenda-list">
              {agenda.openPlacements.map((place, index) => (
                <li key={index}>
                  <strong>{place.employer}</strong>
                  {' · '}
                  {[
                    place.role,
                    place.location,
                    place.hoursPerWeek === null
                      ? null
                      : t('meeting.placementHours', { count: place.hoursPerWeek }),
                    place.availableFrom === null
                      ? null
                      : t('meeting.availableFrom', { date: formatDate(place.availableFrom) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </section>
  );
}

/** The coach's one line for the meeting (only with consent; null otherwise). */
function MeetingLine({ line }: { line: string | null }) {
  const { t } = useTranslation();
  if (!line) return null;
  return (
    <p>
      <strong>{t('meeting.meetingLine')}:</strong> {line}
    </p>
  );
}
