import type { attendanceNl } from './attendance-nl';

export const attendanceEn: typeof attendanceNl = {
  attendance: {
    title: 'Attendance',
    hint: 'Per week the hours agreed, the hours worked and the days absent. Never record a reason for an absence: that is medical information. Tab moves to the next box; Enter saves and moves to the next week. An empty box counts as 0.',
    notStarted: 'Attendance can be recorded once the trajectory has started.',
    week: 'Week',
    weekLabel: 'Week {{number}}, from {{date}}',
    hoursAgreed: 'Hours agreed',
    hoursWorked: 'Hours worked',
    daysAbsent: 'Days absent',
    showAll: 'Show all {{count}} weeks',
    showRecent: 'Only the last {{count}} weeks',
    noneRecorded: 'No week recorded yet.',
    totalWeeks_one: '{{count}} week recorded',
    totalWeeks_other: '{{count}} weeks recorded',
    totalHours: '{{worked}} of {{agreed}} agreed hours worked',
    totalShare: '({{percent}})',
    totalAbsent_one: '{{count}} day absent',
    totalAbsent_other: '{{count}} days absent',
    save: 'Save attendance',
    saved: 'The attendance has been saved.',
  },
};
