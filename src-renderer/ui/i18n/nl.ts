import { codesNl } from './codes-nl';
import { trackingNl } from './tracking-nl';

/** Dutch, the app's language. Keys are grouped per screen; `en.ts` must have the same shape. */
export const nl = {
  app: {
    name: 'Instap',
    tagline: 'Werkervaringsplaatsen',
    skipToContent: 'Naar de inhoud',
  },
  ...trackingNl,
  codes: codesNl,
  nav: {
    label: 'Hoofdmenu',
    candidates: 'Kandidaten',
    results: 'Resultaten',
    region: 'Regio',
    settings: 'Instellingen',
    trash: 'Prullenbak',
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
    signatoryHint: 'Deze persoon ondertekent de getuigschriften.',
    savedMessage: 'De instellingen zijn opgeslagen.',
    saveFailed: 'Opslaan is niet gelukt. Probeer het opnieuw.',
    about: 'Over Instap',
    version: 'Versie {{version}}',
    transport: {
      electron: 'Bureaubladapp',
      web: 'In de browser (webhost)',
    },
    dataFolder: 'Gegevensmap: {{folder}}',
  },
  placeholder: {
    comingTitle: '{{screen}}',
    comingBody: 'Dit onderdeel is nog in aanbouw.',
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
    invalid: 'Deze waarde is niet geldig.',
  },
  errors: {
    databaseTooNew:
      'Deze gegevens zijn gemaakt met een nieuwere versie van Instap. Installeer die versie om verder te werken; er is niets gewijzigd.',
    databaseFailed: 'De gegevens konden niet worden geopend.',
  },
};

export type Messages = typeof nl;
