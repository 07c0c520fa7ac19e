/**
 * Dutch texts of the Excel import and export. Problems name the row, column and what is wrong,
 * never the value in the cell.
 */
export const spreadsheetNl = {
  spreadsheet: {
    problems: {
      errorValue: 'de cel bevat een foutwaarde (zoals #N/B of #WAARDE!)',
      formulaWithoutResult:
        'de cel bevat een formule zonder berekende uitkomst; open het bestand in Excel, sla het op en kies het opnieuw',
      twoDigitYear: 'het jaar heeft twee cijfers; schrijf de datum als dd-mm-jjjj',
      invalidDate: 'geen geldige datum; schrijf de datum als dd-mm-jjjj',
      dateOutOfRange: 'de datum ligt niet tussen 1900 en 2100',
      invalidNumber: 'geen geldig getal',
      unknownCode: 'onbekende waarde; kies een van de waarden uit de lijst in de handleiding',
      alreadyKnown: 'deze kandidaat (zelfde naam en geboortedatum) staat al in Instap',
      duplicateRow: 'dezelfde kandidaat (naam en geboortedatum) staat ook in rij {{row}}',
      noRows: 'Het werkblad heeft geen rijen onder de kopregel.',
      fieldNotMapped: 'Koppel een kolom aan "{{field}}": dat veld is verplicht.',
      fieldTwice: '"{{field}}" is aan meer dan één kolom gekoppeld.',
      discussedWithStart: 'de status is "Besproken" maar er is een startdatum',
      startRequired: 'een traject met een status heeft een startdatum nodig',
      locationWithoutEmployer: 'er is een locatie ingevuld maar geen werkgever',
    },
    refused: {
      type: 'Kies een Excel-bestand (.xlsx) of een CSV-bestand (.csv).',
      tooLarge:
        'Het bestand is {{size}} MB; de grens is {{limit}} MB. Het is niet gelezen. Verdeel het over kleinere bestanden.',
      tooManyRows:
        'Het werkblad heeft meer dan {{limit}} rijen; verdeel het over kleinere bestanden.',
      tooManyColumns: 'Het werkblad heeft meer dan {{limit}} kolommen; dit is geen register.',
      notXlsx: 'Dit bestand is geen leesbaar Excel-bestand (.xlsx).',
      unpacksTooLarge:
        'Uitgepakt zou dit bestand groter worden dan {{limit}} MB; het is niet gelezen.',
      brokenCsv: 'Het CSV-bestand is beschadigd: een aanhalingsteken wordt niet gesloten.',
    },
    import: {
      open: 'Importeren uit Excel',
      title: 'Register importeren',
      intro:
        'Haal uw bestaande register binnen uit Excel (.xlsx) of CSV. De eerste gevulde rij is de kopregel. Er wordt pas iets opgeslagen als alle rijen in orde zijn.',
      back: 'Terug naar kandidaten',
      choose: 'Bestand kiezen',
      limits: 'Hoogstens {{size}} MB en {{rows}} rijen.',
      reading: 'Bestand lezen…',
      checking: 'Rijen controleren…',
      progress: 'Voortgang',
      sheet: 'Werkblad',
      mappingTitle: 'Kolommen koppelen',
      mappingIntro:
        'Kies per kolom welk veld het vult. Instap onthoudt uw keuze voor de volgende keer.',
      column: 'Kolom {{letter}}',
      notImported: '— niet importeren —',
      previewTitle: 'Voorbeeld',
      rowsRead_one: '{{count}} rij gelezen.',
      rowsRead_other: '{{count}} rijen gelezen.',
      previewShows: 'De eerste {{shown}} rijen en de rijen met een probleem.',
      row: 'Rij',
      problemsTitle_one: '{{count}} probleem: er wordt niets geïmporteerd',
      problemsTitle_other: '{{count}} problemen: er wordt niets geïmporteerd',
      problemsFix: 'Verbeter deze rijen in uw bestand en kies het bestand opnieuw.',
      problemAt: 'Rij {{row}}, kolom {{column}}: {{message}}',
      problemAtRow: 'Rij {{row}}: {{message}}',
      moreProblems_one: 'En nog {{count}} probleem.',
      moreProblems_other: 'En nog {{count}} problemen.',
      importAll_one: '{{count}} kandidaat importeren',
      importAll_other: 'Alle {{count}} kandidaten importeren',
      importing: 'Importeren…',
      done_one: '{{count}} kandidaat geïmporteerd.',
      done_other: '{{count}} kandidaten geïmporteerd.',
      failed: 'Het importeren is mislukt; er is niets opgeslagen.',
    },
    export: {
      xlsx: 'Excel (.xlsx)',
      csv: 'CSV',
      exportList: 'Lijst exporteren',
      exportFigures: 'Cijfers exporteren',
      making: 'Bestand maken…',
      saved: 'Het bestand is opgeslagen.',
      downloaded: 'Het bestand is gedownload.',
      failed: 'Het bestand kon niet worden gemaakt.',
    },
  },
};
