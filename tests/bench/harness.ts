/** A tiny benchmark harness: each row is a figure beside its floor, printed with the ratio. */
export interface BenchRow {
  name: string;
  unit: string;
  value: number;
  floorName: string;
  floor: number;
}

/** Median of `runs` timings in milliseconds, after `warmup` untimed runs. */
export async function medianMs(
  work: () => Promise<unknown> | unknown,
  runs: number,
  warmup = Math.min(5, runs),
): Promise<number> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return medianOf(times);
}

export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function printTable(rows: BenchRow[]): void {
  const header = ['meting', 'waarde', 'ondergrens (floor)', 'floor-waarde', 'ratio'];
  const body = rows.map((row) => [
    row.name,
    `${row.value.toFixed(2)} ${row.unit}`,
    row.floorName,
    `${row.floor.toFixed(2)} ${row.unit}`,
    `${(row.value / row.floor).toFixed(2)}×`,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((line) => (line[column] ?? '').length)),
  );
  const format = (line: string[]) =>
    `| ${line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const lines = [
    format(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...body.map(format),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
