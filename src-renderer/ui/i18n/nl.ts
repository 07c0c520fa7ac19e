import { accessNl } from './access-nl';
import { backupNl } from './backup-nl';
import { coachingNl } from './coaching-nl';
import { helpNl } from './help-nl';
import { certificatesNl } from './certificates-nl';
import { imagesNl } from './images-nl';
import { privacyNl } from './privacy-nl';
import { programmeNl } from './programme-nl';
import { meetingNl } from './meeting-nl';
import { regionalNl } from './regional-nl';
import { resultsNl } from './results-nl';
import { codesNl } from './codes-nl';
import { trackingNl } from './tracking-nl';
import { attendanceNl } from './attendance-nl';
import { todayNl } from './today-nl';
import { spreadsheetNl } from './spreadsheet-nl';
import { unsavedNl } from './unsaved-nl';

/** Dutch, the app's language. Keys are grouped per screen; `en.ts` must have the same shape. */
export const nl = {
  app: {
    name: 'Instap',
    tagline: 'Werkervaringsplaatsen',
    skipToContent: 'Naar de inhoud',
  },
  ...accessNl,
  ...backupNl,
  ...coachingNl,
  ...helpNl,
  ...certificatesNl,
  ...imagesNl,
  ...privacyNl,
  ...programmeNl,
  ...meetingNl,
  ...regionalNl,
  ...resultsNl,
  ...trackingNl,
  ...attendanceNl,
  ...todayNl,
  ...spreadsheetNl,
  ...unsavedNl,
  codes: codesNl,
  nav: {
    label: 'Hoofdmenu',
    today: 'Vandaag',
    menu: 'Menu',
    candidates: 'Kandidaten',
    results: 'Resultaten',
    region: 'Regio',
    employers: 'Werkgevers',
    meeting: 'Overleg',
    certificates: 'Getuigschriften',
    settings: 'Instellingen',
    trash: 'Prullenbak',
    help: 'Sneltoetsen',
    guide: 'Handleiding',
  },
  common: {
    notifications: 'Meldingen',
    close: 'Sluiten',
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    saved: 'Opgeslagen',
    cancel: 'Annuleren',
    optional: 'optioneel',
    loading: 'Laden…',
  },
  settings: {
    title: 'Instellingen',
    intro: 'Deze gegevens staan op getuigschriften, de infographic en de export voor de regio.',
    organisationSection: 'Organisatie',
    certificateSection: 'Ondertekening getuigschrift',
    organisationName: 'Naam organisatie',
    region: 'Regio',
    regionHint: 'Bijvoorbeeld Regio Zwolle',
    coachName: 'Naam werkcoach',
    signatoryName: 'Naam ondertekenaar',
    signatoryFunction: 'Functie ondertekenaar',
    privacySection: 'Privacy en bewaartermijn',
    retentionYearsAfterEnd: 'Bewaren na einde traject (jaren)',
    retentionYearsAfterDiscussion: 'Bewaren na bespreking zonder traject (jaren)',
    place: 'Plaats van ondertekening',
    accentColour: 'Accentkleur van het getuigschrift',
    certificateTemplate: 'Slotzin van het getuigschrift',
    certificateTemplateHint:
      'Komt onder de zinnen die Instap uit het traject maakt (naam, werkgever en afdeling, functie, periode, weken en uren). Invulvelden: {voornaam}, {naam}, {functie}, {werkgever}, {soort}, {van}, {tot}, {uren}. Per getuigschrift aan te passen.',
    signatoryHint: 'Deze persoon ondertekent de getuigschriften.',
    savedMessage: 'De instellingen zijn opgeslagen.',
    about: 'Over Instap',
    version: 'Versie {{version}}',
    transport: {
      electron: 'Bureaubladapp',
      web: 'In de browser (webhost)',
    },
    dataFolder: 'Gegevensmap: {{folder}}',
  },
  validation: {
    required: 'Vul dit veld in.',
    organisationRequired: 'Vul de naam van de organisatie in.',
    tooLong: 'Maximaal {{maximum}} tekens.',
    tooShort: 'Minimaal {{minimum}} tekens.',
    tooSmall: 'Minimaal {{minimum}}.',
    tooBig: 'Maximaal {{maximum}}.',
    invalidDate: 'Vul een geldige datum in (dd-mm-jjjj).',
    invalidEmail: 'Vul een geldig e-mailadres in.',
    invalidNumber: 'Vul een getal in.',
    wholeNumber: 'Vul een heel getal in.',
    colour: 'Kies een kleur.',
    invalid: 'Deze waarde is niet geldig.',
    oneLine: 'Schrijf één regel, zonder regelovergang.',
  },
  errors: {
    diskFull:
      'Er is geen ruimte meer op de schijf. Er is niets half opgeslagen; maak ruimte vrij en probeer het opnieuw.',
    writeFailed: 'Opslaan is niet gelukt; er is niets gewijzigd. Probeer het opnieuw.',
    screenTitle: 'Er ging iets mis op dit scherm',
    screenBody:
      'Uw gegevens zijn niet aangetast. Probeer het opnieuw of ga terug naar de kandidaten.',
    retry: 'Opnieuw proberen',
    back: 'Naar Kandidaten',
    databaseTooNew:
      'Deze gegevens zijn gemaakt met een nieuwere versie van Instap. Installeer die versie om verder te werken; er is niets gewijzigd.',
    databaseUpgradeFailed:
      'Deze versie van Instap kon uw gegevens niet bijwerken. Er is niets gewijzigd: open ze weer met de vorige versie van Instap en meld dit aan wie Instap voor u beheert.',
    databaseFailed: 'De gegevens konden niet worden geopend.',
  },
};

export type Messages = typeof nl;
