import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from '../../../src-renderer/ui/format';

describe('dates as the coach reads them', () => {
  it('names the month instead of "2026-10"', () => {
    expect(formatMonth('2026-10')).toBe('oktober 2026');
    expect(formatMonth('2027-01')).toBe('januari 2027');
  });

  it('writes a day as 23-11-2026 and an empty one as a dash', () => {
    expect(formatDate('2026-11-23')).toBe('23-11-2026');
    expect(formatDate(null)).toBe('—');
  });
});
