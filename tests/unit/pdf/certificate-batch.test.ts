import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/handlers';
import type { PrintedCertificate } from '../../../src-shared/domain/certificate';
import { MAX_CERTIFICATES_PER_PART } from '../../../src-shared/ipc/documents';
import {
  appLogo as logo,
  certificate,
  handlers,
  pageCount,
  pageTexts,
  pdfOf,
  renderPng,
  signaturePng,
} from './document-helpers';

/**
 * Issue 18, point 5: a batch part (pdf:certificates) is one document of several certificates,
 * each from a page of its own, exactly as pdf:certificate sets it alone: its own running header
 * and page numbers, its own compact setting, and the logo they share embedded once.
 */

function named(
  number: string,
  change: (content: PrintedCertificate['content']) => void = () => {},
) {
  return certificate(number, (c) => {
    c.logo = logo;
    c.candidate.fullName = `Kandidaat ${number}`;
    change(c);
  });
}

/** Normal layout spills onto a second page; compact fits one (as in certificate.test.ts). */
const nearlyFits = (c: PrintedCertificate['content']) => {
  c.signature = signaturePng();
  c.achievedGoals.push('Extra leerdoel 3: de werkplek opruimen');
};

/** Two pages or more even compact. */
const long = (c: PrintedCertificate['content']) => {
  c.achievedGoals = Array.from({ length: 40 }, (_, i) => `Leerdoel ${i + 1} `.repeat(12));
};

async function part(certificates: PrintedCertificate[]) {
  return pdfOf(await dispatch(handlers, 'pdf:certificates', { certificates }));
}

const images = (bytes: Uint8Array) =>
  Buffer.from(bytes)
    .toString('latin1')
    .match(/\/Subtype\s*\/Image/g)?.length ?? 0;

/** The number in a page's footer: `Getuigschrift nr. 2026-0001`. */
const footerNumber = (page: string) => /Getuigschrift nr\. (\d{4}-\d{4})/.exec(page)?.[1];

// PDFs and poppler take a while on a busy two-core machine.
describe('pdf:certificates', { timeout: 120_000 }, () => {
  it('puts every candidate on pages of their own, in order, numbered per certificate', async () => {
    const batch = [
      named('2026-0001'),
      named('2026-0002', long),
      named('2026-0003', nearlyFits),
      named('2026-0004'),
    ];
    const file = await part(batch);
    expect(file.fileName).toBe('getuigschriften.pdf');
    const pages = await pageTexts(file.bytes);
    const longPages = await pageCount(
      pdfOf(
        await dispatch(handlers, 'pdf:certificate', {
          certificate: batch[1],
        }),
      ).bytes,
    );
    expect(longPages).toBeGreaterThanOrEqual(2);
    // 0002 as long as alone; 0003 set compact on one page, the others one page each.
    expect(pages).toHaveLength(3 + longPages);
    const owners = pages.map(footerNumber);
    expect(owners).toEqual([
      '2026-0001',
      ...Array.from({ length: longPages }, () => '2026-0002'),
      '2026-0003',
      '2026-0004',
    ]);
    pages.forEach((page, index) => {
      const owner = owners[index] as string;
      const first = owners.indexOf(owner);
      const count = owners.filter((number) => number === owner).length;
      // The name on its first page, a running header naming it on the others.
      if (index === first) {
        expect(page).toContain(`Kandidaat ${owner}`);
        expect(page.split('\n').find((line) => line.trim() !== '')).not.toMatch(/nr\./);
      } else {
        expect(page.split('\n').find((line) => line.trim() !== '')).toMatch(
          new RegExp(`Kandidaat ${owner}.*Getuigschrift nr\\. ${owner}`),
        );
      }
      // Page numbers count within the certificate, and only when it has more than one page.
      if (count > 1) expect(page).toContain(`pagina ${index - first + 1} van ${count}`);
      else expect(page).not.toContain('pagina');
    });
    // Every candidate's name on the pages of that candidate only.
    for (const { number } of batch) {
      const holding = pages.flatMap((page, index) =>
        page.includes(`Kandidaat ${number}`) ? [owners[index]] : [],
      );
      expect(new Set(holding)).toEqual(new Set([number]));
    }
    await renderPng(file.bytes, 'certificate-batch');
  });

  it('embeds a logo shared by the certificates once', async () => {
    const one = await part([named('2026-0001')]);
    const four = await part(
      ['2026-0001', '2026-0002', '2026-0003', '2026-0004'].map((n) => named(n)),
    );
    expect(images(one.bytes)).toBeGreaterThan(0);
    expect(images(four.bytes)).toBe(images(one.bytes));
  });

  it('refuses an empty part, a part too large, and a certificate the single channel refuses', async () => {
    const cases: unknown[] = [
      { certificates: [] },
      {
        certificates: Array.from({ length: MAX_CERTIFICATES_PER_PART + 1 }, () =>
          named('2026-0001'),
        ),
      },
      { certificates: [named('2026-0001'), named('2026-7')] },
      { certificates: [named('2026-0001', (c) => (c.logo = new TextEncoder().encode('GIF89a')))] },
      { certificates: [named('2026-0001')], fileName: 'x.pdf' },
    ];
    for (const request of cases) {
      expect(await dispatch(handlers, 'pdf:certificates', request)).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
  });
});
