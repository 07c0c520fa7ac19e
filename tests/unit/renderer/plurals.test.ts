import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src-renderer/ui/i18n/en';
import '../../../src-renderer/ui/i18n/index';
import { nl } from '../../../src-renderer/ui/i18n/nl';
import { messageEntries } from './message-entries';

/** A count before a plural noun ("{{count}} trajecten", "{{count}} afgeronde partnerbestanden"). */
const countedPlural = new RegExp(
  '\\{\\{count\\}\\} (\\p{L}+ )?\\p{L}*(' +
    'kandidaten|trajecten|getuigschriften|bestanden|problemen|dagen|weken|contacten|rijen|taken|tekens|' +
    'candidates|trajectories|certificates|files|problems|days|weeks|contacts|hours|rows|tasks|characters' +
    ')\\b',
  'u',
);

/** Counted plurals whose count is never one, each for a reason. */
const neverOne = new Set([
  'attendance.showAll', // only offered when more weeks exist than the recent ones shown
  'attendance.showRecent', // the fixed number of recent weeks
  'sample.loaded', // the sample data set: hundreds of candidates
  'candidate.meetingLineHint', // the fixed maximum length of the line
]);

describe('plurals through i18next plural rules', () => {
  it('says "1 traject", "1 getuigschrift" and "1 bestand", and the plural from 2 on', async () => {
    await i18next.changeLanguage('nl');
    expect(i18next.t('backup.countTrajectories', { count: 1 })).toBe('1 traject');
    expect(i18next.t('backup.countTrajectories', { count: 2 })).toBe('2 trajecten');
    expect(i18next.t('backup.countCertificates', { count: 1 })).toBe('1 getuigschrift');
    expect(i18next.t('certificates.batchDone', { count: 1 })).toBe('1 getuigschrift gemaakt.');
    expect(i18next.t('regional.import.done', { count: 1 })).toBe('1 bestand geïmporteerd.');
    expect(i18next.t('regional.import.done', { count: 3 })).toBe('3 bestanden geïmporteerd.');
    expect(i18next.t('regional.import.refused', { count: 1 })).toBe(
      'Niets geïmporteerd: 1 probleem gevonden.',
    );
    expect(i18next.t('results.days', { count: 1 })).toBe('1 dag');
    expect(i18next.t('results.days', { count: 0 })).toBe('0 dagen');
  });

  it.each([
    ['nl', nl],
    ['en', en],
  ])('%s: no "(en)" or "x/y" plurals, and every counted plural has its singular', (_, messages) => {
    const all = messageEntries(messages);
    const keys = new Set(all.map(([key]) => key));
    const wrong = all.flatMap(([key, text]) => {
      if (/\p{L}\((en|s)\)/u.test(text) || /\bprobleem\/problemen\b/.test(text)) return [key];
      if (key.endsWith('_other')) return keys.has(key.replace(/_other$/, '_one')) ? [] : [key];
      if (key.endsWith('_one') || neverOne.has(key)) return [];
      return countedPlural.test(text) ? [key] : [];
    });
    expect(wrong).toEqual([]);
    expect([...neverOne].filter((key) => !keys.has(key))).toEqual([]);
  });
});
