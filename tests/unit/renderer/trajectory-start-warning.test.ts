import { describe, expect, it } from 'vitest';
import { startsBeforeDiscussion } from '../../../src-renderer/features/trajectories/trajectory-form';

describe('warning when a trajectory starts before the candidate was discussed', () => {
  it('warns for a start before the discussion date', () => {
    expect(startsBeforeDiscussion('2026-03-01', '2026-03-10')).toBe(true);
  });

  it('stays quiet on or after the discussion date', () => {
    expect(startsBeforeDiscussion('2026-03-10', '2026-03-10')).toBe(false);
    expect(startsBeforeDiscussion('2026-04-01', '2026-03-10')).toBe(false);
  });

  it('stays quiet without a discussion date or while the start is empty', () => {
    expect(startsBeforeDiscussion('2026-03-01', null)).toBe(false);
    expect(startsBeforeDiscussion('', '2026-03-10')).toBe(false);
  });
});
