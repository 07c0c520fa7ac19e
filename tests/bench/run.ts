import { benchFoundation } from './foundation';
import { printTable, type BenchRow } from './harness';

/** `npm run bench`: every measured figure beside its floor, as one table. */
const rows: BenchRow[] = [...(await benchFoundation())];
printTable(rows);
