import { isRecordsFile } from '../../src-shared/exchange';
import type { Io } from './io';
import { parseCommand, requireFiles } from './options';
import { readExchangeFiles } from './read-exchange';
import { validateUsage } from './usage';

export async function validateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('validate', args, {
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(validateUsage);
    return 0;
  }
  const read = await readExchangeFiles(requireFiles(positionals));
  for (const { path, file } of read.files) {
    const level = isRecordsFile(file)
      ? `met ${file.trajectories.length} trajecten`
      : 'alleen totalen';
    io.out(
      `Geldig: ${path} (${file.organisation.name}, ${level}, ${file.period.from} t/m ${file.period.to}, peildatum ${file.period.referenceDate})\n`,
    );
  }
  for (const warning of read.warnings) io.err(`Waarschuwing: ${warning}\n`);
  if (read.errors.length > 0) {
    io.err(read.errors.map((line) => `${line}\n`).join(''));
    const bad = positionals.length - read.files.length;
    io.err(
      `${bad} van ${positionals.length} ${positionals.length === 1 ? 'bestand' : 'bestanden'} ongeldig.\n`,
    );
    return 1;
  }
  return 0;
}
