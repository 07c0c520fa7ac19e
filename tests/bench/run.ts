import { benchCandidateList } from './candidate-list';
import { benchCertificates } from './certificates';
import { benchExchangeImport } from './exchange-import';
import { benchFigures } from './figures';
import { benchFoundation } from './foundation';
import { printTable, type BenchRow } from './harness';
import { benchInfographic } from './infographic';

/** `npm run bench`: every measured figure beside its floor, as one table. */
const rows: BenchRow[] = [
  ...(await benchFoundation()),
  ...(await benchCandidateList()),
  ...(await benchExchangeImport()),
  ...(await benchFigures()),
  ...(await benchInfographic()),
  ...(await benchCertificates()),
];
printTable(rows);
