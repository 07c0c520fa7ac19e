/** Dutch texts of the Overleg screen (the six-weekly regional meeting). */
export const meetingNl = {
  meeting: {
    title: 'Overleg',
    intro:
      'De agenda van het regionale overleg, die naar alle deelnemende organisaties gaat: wie in een lopend traject zit en wie de afgelopen drie maanden nieuw besproken is. Evaluatie- en begeleidingsnotities staan er nooit op. Kandidaten zonder vastgelegde toestemming staan er alleen met initialen op, zonder leerdoelen, motivatie of regel voor het overleg.',
    date: 'Datum overleg',
    running: 'In een lopend traject ({{count}})',
    new: 'Nieuwe kandidaten ({{count}})',
    noneRunning: 'Niemand in een lopend traject op deze datum.',
    noneNew: 'Geen nieuwe kandidaten besproken in de drie maanden voor deze datum.',
    noConsent: 'geen toestemming: initialen',
    latestEvaluation: 'Laatste evaluatie {{date}}',
    goalCounts: 'Leerdoelen: {{achieved}} behaald, {{inProgress}} bezig, {{open}} open',
    meetingLine: 'Voor het overleg',
    noEvaluation: 'Nog geen evaluatie',
    discussedOn: 'Besproken op {{date}}',
    hours: '{{count}} uur per week beschikbaar',
    pdf: 'Agenda (PDF)',
    making: 'Agenda maken…',
    saved: 'De agenda is opgeslagen.',
    downloaded: 'De agenda is gedownload.',
    failed: 'De agenda kon niet worden gemaakt.',
  },
};
