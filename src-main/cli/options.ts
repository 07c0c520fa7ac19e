import { parseArgs, type ParseArgsConfig } from 'node:util';
import { format } from 'date-fns';
import { isIsoDate } from '../../src-shared/domain/dates';
import type { IsoDate } from '../../src-shared/domain/codes';
import type { Period } from '../../src-shared/figures';

/** Wrong use of the command (exit code 2); the message is Dutch and names what was wrong. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, strict, with its errors as Dutch UsageErrors. */
export function parseCommand<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : '';
    const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? '?';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(
        `Onbekende optie ${quote(option)} bij "${command}". Zie: instap ${command} --help`,
      );
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(
        /does not take/.test(message)
          ? `Optie ${option} bij "${command}" neemt geen waarde. Zie: instap ${command} --help`
          : `Optie ${option} bij "${command}" heeft een waarde nodig. Zie: instap ${command} --help`,
      );
    }
    throw new UsageError(`De opdracht "${command}" is niet goed gegeven. Zie: instap --help`);
  }
}

/** An argument as it may appear in a message: quoted and short. */
export function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(shown);
}

function date(name: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) {
    throw new UsageError(
      `--${name} ${quote(value)} is geen bestaande datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2019-12-31).`,
    );
  }
  return value;
}

/** Today in the local time zone, as `YYYY-MM-DD`. */
export function today(): IsoDate {
  return format(new Date(), 'yyyy-MM-dd');
}

/** `--from`, `--to` (both required, from ≤ to) and `--reference` (default today). */
export function periodOptions(values: { from?: unknown; to?: unknown; reference?: unknown }): {
  period: Period;
  referenceDate: IsoDate;
} {
  const from = date('from', values.from as string | undefined);
  const to = date('to', values.to as string | undefined);
  const referenceDate = date('reference', values.reference as string | undefined) ?? today();
  if (from === undefined || to === undefined) {
    throw new UsageError(
      'Geef de periode met --from en --to (JJJJ-MM-DD), bijvoorbeeld --from 2019-01-01 --to 2019-12-31.',
    );
  }
  if (from > to) {
    throw new UsageError(`De periode begint (--from ${from}) na haar einde (--to ${to}).`);
  }
  return { period: { from, to }, referenceDate };
}

export function requireFiles(files: string[]): string[] {
  if (files.length === 0) {
    throw new UsageError('Geef ten minste één uitwisselbestand (.json) op.');
  }
  return files;
}
