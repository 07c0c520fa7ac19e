export {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  exchangeFileV1Schema,
  exchangeRecordsFileSchema,
  exchangeCountsFileSchema,
  exchangeTrajectorySchema,
  isIsoDate,
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
