import type { meetingNl } from './meeting-nl';

export const meetingEn: typeof meetingNl = {
  meeting: {
    title: 'Meeting',
    intro:
      'The agenda of the regional meeting: who is in a running trajectory and who was newly discussed in the past three months. Candidates without recorded consent appear by initials only, without notes.',
    date: 'Meeting date',
    running: 'In a running trajectory ({{count}})',
    new: 'New candidates ({{count}})',
    noneRunning: 'Nobody in a running trajectory on this date.',
    noneNew: 'No new candidates discussed in the three months before this date.',
    noConsent: 'no consent: initials',
    latestEvaluation: 'Latest evaluation {{date}}',
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
