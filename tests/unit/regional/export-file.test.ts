import { describe, expect, it } from 'vitest';
import type { ExchangeFileV1 } from '../../../src-shared/exchange';
import {
  exportFileName,
  noOptionalFields,
} from '../../../src-renderer/features/regional/export-file';

const file = (fields: object) =>
  ({
    organisation: { name: 'Stichting De Brug' },
    period: { from: '2025-01-01', to: '2025-12-31' },
    ...fields,
  }) as unknown as ExchangeFileV1;

describe('the regional export file', () => {
  it('names the two levels differently, so saving both keeps both', () => {
    expect(exportFileName(file({}))).toBe(
      'wep-regio-stichting-de-brug-aantallen-2025-01-01-2025-12-31.json',
    );
    expect(exportFileName(file({ trajectories: [] }))).toBe(
      'wep-regio-stichting-de-brug-trajecten-2025-01-01-2025-12-31.json',
    );
  });

  it('starts with every optional field unticked', () => {
    expect(noOptionalFields).toEqual({
      ageBand: false,
      benefit: false,
      hoursPerWeek: false,
      learningGoals: false,
    });
  });
});
