export const helpNl = {
  help: {
    title: 'Sneltoetsen',
    intro: 'Alles in Instap werkt ook zonder muis.',
    key: 'Toets',
    action: 'Wat het doet',
    search: 'Zoeken in de kandidaten',
    newCandidate: 'Nieuwe kandidaat',
    screens: 'Naar Kandidaten, Resultaten, Regio, Overleg, Getuigschriften (bureaubladapp)',
    settings: 'Instellingen (bureaubladapp)',
    fields: 'Naar het volgende of vorige veld of knop',
    enter: 'Knop of koppeling gebruiken; in een formulier: opslaan',
    escape: 'Venster of melding sluiten',
    toasts: 'Naar de meldingen (bijvoorbeeld “Ongedaan maken”)',
    help: 'Deze lijst (bureaubladapp)',
  },
};
