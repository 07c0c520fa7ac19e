export const backupNl = {
  backup: {
    title: 'Back-ups',
    intro:
      'Instap maakt elke dag dat u werkt een back-up in de gegevensmap en bewaart de laatste 14 dagen en 12 maanden.',
    make: 'Back-up maken',
    fromFile: 'Back-up uit bestand terugzetten…',
    made: 'Back-up gemaakt: {{name}}',
    failed: 'De back-up kon niet worden gemaakt.',
    name: 'Back-up',
    size: 'Grootte',
    restore: 'Terugzetten',
    confirmTitle: 'Back-up terugzetten',
    confirmBody: 'Back-up “{{source}}” van {{date}} bevat:',
    countCandidates: '{{count}} kandidaten',
    countTrajectories: '{{count}} trajecten',
    countCertificates: '{{count}} getuigschriften',
    countImports: '{{count}} partnerbestanden',
    confirmHint:
      'Alle huidige gegevens worden vervangen. Instap maakt eerst een back-up van de huidige stand.',
    confirm: 'Vervangen door deze back-up',
    restored: 'De back-up is teruggezet.',
    restoreFailed: 'Terugzetten is niet gelukt; er is niets gewijzigd.',
  },
};
