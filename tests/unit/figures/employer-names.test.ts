import { describe, expect, it } from 'vitest';
import { infographicData } from '../../../src-main/pdf/infographic-data';
import {
  isRecordsFile,
  mergeExports,
  parseExchangeFile,
  regionalFigures,
  type ExchangeFileV1,
} from '../../../src-shared/exchange';
import { calendarYear, computeFigures } from '../../../src-shared/figures';
import { exchangeFile, figureRecord } from './cases';

/**
 * Issue 15, rule 2: employer names compared after NFC, trimming, collapsing white space and
 * lower-casing, in the organisation's figures and in the merged regional figures alike.
 * "Zorgcentrum  De Linde" (two spaces) and an NFD "Ámstelrade" must not count twice.
 */

const year = calendarYear(2019);
const referenceDate = '2020-12-31';
const nfd = 'A\u0301mstelrade';

const started = (key: string, employer: string, startedOn = '2019-03-01') =>
  figureRecord({ key, employer, discussedOn: '2019-02-01', startedOn });

/** A file as other software might write it: names exactly as typed, not tidied. */
function asTyped(file: ExchangeFileV1, names: readonly string[]): ExchangeFileV1 {
  if (!isRecordsFile(file)) throw new Error('expected records');
  const text = JSON.stringify({
    ...file,
    trajectories: file.trajectories.map((t, i) => ({ ...t, employer: names[i] ?? t.employer })),
  });
  const parsed = parseExchangeFile('partner.json', text, text.length);
  if (!parsed.ok) throw new Error('the edited file no longer parses');
  return parsed.file;
}

describe('employer names (issue 15, rule 2)', () => {
  it('count once in the merged regional figures, over records and counts-only files', async () => {
    const typed = ['Zorgcentrum  De Linde', nfd, 'Zorgcentrum De Linde'];
    const a = asTyped(
      await exchangeFile(
        'Stichting Een',
        typed.map((name, i) => started(`a${i}`, 'placeholder')),
        'records',
        year,
        referenceDate,
      ),
      typed,
    );
    const countsFile = await exchangeFile(
      'Stichting Twee',
      [started('b1', 'Ámstelrade'), started('b2', 'ZORGCENTRUM DE LINDE')],
      'counts',
      year,
      referenceDate,
    );
    if (isRecordsFile(countsFile)) throw new Error('expected counts only');
    // As a partner's software may spell them.
    const b: ExchangeFileV1 = {
      ...countsFile,
      summary: {
        ...countsFile.summary,
        employerStarts: [
          { employer: `  ${nfd}\t`, started: 1 },
          { employer: 'zorgcentrum\u00a0de   linde', started: 1 },
        ],
      },
    };
    const result = regionalFigures(mergeExports([a, b]), year, referenceDate);
    if (!result.ok) throw new Error(result.message);
    expect(result.total).toMatchObject({ started: 5, employers: 2 });
    expect(result.perOrganisation.map((org) => org.figures.employers)).toEqual([2, 2]);

    const sheet = infographicData({
      title: { organisation: 'Regio Zwolle', region: 'Regio Zwolle', regional: true },
      period: year,
      referenceDate,
      records: mergeExports([a]).trajectories.map((t, i) =>
        figureRecord({ key: `m${i}`, employer: t.trajectory.employer, startedOn: '2019-03-01' }),
      ),
      total: result.total,
      employerStarts: b.summary && 'employerStarts' in b.summary ? b.summary.employerStarts : [],
    });
    expect(sheet.employers).toEqual([
      { name: 'Zorgcentrum De Linde', started: 3 },
      { name: 'Ámstelrade', started: 2 },
    ]);
  });

  it('are exported tidy, and employerStarts holds each employer once', async () => {
    const records = [
      started('a', 'Zorgcentrum De Linde'),
      started('b', 'Zorgcentrum  De Linde '),
      started('c', nfd),
      started('d', 'Ámstelrade'),
    ];
    expect(computeFigures(records, year, referenceDate).employers).toBe(2);
    const counts = await exchangeFile('Stichting Een', records, 'counts', year, referenceDate);
    if (isRecordsFile(counts)) throw new Error('expected counts only');
    expect(counts.summary.employers).toBe(2);
    expect(counts.summary.employerStarts).toEqual([
      { employer: 'Ámstelrade', started: 2 },
      { employer: 'Zorgcentrum De Linde', started: 2 },
    ]);
    const withRecords = await exchangeFile(
      'Stichting Een',
      records,
      'records',
      year,
      referenceDate,
    );
    if (!isRecordsFile(withRecords)) throw new Error('expected records');
    expect(withRecords.trajectories.map((t) => t.employer).sort()).toEqual([
      'Zorgcentrum De Linde',
      'Zorgcentrum De Linde',
      'Ámstelrade',
      'Ámstelrade',
    ]);
  });
});
