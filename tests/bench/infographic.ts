import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServiceHandlers, dispatch } from '../../src-main/handlers';
import { renderPdf } from '../../src-main/pdf/render';
import { timeMs, type BenchRow } from './harness';
import { sampleFigureRecords } from './sample-records';

/**
 * The infographic PDF from 10 000 trajectories as the handler makes it (request parsed with the
 * contract's schema, figures, layout, pdfmake), beside bare pdfmake on a one-line document with
 * the same fonts: what any PDF costs.
 */
export async function benchInfographic(): Promise<BenchRow[]> {
  const { records, period, referenceDate } = sampleFigureRecords(10_000);
  const handlers = createServiceHandlers({
    transport: 'web',
    version: 'bench',
    dataFolder: mkdtempSync(path.join(os.tmpdir(), 'instap-bench-')),
    canOpenFiles: false,
  });
  const request = {
    title: { organisation: 'Stichting De Linde Zorg', region: 'Regio Zwolle', regional: false },
    period,
    referenceDate,
    records,
  };
  const infographic = await timeMs(
    async () => {
      const envelope = await dispatch(handlers, 'pdf:infographic', request);
      if (!envelope.ok) throw new Error(envelope.error.message);
    },
    12,
    3,
  );
  const bare = await timeMs(() => renderPdf({ content: 'Instap' }), 12, 3);
  return [
    {
      name: 'infographic-PDF uit 10 000 trajecten',
      unit: 'ms',
      value: infographic,
      floorName: 'kale pdfmake, document van één regel',
      floor: bare,
    },
  ];
}
