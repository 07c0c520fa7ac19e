export const accessNl = {
  access: {
    lostTitle: 'De verbinding met Instap is verlopen',
    lostBody: 'Open het nieuwe adres dat in het venster van Instap staat.',
    retryHint:
      'Instap is waarschijnlijk opnieuw gestart. Uw gegevens staan nog in deze browser. Heeft u het nieuwe adres al in een ander tabblad geopend? Kies dan ‘Opnieuw proberen’.',
    retry: 'Opnieuw proberen',
    stillLost: 'Nog geen verbinding. Open eerst het nieuwe adres uit het venster van Instap.',
  },
};
