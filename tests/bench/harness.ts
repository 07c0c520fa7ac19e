import os from 'node:os';
import type { BrowserContext, Page } from '@playwright/test';

/**
 * A tiny benchmark harness: each row is a figure beside its floor (the same data through the same
 * warm path, done by the bare library), both the median of several runs with their spread, and
 * the goal for the ratio when it has one.
 */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface BenchRow {
  name: string;
  unit: string;
  value: Timing;
  floorName: string;
  floor: Timing;
  /** The highest acceptable value / floor, when the row has a goal. */
  goalRatio?: number;
  /** The highest acceptable value itself, when the row has one (e.g. one frame, 16 ms). */
  goalValue?: number;
}

/** Median and spread of `runs` timings in milliseconds, after `warmup` untimed runs. */
export async function timeMs(
  work: () => Promise<unknown> | unknown,
  runs: number,
  warmup = Math.min(5, runs),
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return timingOf(times);
}

export function timingOf(values: readonly number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 === 1
      ? (sorted[Math.floor(middle)] ?? Number.NaN)
      : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
  return {
    median,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    runs: sorted.length,
  };
}

/** A single measurement that is not repeated (a size, a peak). */
export function once(value: number): Timing {
  return { median: value, min: value, max: value, runs: 1 };
}

/** The machine the figures came from: without it a table cannot be compared with another. */
/**
 * Notes in the page the moment `ready` first appears, seen by a MutationObserver from the
 * document's start (no polling delay counts); `readyAt` reads it once `ready` is there.
 */
export async function noteWhenReady(context: BrowserContext, ready: string): Promise<void> {
  await context.addInitScript((selector) => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      document.documentElement.dataset.readyAt = String(performance.now());
      seen.disconnect();
    });
    seen.observe(document, { childList: true, subtree: true });
  }, ready);
}

export async function readyAt(page: Page, ready: string): Promise<number> {
  await page.waitForSelector(ready);
  return page.evaluate(() => Number(document.documentElement.dataset.readyAt ?? NaN));
}

export function machineLine(chromiumVersion: string): string {
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  return [
    `machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'onbekend'})`,
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GB`,
    `Node ${process.version}`,
    `Chromium ${chromiumVersion}`,
    `${os.platform()} ${os.release()}`,
    `load ${load}`,
  ].join(', ');
}

function show(timing: Timing, unit: string): string {
  const digits = timing.median >= 100 ? 0 : timing.median >= 10 ? 1 : 2;
  const value = `${timing.median.toFixed(digits)} ${unit}`;
  if (timing.runs === 1) return value;
  return `${value} (${timing.min.toFixed(digits)}–${timing.max.toFixed(digits)}, n=${timing.runs})`;
}

function goalCells(row: BenchRow): [string, string] {
  const ratio = row.value.median / row.floor.median;
  const goals: string[] = [];
  let met = true;
  if (row.goalRatio !== undefined) {
    goals.push(`≤ ${row.goalRatio}×`);
    met &&= ratio <= row.goalRatio;
  }
  if (row.goalValue !== undefined) {
    goals.push(`≤ ${row.goalValue} ${row.unit}`);
    met &&= row.value.median <= row.goalValue;
  }
  if (goals.length === 0) return ['', ''];
  return [goals.join(' en '), met ? 'ja' : 'nee'];
}

/** The table as Markdown, so it can go into the README as printed. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = [
    'meting',
    'mediaan (spreiding)',
    'ondergrens (floor)',
    'floor',
    'ratio',
    'doel',
    'gehaald',
  ];
  const body = rows.map((row) => [
    row.name,
    show(row.value, row.unit),
    row.floorName,
    show(row.floor, row.unit),
    `${(row.value.median / row.floor.median).toFixed(2)}×`,
    ...goalCells(row),
  ]);
  const widths = header.map((title, column) =>
    body.reduce((width, line) => Math.max(width, (line[column] ?? '').length), title.length),
  );
  const format = (line: readonly string[]) =>
    `| ${line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [
    format(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...body.map(format),
  ].join('\n');
}
