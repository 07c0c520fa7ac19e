export const backupNl = {
  backup: {
    title: 'Back-ups',
    intro:
      'Instap houdt in de gegevensmap een back-up van vandaag bij terwijl u werkt (een paar minuten na elke wijziging en bij het afsluiten) en bewaart de laatste 14 dagen en 12 maanden.',
    lastToday: 'Laatste back-up: vandaag {{time}}',
    lastYesterday: 'Laatste back-up: gisteren {{time}}',
    lastOn: 'Laatste back-up: {{date}} {{time}}',
    noneYet: 'Er is nog geen back-up gemaakt.',
    lastFailed: 'De laatste back-up is mislukt. {{reason}}',
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
    confirmRetention:
      'Wie hier sinds de back-up is verwijderd of geanonimiseerd, blijft dat. Wie langer bewaard is dan de bewaartermijn die nu geldt ({{afterEnd}} jaar na een traject, {{afterDiscussion}} jaar na een bespreking), wordt meteen geanonimiseerd.',
    confirm: 'Vervangen door deze back-up',
    restored: 'De back-up is teruggezet.',
    restoreFailed: 'Terugzetten is niet gelukt; er is niets gewijzigd.',
  },
};
