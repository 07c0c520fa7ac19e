import type { meetingNl } from './meeting-nl';

export const meetingEn: typeof meetingNl = {
  meeting: {
    title: 'Meeting',
    intro:
      'The agenda of the regional meeting, which goes to every participating organisation: who is in a running trajectory and who was newly discussed in the past three months. Evaluation and coaching notes never appear on it. Candidates without recorded consent appear by initials only, without learning goals, motivation or line for the meeting.',
    date: 'Meeting date',
    running: 'In a running trajectory ({{count}})',
    new: 'New candidates ({{count}})',
    noneRunning: 'Nobody in a running trajectory on this date.',
    noneNew: 'No new candidates discussed in the three months before this date.',
    noConsent: 'no consent: initials',
    latestEvaluation: 'Latest evaluation {{date}}',
    goalCounts: 'Learning goals: {{achieved}} achieved, {{inProgress}} in progress, {{open}} open',
    meetingLine: 'For the meeting',
    noEvaluation: 'No evaluation yet',
    discussedOn: 'Discussed on {{date}}',
    hours: '{{count}} hours per week available',
    pdf: 'Agenda (PDF)',
    making: 'Making the agenda…',
    saved: 'The agenda has been saved.',
    downloaded: 'The agenda has been downloaded.',
    failed: 'The agenda could not be made.',
  },
};
