import type { meetingNl } from './meeting-nl';

export const meetingEn: typeof meetingNl = {
  meeting: {
    title: 'Meeting',
    intro:
      'The agenda of the regional meeting, which goes to every participating organisation: who is in a running trajectory (with what needs attention), who was discussed in the past three months and has no place yet, and which placements are open. Evaluation and coaching notes never appear on it. Candidates without recorded consent appear by initials only, without learning goals, motivation or line for the meeting.',
    date: 'Meeting date',
    running: 'In a running trajectory ({{count}})',
    new: 'Discussed, no place yet ({{count}})',
    noneRunning: 'Nobody in a running trajectory on this date.',
    noneNew: 'Nobody discussed in the three months before this date is still waiting for a place.',
    noConsent: 'no consent: initials',
    latestEvaluation: 'Latest evaluation {{date}}',
    goalCounts: 'Learning goals: {{achieved}} achieved, {{inProgress}} in progress, {{open}} open',
    meetingLine: 'For the meeting',
    noEvaluation: 'No evaluation yet',
    discussedOn: 'Discussed on {{date}}',
    hours_one: '{{count}} hour per week available',
    hours_other: '{{count}} hours per week available',
    attention: {
      'end-passed': 'end date passed',
      'ends-soon': 'ends within 2 weeks',
      'evaluation-late': 'evaluation overdue',
    },
    placements: 'Open placements ({{count}})',
    nonePlacements: 'No open placements recorded with the employers.',
    placementHours_one: '{{count}} hour per week',
    placementHours_other: '{{count}} hours per week',
    availableFrom: 'from {{date}}',
    pdf: 'Agenda (PDF)',
    making: 'Making the agenda…',
    saved: 'The agenda has been saved.',
    downloaded: 'The agenda has been downloaded.',
    failed: 'The agenda could not be made.',
  },
};
