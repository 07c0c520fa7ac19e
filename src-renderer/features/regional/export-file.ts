import { levelOf, type ExchangeFileV1, type ExportInclude } from '../../../src-shared/exchange';

/** The two levels get their own file names: saving both never overwrites one with the other. */
const levelNames = { counts: 'aantallen', records: 'trajecten' } as const;

export function exportFileName(file: ExchangeFileV1): string {
  const slug = file.organisation.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase();
  const level = levelNames[levelOf(file)];
  return `wep-regio-${slug}-${level}-${file.period.from}-${file.period.to}.json`;
}

/** The optional fields start unticked: the coach adds only what the region asks for. */
export const noOptionalFields: ExportInclude = {
  ageBand: false,
  benefit: false,
  hoursPerWeek: false,
  learningGoals: false,
};
