/** Dutch texts of the Regio screen: export, import, partners, regional figures. */
export const regionalNl = {
  regional: {
    title: 'Regio',
    export: {
      title: 'Exporteren voor regio',
      intro:
        'Een samenvatting voor het regionale netwerk. Er gaan nooit namen, geboortedata, contactgegevens, notities of evaluaties mee; trajecten krijgen een pseudoniem.',
      level: 'Detailniveau',
      levels: { counts: 'Alleen aantallen', records: 'Met trajecten (gepseudonimiseerd)' },
      levelHints: {
        counts: 'Standaard. Alleen de cijfers en het aantal starts per werkgever.',
        records:
          'Per traject soort, werkgever, data, status en uitstroom, onder een pseudoniem. Alleen waar de regionale afspraak dit toestaat.',
      },
      optional: 'Optionele velden',
      fields: {
        ageBand: 'Leeftijdsgroep',
        benefit: 'Uitkering',
        hoursPerWeek: 'Uren per week',
        learningGoals: 'Aantal leerdoelen (totaal en behaald)',
      },
      prepare: 'Samenvatting tonen',
      save: 'Bestand opslaan',
      saved: 'Het exportbestand is opgeslagen.',
      failed: 'De export kon niet worden gemaakt.',
      invalidRecords_one:
        '{{count}} traject voldoet niet aan de regels van het uitwisselformaat. Controleer de einddatum en status.',
      invalidRecords_other:
        '{{count}} trajecten voldoen niet aan de regels van het uitwisselformaat. Controleer de einddata en statussen.',
      previewLevel: 'Detailniveau: {{level}}.',
      recordCount_one: '{{count}} traject in het bestand.',
      recordCount_other: '{{count}} trajecten in het bestand.',
    },
    import: {
      title: 'Importeren van partners',
      drop: 'Sleep exportbestanden van partners hierheen, of kies ze. Alles wordt eerst gecontroleerd; bij één fout wordt niets opgeslagen.',
      choose: 'Bestanden kiezen…',
      busy: 'Bezig met controleren…',
      done_one: '{{count}} bestand geïmporteerd.',
      done_other: '{{count}} bestanden geïmporteerd.',
      refused_one: 'Niets geïmporteerd: {{count}} probleem gevonden.',
      refused_other: 'Niets geïmporteerd: {{count}} problemen gevonden.',
    },
    partners: {
      title: 'Partnerorganisaties',
      empty: 'Nog geen partnergegevens. Importeer de exportbestanden van partners hierboven.',
      organisation: 'Organisatie',
      exports: 'Exports',
      exportedAt: 'geëxporteerd {{date}}',
      remove: 'Verwijderen',
      confirmRemove: 'Alle gegevens van “{{name}}” verwijderen?',
      removed: 'De gegevens van {{name}} zijn verwijderd.',
    },
    figures: {
      title: 'Cijfers van de regio',
      failed: 'De regionale cijfers konden niet worden berekend.',
      added: 'Niet gestart, uitstroom en nazorg',
      addedNote:
        'Niet gestart: besproken in de periode en op de peildatum niet gestart (zonder "wacht nog"). Nazorg: nog aan het werk van wie het nazorgmoment bereikt heeft. "Niet aangeleverd": het bestand van de partner bevat dit cijfer niet.',
      region: 'Regio totaal',
      notSupplied: 'niet aangeleverd',
      ofTotal: '{{part}} van {{whole}}',
      notStarted: 'Niet gestart',
      waiting: 'Wacht nog',
      inSector: 'Betaald werk in de sector',
      sustained6Months: 'Na 6 maanden aan het werk',
      sustained12Months: 'Na 12 maanden aan het werk',
    },
  },
};
