/** Dutch texts of privacy (AVG): retention, anonymisation, inzage, storage. */
export const privacyNl = {
  privacy: {
    title: 'Bewaartermijn (AVG)',
    intro:
      'Na de bewaartermijn verdwijnen namen, geboortedatum, contactgegevens en vrije tekst. Datums, codes en aantallen blijven, zodat de cijfers van eerdere jaren niet veranderen.',
    noneExpired: 'Niemand heeft de bewaartermijn overschreden.',
    expired: '{{count}} kandidaten hebben de bewaartermijn overschreden:',
    more: 'en nog {{count}} anderen.',
    anonymise: '{{count}} kandidaten anonimiseren',
    confirm:
      '{{count}} kandidaten anonimiseren? Namen, contactgegevens en notities worden definitief verwijderd.',
    done: '{{count}} kandidaten geanonimiseerd.',
    persisted: 'De browseropslag is vastgezet: de browser ruimt de gegevens niet zelf op.',
    notPersisted:
      'De browser kan de gegevens bij ruimtegebrek opruimen; maak regelmatig een back-up.',
    persistUnknown: 'Of de opslag is vastgezet, is niet bekend.',
    access: 'Gegevens exporteren (inzage)',
    accessBusy: 'Exporteren…',
    accessSaved: 'De gegevens van deze kandidaat zijn opgeslagen.',
    accessDownloaded: 'De gegevens van deze kandidaat zijn gedownload.',
    accessFailed: 'De gegevens konden niet worden geëxporteerd.',
  },
};
