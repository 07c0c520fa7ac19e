import { describe, expect, it } from 'vitest';
import '../../../src-renderer/ui/i18n';
import { emptyCandidateInput, type Candidate } from '../../../src-shared/domain/candidate';
import { checkRegister } from '../../../src-renderer/features/spreadsheet/check-register';
import {
  columnLetter,
  guessMapping,
  mappingToRemember,
} from '../../../src-renderer/features/spreadsheet/register-fields';
import { registerHeaders, sheetOf, validRows } from './register';

const mapping = guessMapping(registerHeaders, {});

describe('mapping columns to fields', () => {
  it('recognises the Dutch field names and aliases, whatever the case or accents', () => {
    expect(guessMapping(['VOORNAAM', 'Familienaam', 'Geb. datum', 'Opmerking'], {})).toEqual([
      'firstName',
      'lastName',
      'birthDate',
      null,
    ]);
  });

  it('lets a remembered choice win, and gives each field one column', () => {
    const remembered = mappingToRemember(['Naam', 'Roepnaam'], ['lastName', 'firstName']);
    expect(remembered).toEqual({ naam: 'lastName', roepnaam: 'firstName' });
    expect(guessMapping(['Roepnaam', 'Naam', 'Voornaam'], remembered)).toEqual([
      'firstName',
      'lastName',
      null,
    ]);
  });

  it('names columns as Excel does', () => {
    expect([0, 2, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'C',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('checking the rows', () => {
  it('plans candidates and trajectories from a valid register', async () => {
    const check = await checkRegister(sheetOf(validRows), mapping, []);
    expect(check.problems).toEqual([]);
    expect(
      check.rows.map((row) => [row.row, row.candidate.lastName, row.trajectory?.input.status]),
    ).toEqual([
      [2, 'Çelik', 'ongoing'],
      [3, 'Berg', 'completed'],
      [4, 'de Vries', undefined],
      [5, 'Bakr', 'stopped'],
    ]);
    const jan = check.rows[1]!;
    expect(jan.candidate).toMatchObject({
      infix: 'van der',
      birthDate: '1985-06-03',
      discussedOn: '2024-01-15',
      benefit: 'social-assistance',
    });
    expect(jan.trajectory).toMatchObject({
      employer: 'de linde',
      location: null,
      input: {
        startedOn: '2024-02-05',
        hoursPerWeek: 24,
        endedOn: '2024-07-31',
        outcome: 'paid-work',
      },
    });
    expect(check.rows[3]?.trajectory?.input).toMatchObject({
      hoursPerWeek: 12.5,
      stopReason: 'health',
    });
  });

  it('names row, column and what is wrong for each problem, never the value', async () => {
    const rows = structuredClone(validRows);
    rows[0]![3] = '31-02-1990'; // geboortedatum
    rows[1]![9] = 'veel'; // uren
    rows[3]![12] = null; // gestopt zonder reden
    const check = await checkRegister(sheetOf(rows), mapping, []);
    expect(check.problems).toEqual([
      {
        row: 2,
        column: 'D (Geboortedatum)',
        message: 'geen geldige datum; schrijf de datum als dd-mm-jjjj',
      },
      { row: 3, column: 'J (Uren per week)', message: 'geen geldig getal' },
      { row: 5, column: 'M (Reden van stoppen)', message: expect.stringMatching(/reden/i) },
    ]);
    const text = JSON.stringify(check.problems);
    for (const value of ['31-02-1990', 'veel', 'Çelik', 'Berg', 'Bakr']) {
      expect(text).not.toContain(value);
    }
  });

  it('refuses a candidate already in Instap or twice in the file', async () => {
    const known: Candidate = {
      ...emptyCandidateInput(),
      firstName: 'fatma',
      lastName: 'CELIK',
      birthDate: '1990-04-12',
      id: 'c1',
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
      anonymisedAt: null,
    } as Candidate;
    const twice = [...validRows, validRows[3]!];
    const check = await checkRegister(sheetOf(twice), mapping, [known]);
    expect(check.problems).toEqual([
      {
        row: 2,
        column: 'C (Achternaam)',
        message: 'deze kandidaat (zelfde naam en geboortedatum) staat al in Instap',
      },
      {
        row: 6,
        column: 'C (Achternaam)',
        message: 'dezelfde kandidaat (naam en geboortedatum) staat ook in rij 5',
      },
    ]);
  });

  it('applies the domain rules: a trajectory needs a start, "besproken" has none', async () => {
    const rows = structuredClone(validRows);
    rows[0]![8] = null; // lopend zonder startdatum
    rows[2]![8] = '01-03-2024'; // besproken met startdatum
    const check = await checkRegister(sheetOf(rows), mapping, []);
    expect(check.problems.map((problem) => [problem.row, problem.column])).toEqual([
      [2, 'I (Gestart op)'],
      [4, 'I (Gestart op)'],
    ]);
  });

  it('needs first and last name mapped, each field once', async () => {
    const check = await checkRegister(sheetOf(validRows), ['firstName', 'firstName'], []);
    expect(check.problems.map((problem) => problem.message)).toEqual([
      'Koppel een kolom aan "Achternaam": dat veld is verplicht.',
      '"Voornaam" is aan meer dan één kolom gekoppeld.',
    ]);
    expect(check.rows).toEqual([]);
  });
});
