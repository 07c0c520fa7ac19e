import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exchangeText } from './exchange-import';
import { once, type BenchRow } from './harness';

/**
 * The peak memory (maximum resident set, from GNU time) of the `instap` command computing the
 * figures of one 150 000-record exchange file, beside the peak of the same Node process that only
 * reads the file and runs JSON.parse on it: what any reader of that file must hold.
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
    const file = path.join(folder, 'partner-150000.json');
    // Without indentation, as 150 000 records only fit the 50 MB limit that way.
    const text = await exchangeText(RECORDS, 0);
    writeFileSync(file, text);
    const size = Buffer.byteLength(text);
    const cli = peakMegabytes([
      path.join(root, 'bin', 'instap.js'),
      'figures',
      file,
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
      `JSON.parse(new TextDecoder().decode(require('node:fs').readFileSync(${JSON.stringify(file)})))`,
    ]);
    return [
      {
        name: `CLI figures, piekgeheugen over ${RECORDS.toLocaleString('nl-NL')} trajecten (${(size / 2 ** 20).toFixed(1)} MB)`,
        unit: 'MB',
        value: once(cli),
        floorName: 'node: bestand lezen + JSON.parse',
        floor: once(bare),
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
