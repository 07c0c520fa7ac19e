import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../src-main/handlers';
import { createPdfWorker, pdfHandlers } from '../../../src-main/pdf/worker-client';
import { infographicRequestSchema } from '../../../src-shared/ipc/infographic';
import { validFigureRecords } from '../../fixtures/figure-records';
import { certificate, pageCount, pdfOf, pdfText } from './document-helpers';

/**
 * The PDF worker thread: a job that crashes it, runs out of its heap or out of time fails alone,
 * with a Dutch message, and the next job is made by a fresh thread.
 */

const crashed =
  'De PDF kon niet worden gemaakt: Instap liep vast op de gegevens of op een afbeelding (logo of handtekening). Probeer het opnieuw; kies zo nodig een andere afbeelding.';

const certificateRequest = (name: string) => ({
  certificate: certificate('2026-0042', (c) => (c.candidate.fullName = name)),
});

/** The largest infographic a request may ask for: 200 000 records. */
function largestInfographic() {
  return infographicRequestSchema.parse({
    title: { organisation: 'Regio', region: 'Regio Zwolle', regional: false },
    period: { from: '2019-01-01', to: '2020-12-31' },
    referenceDate: '2020-12-31',
    records: validFigureRecords(5, 200_000, { organisations: 40, employers: 5000 }),
    logo: null,
  });
}

afterEach(() => {
  vi.useRealTimers();
});

// A thread per test on a busy two-core machine, and the largest infographic there is.
describe('the PDF worker thread', { timeout: 240_000 }, () => {
  it('makes the PDF its builder makes', async () => {
    const table = pdfHandlers(createPdfWorker(), '1.2.3');
    const file = pdfOf(await dispatch(table, 'pdf:certificate', certificateRequest('Anna Jansen')));
    expect(file.fileName).toBe('getuigschrift-2026-0042.pdf');
    expect(await pageCount(file.bytes)).toBe(1);
    const text = await pdfText(file.bytes);
    expect(text).toContain('Anna Jansen');
  });

  it('answers a job whose thread runs out of heap in Dutch, and makes the next one', async () => {
    // A heap that holds a certificate but not 200 000 records.
    const table = pdfHandlers(createPdfWorker({ maxHeapMb: 96 }), '1.2.3');
    const before = dispatch(table, 'pdf:certificate', certificateRequest('Voor Eerst'));
    const large = dispatch(table, 'pdf:infographic', largestInfographic());
    const after = dispatch(table, 'pdf:certificate', certificateRequest('Na Daarna'));
    expect(await pdfText(pdfOf(await before).bytes)).toContain('Voor Eerst');
    expect(await large).toEqual({ ok: false, error: { code: 'internal', message: crashed } });
    expect(await pdfText(pdfOf(await after).bytes)).toContain('Na Daarna');
  });

  it('stops a job past its time limit (60 s), answers it in Dutch, and makes the next one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // One thread: the next job waits for it, so its own minute has not begun.
    const table = pdfHandlers(createPdfWorker({ threads: 1 }), '1.2.3');
    const slow = dispatch(table, 'pdf:certificate', certificateRequest('Te Laat'));
    const next = dispatch(table, 'pdf:certificate', certificateRequest('Na Daarna'));
    // The (fake) minute passes before the thread has even started on the first job.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await slow).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message:
          'De PDF kon niet worden gemaakt: dat duurde langer dan 60 seconden. Probeer het opnieuw met minder gegevens of een kleinere afbeelding.',
      },
    });
    expect(await pdfText(pdfOf(await next).bytes)).toContain('Na Daarna');
  });

  it('makes PDFs on two threads side by side, with the very text one thread makes', async () => {
    const names = ['Anna Jansen', 'Piet Bakker', 'Fatma Yılmaz', 'Jan de Vries'];
    const texts = (table: ReturnType<typeof pdfHandlers>) =>
      Promise.all(
        names.map(async (name) =>
          pdfText(pdfOf(await dispatch(table, 'pdf:certificate', certificateRequest(name))).bytes),
        ),
      );
    const one = pdfHandlers(createPdfWorker({ threads: 1 }), '1.2.3');
    const two = pdfHandlers(createPdfWorker({ threads: 2 }), '1.2.3');
    const byOne = await texts(one);
    expect(byOne[2]).toContain('Fatma Yılmaz');
    expect(await texts(two)).toEqual(byOne);
    // Side by side: a certificate asked for after the largest infographic is made meanwhile.
    const finished: string[] = [];
    await Promise.all([
      dispatch(two, 'pdf:infographic', largestInfographic()).then(() =>
        finished.push('infographic'),
      ),
      dispatch(two, 'pdf:certificate', certificateRequest('Na Daarna')).then(() =>
        finished.push('certificate'),
      ),
    ]);
    expect(finished).toEqual(['certificate', 'infographic']);
  });

  it('reports a builder that throws by the kind of error only, and keeps its thread', async () => {
    const table = pdfHandlers(createPdfWorker(), '1.2.3');
    // Starts like a PDF (the schema's check), is none: pdf-lib throws.
    const notAPdf = new TextEncoder().encode('%PDF-1.7 Anna Jansen, 12-03-1990');
    const result = await dispatch(table, 'pdf:merge', { parts: [notAPdf], fileName: 'a.pdf' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Er ging iets mis in Instap (TypeError).' },
    });
    expect(JSON.stringify(result)).not.toContain('Anna');
    const file = pdfOf(await dispatch(table, 'pdf:certificate', certificateRequest('Piet Bakker')));
    expect(await pdfText(file.bytes)).toContain('Piet Bakker');
  });

  it('lets the process end once its PDFs are made: an idle thread holds nothing open', async () => {
    const root = path.resolve(import.meta.dirname, '..', '..', '..');
    const script = `
      const { createPdfWorker } = await import('./src-main/pdf/worker-client.ts');
      const { certificate } = await import('./tests/unit/pdf/document-helpers.ts');
      const file = await createPdfWorker().run('pdf:certificate', { certificate: certificate() }, '1');
      console.log(file.fileName);`;
    const run = promisify(execFile);
    // A process kept alive by the thread would be killed at the timeout, and fail here.
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: root, timeout: 180_000 },
    );
    expect(stdout.trim()).toBe('getuigschrift-2026-0007.pdf');
  });
});
