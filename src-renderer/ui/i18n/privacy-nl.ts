/** Dutch texts of privacy (AVG): retention, anonymisation, inzage, storage. */
export const privacyNl = {
  privacy: {
    title: 'Bewaartermijn (AVG)',
    intro:
      'Na de bewaartermijn verdwijnen namen, geboortedatum, contactgegevens en vrije tekst. Datums, codes en aantallen blijven, zodat de cijfers van eerdere jaren niet veranderen.',
    noneExpired: 'Niemand heeft de bewaartermijn overschreden.',
    expired_one:
      '{{count}} kandidaat heeft de bewaartermijn overschreden. Kies of u deze nu anonimiseert:',
    expired_other:
      '{{count}} kandidaten hebben de bewaartermijn overschreden. Kies wie u nu anonimiseert (standaard iedereen):',
    listLabel: 'Kandidaten over de bewaartermijn',
    selectAll: 'Iedereen kiezen',
    selectNone: 'Niemand kiezen',
    reason: {
      ended: 'laatste traject beëindigd op {{since}}; bewaartermijn verlopen op {{expired}}',
      discussed: 'besproken op {{since}}, niet gestart; bewaartermijn verlopen op {{expired}}',
      registered:
        'aangemeld op {{since}}, niet besproken of gestart; bewaartermijn verlopen op {{expired}}',
    },
    anonymise_one: '{{count}} kandidaat anonimiseren',
    anonymise_other: '{{count}} kandidaten anonimiseren',
    confirmTitle_one: '{{count}} kandidaat anonimiseren?',
    confirmTitle_other: '{{count}} kandidaten anonimiseren?',
    confirmGone_one:
      'Van deze kandidaat verdwijnen definitief: naam, geboortedatum, contactgegevens, motivatie en alle vrije tekst (leerdoelen, opbouwstappen, evaluaties, begeleidingsnotities, profielen, afsluitnotities, de regel voor het overleg) en de naam en teksten op de getuigschriften.',
    confirmGone_other:
      'Van deze {{count}} kandidaten verdwijnen definitief: namen, geboortedatum, contactgegevens, motivatie en alle vrije tekst (leerdoelen, opbouwstappen, evaluaties, begeleidingsnotities, profielen, afsluitnotities, de regel voor het overleg) en de naam en teksten op hun getuigschriften.',
    confirmKept:
      'Datums, codes, uren en aantallen blijven, zodat de cijfers van eerdere jaren niet veranderen. Getuigschriften houden hun nummer in het register.',
    confirmFinal:
      'Dit kan niet ongedaan worden gemaakt, ook niet met een back-up. Het anonimiseren gaat door als u dit scherm verlaat.',
    progress: '{{done}} van {{total}} kandidaten geanonimiseerd…',
    progressLabel: 'Voortgang van het anonimiseren',
    pending_one: 'Het anonimiseren van nog {{count}} kandidaat is onderbroken.',
    pending_other: 'Het anonimiseren van nog {{count}} kandidaten is onderbroken.',
    resume: 'Nu afmaken',
    interrupted:
      'Het anonimiseren is onderbroken. Instap maakt het af bij de volgende start, of kies ‘Nu afmaken’ bij Instellingen.',
    done_one: '{{count}} kandidaat geanonimiseerd.',
    done_other: '{{count}} kandidaten geanonimiseerd.',
    persisted: 'De browseropslag is vastgezet: de browser ruimt de gegevens niet zelf op.',
    notPersisted:
      'De browser kan de gegevens bij ruimtegebrek opruimen; maak regelmatig een back-up.',
    persistUnknown: 'Of de opslag is vastgezet, is niet bekend.',
    accessPdf: 'Inzage (PDF)',
    accessJson: 'Inzage als bestand (JSON)',
    accessBusy: 'Exporteren…',
    accessSaved: 'De gegevens van deze kandidaat zijn opgeslagen.',
    accessDownloaded: 'De gegevens van deze kandidaat zijn gedownload.',
    accessFailed: 'De gegevens konden niet worden geëxporteerd.',
  },
};
