import { searchKey } from '../../../src-shared/domain/candidate';
import { codesNl } from '../../ui/i18n/codes-nl';

/**
 * The fields a register column can fill: the candidate's and their trajectory's basic fields.
 * `header` is the Dutch column name the export writes and the import recognises; `aliases` are
 * other names coaches use in their own sheets.
 */
type FieldType =
  | { type: 'text' }
  | { type: 'date' }
  | { type: 'number' }
  | { type: 'code'; names: Readonly<Record<string, string>> };

interface FieldDefinition {
  header: string;
  aliases: string[];
}

const field = <T extends FieldType>(header: string, aliases: string[], type: T) => ({
  header,
  aliases,
  ...type,
});
const text = { type: 'text' } as const;
const date = { type: 'date' } as const;

export const registerFields = {
  firstName: field('Voornaam', ['roepnaam', 'voornamen'], text),
  infix: field('Tussenvoegsel', ['tussenv', 'tussenvoegsels', 'tv'], text),
  lastName: field('Achternaam', ['familienaam', 'geslachtsnaam'], text),
  birthDate: field('Geboortedatum', ['geb datum', 'geboren', 'geboren op'], date),
  phone: field('Telefoon', ['telefoonnummer', 'tel', 'mobiel'], text),
  email: field('E-mail', ['email', 'e-mailadres', 'mail'], text),
  discussedOn: field('Besproken op', ['besproken', 'datum bespreking'], date),
  municipality: field('Woongemeente', ['gemeente', 'woonplaats'], text),
  benefit: field('Uitkering', ['soort uitkering'], { type: 'code', names: codesNl.benefit }),
  employer: field('Werkgever', ['bedrijf', 'organisatie'], text),
  location: field('Locatie', ['afdeling', 'locatie/afdeling'], text),
  kind: field('Soort traject', ['soort', 'type traject'], { type: 'code', names: codesNl.kind }),
  startedOn: field('Gestart op', ['startdatum', 'start', 'begonnen op'], date),
  plannedEndOn: field('Geplande einddatum', ['gepland einde', 'geplande einde'], date),
  hoursPerWeek: field('Uren per week', ['uren', 'uren p/w'], { type: 'number' }),
  status: field('Status', [], { type: 'code', names: codesNl.status }),
  endedOn: field('Einddatum', ['beeindigd op', 'einde', 'gestopt op'], date),
  stopReason: field('Reden van stoppen', ['reden stoppen'], {
    type: 'code',
    names: codesNl.stopReason,
  }),
  outcome: field('Uitstroom', ['uitstroom naar'], { type: 'code', names: codesNl.outcome }),
  workplaceSupervisor: field('Praktijkbegeleider', ['begeleider'], text),
  coach: field('Coach', ['werkcoach', 'jobcoach'], text),
  role: field('Functie', ['rol'], text),
  programme: field('Programma', [], text),
} satisfies Record<string, FieldDefinition & FieldType>;

export type FieldKey = keyof typeof registerFields;
export const fieldKeys = Object.keys(registerFields) as FieldKey[];

const isFieldKey = (name: string | undefined): name is FieldKey =>
  name !== undefined && Object.hasOwn(registerFields, name);

/** A header as compared: no case, accents, punctuation at the ends or doubled spaces. */
export const headerKey = (header: string) =>
  searchKey(header)
    .replace(/[^\p{L}\p{N}/ -]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Which field each column fills (null: not imported). The coach's remembered choice for a header
 * wins; otherwise the field's own name or an alias; each field goes to one column at most.
 */
export type ColumnMapping = (FieldKey | null)[];

export function guessMapping(
  headers: readonly string[],
  remembered: Readonly<Record<string, string>>,
): ColumnMapping {
  const taken = new Set<FieldKey>();
  const byName = new Map<string, FieldKey>();
  for (const key of fieldKeys) {
    const { header, aliases } = registerFields[key];
    for (const name of [header, ...aliases]) byName.set(headerKey(name), key);
  }
  return headers.map((header) => {
    const key = headerKey(header);
    const stored = Object.hasOwn(remembered, key) ? remembered[key] : undefined;
    const choice = isFieldKey(stored) ? stored : byName.get(key);
    if (!choice || taken.has(choice)) return null;
    taken.add(choice);
    return choice;
  });
}

/** The mapping to remember: header → field, for the columns the coach mapped. */
export function mappingToRemember(
  headers: readonly string[],
  mapping: ColumnMapping,
): Record<string, FieldKey> {
  const remembered: Record<string, FieldKey> = {};
  headers.forEach((header, column) => {
    const choice = mapping[column];
    const key = headerKey(header);
    if (choice && key !== '') remembered[key] = choice;
  });
  return remembered;
}

/** "C" for the third column, "AA" for the 27th: as Excel names them. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
