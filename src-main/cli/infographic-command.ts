import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { appVersion } from '../app-version';
import { makeInfographic } from '../pdf/infographic';
import type { Io } from './io';
import { parseCommand, periodOptions, quote, requireFiles, UsageError } from './options';
import { readRegion, sheetTitle } from './region';
import { infographicUsage } from './usage';

export async function infographicCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('infographic', args, {
    from: { type: 'string' },
    to: { type: 'string' },
    reference: { type: 'string' },
    out: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(infographicUsage);
    return 0;
  }
  const { period, referenceDate } = periodOptions(values);
  const files = requireFiles(positionals);
  if (values.out === undefined || values.out.trim() === '') {
    throw new UsageError(
      'Geef met --out aan waar de PDF moet komen, bijvoorbeeld --out infographic-2019.pdf.',
    );
  }
  const out = path.resolve(values.out);

  const region = await readRegion(files, period, referenceDate, io);
  if (!region) return 1;

  const title = sheetTitle(region);
  const pdf = await makeInfographic(
    {
      title,
      period,
      referenceDate,
      records: region.records,
      total: region.total,
      perOrganisation: title.regional
        ? region.perOrganisation.map(({ name, figures }) => ({ name, figures }))
        : null,
      employerStarts: region.employerStarts,
    },
    appVersion,
  );
  try {
    await writeFileAtomic(out, Buffer.from(pdf.bytes));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(
      code === 'ENOENT'
        ? `De map van ${quote(values.out)} bestaat niet; de infographic is niet geschreven.\n`
        : `De infographic kon niet naar ${quote(values.out)} worden geschreven (${code ?? 'onbekende fout'}).\n`,
    );
    return 1;
  }
  io.out(`Infographic geschreven naar ${values.out}\n`);
  return 0;
}
