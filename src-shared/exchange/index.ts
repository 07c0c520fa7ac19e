export {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  FIRST_EXCHANGE_DATE,
  LAST_EXCHANGE_DATE,
  MAX_NAME_LENGTH,
  MAX_PSEUDONYM_LENGTH,
  exchangeFileV1Schema,
  exchangeRecordsFileSchema,
  exchangeCountsFileSchema,
  exchangeTrajectorySchema,
  isExchangeDate,
  isIsoDate,
  isPseudonym,
  isRecordsFile,
  levelOf,
} from './schema';
export type {
  ExchangeCountsFileV1,
  ExchangeCountsSummary,
  ExchangeEmployerStart,
  ExchangeFileV1,
  ExchangeLearningGoals,
  ExchangeLevel,
  ExchangeOrganisation,
  ExchangePeriod,
  ExchangeRecordsFileV1,
  ExchangeSummaryCounts,
  ExchangeTrajectory,
} from './schema';
export { MAX_EXCHANGE_BYTES, MAX_REPORTED_ISSUES, parseExchangeFile } from './validate';
export type { ExchangeIssue, ParseResult } from './validate';
export { ExchangeExportError, ageBandAt, buildExport, createPseudonymiser } from './export';
export type {
  ExportInclude,
  ExportInput,
  ExportSource,
  PseudonymKind,
  Pseudonymise,
} from './export';
export {
  carriedFigures,
  countsSummaryToFigures,
  mergeExports,
  recordKey,
  regionalFigures,
  toFigureRecords,
  trajectoryToFigureRecord,
} from './merge';
export type {
  MergedCountsSummary,
  MergedExchange,
  MergedExport,
  MergedOrganisation,
  MergedTrajectory,
  OrganisationFigures,
  RegionalFiguresResult,
} from './merge';
