/** Dutch texts of Presentie, the week grid on the trajectory screen. */
export const attendanceNl = {
  attendance: {
    title: 'Presentie',
    hint: 'Per week de afgesproken uren, de gewerkte uren en de dagen afwezig. Noteer nooit een reden van afwezigheid: dat zijn medische gegevens. Tab gaat naar het volgende vak; Enter slaat op en gaat naar de volgende week. Een leeg vak telt als 0.',
    notStarted: 'Presentie kunt u noteren zodra het traject begonnen is.',
    week: 'Week',
    weekLabel: 'Week {{number}}, vanaf {{date}}',
    hoursAgreed: 'Uren afgesproken',
    hoursWorked: 'Uren gewerkt',
    daysAbsent: 'Dagen afwezig',
    showAll: 'Alle {{count}} weken tonen',
    showRecent: 'Alleen de laatste {{count}} weken',
    noneRecorded: 'Nog geen week genoteerd.',
    totalWeeks_one: '{{count}} week genoteerd',
    totalWeeks_other: '{{count}} weken genoteerd',
    totalHours: '{{worked}} van {{agreed}} afgesproken uur gewerkt',
    totalShare: '({{percent}})',
    totalAbsent_one: '{{count}} dag afwezig',
    totalAbsent_other: '{{count}} dagen afwezig',
    save: 'Presentie opslaan',
    saved: 'De presentie is opgeslagen.',
  },
};
