import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExchangeRecordsFileV1 } from '../../src-shared/exchange';
import { exchangeText } from './exchange-import';
import { once, type BenchRow } from './harness';

/**
 * The peak memory (maximum resident set, from GNU time) of the `instap` command computing the
 * figures over 150 000 records, beside the peak of the same Node process that only reads the same
 * files and runs JSON.parse on them: what any reader of them must hold. 150 000 records make a
 * 68 MB file even without indentation, over the format's 50 MB limit, so they come as three
 * partners' files of 50 000 records each.
 */
const RECORDS = 150_000;
const root = path.resolve(import.meta.dirname, '..', '..');

function peakMegabytes(args: readonly string[]): number {
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr.slice(-500)}`);
  // GNU time writes its line last on stderr, in kilobytes.
  const kilobytes = Number(run.stderr.trim().split('\n').at(-1));
  return kilobytes / 1024;
}

export async function benchCliMemory(): Promise<BenchRow[]> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'instap-bench-cli-'));
  try {
    const whole = JSON.parse(await exchangeText(RECORDS, 0)) as ExchangeRecordsFileV1;
    const files = [0, 1, 2].map((part) => {
      const file = path.join(folder, `partner-${part + 1}.json`);
      const share = RECORDS / 3;
      const organisation = { ...whole.organisation, id: `${whole.organisation.id}-${part}` };
      const trajectories = whole.trajectories.slice(part * share, (part + 1) * share);
      writeFileSync(file, JSON.stringify({ ...whole, organisation, trajectories }));
      return file;
    });
    const size = files.reduce((sum, file) => sum + statSync(file).size, 0);
    const cli = peakMegabytes([
      path.join(root, 'bin', 'instap.js'),
      'figures',
      ...files,
      '--from',
      '2000-01-01',
      '--to',
      '2099-12-31',
      '--reference',
      '2026-11-23',
      '--json',
    ]);
    const bare = peakMegabytes([
      '-e',
      `for (const f of ${JSON.stringify(files)}) globalThis[f] = JSON.parse(new TextDecoder().decode(require('node:fs').readFileSync(f)))`,
    ]);
    return [
      {
        name: `CLI figures, piekgeheugen, ${RECORDS.toLocaleString('nl-NL')} trajecten in 3 bestanden (${(size / 2 ** 20).toFixed(1)} MB)`,
        unit: 'MB',
        value: once(cli),
        floorName: 'node: dezelfde bestanden lezen + JSON.parse',
        floor: once(bare),
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
