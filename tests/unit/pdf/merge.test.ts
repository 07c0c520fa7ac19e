import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/handlers';
import { MAX_MERGE_PARTS } from '../../../src-shared/ipc/documents';
import { certificate, handlers, pageCount, pageTexts, pdfOf } from './document-helpers';

async function certificatePdf(number: string): Promise<Uint8Array> {
  const result = await dispatch(handlers, 'pdf:certificate', {
    certificate: certificate(number, (c) => (c.candidate.fullName = `Kandidaat ${number}`)),
  });
  return pdfOf(result).bytes;
}

// PDFs and poppler take a while on a busy two-core machine.
describe('pdf:merge', { timeout: 60_000 }, () => {
  it('joins single-page certificates into one PDF, in the order given', async () => {
    const numbers = ['2026-0003', '2026-0001', '2026-0002'];
    const parts = await Promise.all(numbers.map(certificatePdf));
    for (const part of parts) expect(await pageCount(part)).toBe(1);

    const file = pdfOf(
      await dispatch(handlers, 'pdf:merge', { parts, fileName: 'getuigschriften-2026-11-23.pdf' }),
    );
    expect(file.fileName).toBe('getuigschriften-2026-11-23.pdf');
    expect(await pageCount(file.bytes)).toBe(3);
    const pages = await pageTexts(file.bytes);
    expect(pages.map((page) => /\b\d{4}-\d{4}\b/.exec(page)?.[0])).toEqual(numbers);
    pages.forEach((page, index) => expect(page).toContain(`Kandidaat ${numbers[index]}`));
  });

  it('keeps every page of a part that has several', async () => {
    const long = pdfOf(
      await dispatch(handlers, 'pdf:certificate', {
        certificate: certificate('2026-0100', (c) => {
          c.achievedGoals = Array.from({ length: 60 }, (_, i) => `Leerdoel ${i + 1} `.repeat(20));
        }),
      }),
    ).bytes;
    const pages = await pageCount(long);
    expect(pages).toBeGreaterThan(1);
    const one = await certificatePdf('2026-0101');
    const file = pdfOf(
      await dispatch(handlers, 'pdf:merge', { parts: [one, long, one], fileName: 'reeks.pdf' }),
    );
    expect(await pageCount(file.bytes)).toBe(pages + 2);
  });

  it('refuses parts that are not PDFs and other bad requests', async () => {
    const pdf = await certificatePdf('2026-0001');
    const text = new TextEncoder();
    const cases: unknown[] = [
      { parts: [pdf, text.encode('<html>not a pdf</html>')], fileName: 'a.pdf' },
      { parts: [text.encode('%PDF')], fileName: 'a.pdf' },
      { parts: ['%PDF-1.7'], fileName: 'a.pdf' },
      { parts: [], fileName: 'a.pdf' },
      { parts: Array.from({ length: MAX_MERGE_PARTS + 1 }, () => pdf), fileName: 'a.pdf' },
      { parts: [pdf], fileName: '../../etc/passwd.pdf' },
      { parts: [pdf], fileName: 'getuigschriften.exe' },
      { parts: [pdf], fileName: 'a\nb.pdf' },
      { parts: [pdf], fileName: 'a.pdf', extra: true },
    ];
    for (const payload of cases) {
      const result = await dispatch(handlers, 'pdf:merge', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    const named = await dispatch(handlers, 'pdf:merge', cases[0]);
    expect(named.ok ? [] : named.error.issues).toEqual(['parts.1: is geen PDF']);
  });
});
