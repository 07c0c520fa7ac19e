import { describe, expect, it } from 'vitest';
import { i18next } from '../../../src-renderer/ui/i18n';

/** The Dutch plurals of Vandaag and Presentie come from i18next's rules, not from "(s)" text. */
describe('Vandaag and Presentie in Dutch, singular and plural', () => {
  const t = i18next.getFixedT('nl');

  it('says week or weken, dag or dagen, taak or taken', () => {
    expect(t('today.discussed', { count: 1, date: '07-09-2026' })).toBe(
      'besproken op 07-09-2026, 1 week geleden',
    );
    expect(t('today.discussed', { count: 12, date: '07-09-2026' })).toBe(
      'besproken op 07-09-2026, 12 weken geleden',
    );
    expect(t('today.endSoon', { count: 1, date: '01-12-2026' })).toBe(
      'geplande einddatum 01-12-2026, over 1 dag',
    );
    expect(t('today.open', { count: 1 })).toBe('Er staat 1 taak open.');
    expect(t('today.open', { count: 3 })).toBe('Er staan 3 taken open.');
    expect(t('attendance.totalAbsent', { count: 1 })).toBe('1 dag afwezig');
    expect(t('attendance.totalWeeks', { count: 2 })).toBe('2 weken genoteerd');
  });
});
