import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../browser';
import { benchBundle } from './bundle';
import { benchCandidateList } from './candidate-list';
import { benchCertificates } from './certificates';
import { benchCliMemory } from './cli-memory';
import { benchExchangeImport } from './exchange-import';
import { benchFigures } from './figures';
import { benchFoundation } from './foundation';
import { formatTable, machineLine, type BenchRow } from './harness';
import { benchInfographic } from './infographic';

/**
 * `npm run bench`: every measured figure beside its floor, as one table, with the machine above
 * it and the renderer's chunks below. `npm run bench -- figures list` runs only those sections.
 */
// BENCH_SIZES=1000 for a short run while developing.
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
// In this order: the cold start, the figure most easily disturbed by a busy machine, comes last.
const sections = {
  list: (browser) => benchCandidateList(browser, SIZES),
  exchange: () => benchExchangeImport(),
  figures: () => benchFigures(SIZES),
  infographic: () => benchInfographic(),
  certificates: () => benchCertificates(),
  cli: () => benchCliMemory(),
  start: benchFoundation,
} satisfies Record<string, (browser: Browser) => Promise<BenchRow[]>>;

type Section = keyof typeof sections;
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in sections));
if (unknown.length > 0) {
  throw new Error(
    `Unknown section(s) ${unknown.join(', ')}; known: ${Object.keys(sections).join(', ')}`,
  );
}
const chosen = (asked.length > 0 ? asked : Object.keys(sections)) as Section[];

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  // Before the work: the load average says how busy the machine was when the run began.
  const machine = machineLine(browser.version());
  const rows: BenchRow[] = [];
  for (const name of chosen) {
    const done = await sections[name](browser);
    rows.push(...done);
    // A long run shows each section as it ends (on stderr: stdout keeps the one table).
    process.stderr.write(`${formatTable(done)}\n`);
  }
  const lines = [`Gemeten ${new Date().toISOString()}; ${machine}`, '', formatTable(rows)];
  if (chosen.includes('start')) lines.push('', await benchBundle(browser));
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await browser.close();
}
