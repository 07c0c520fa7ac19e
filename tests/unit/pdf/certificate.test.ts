import type { ContentSection } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/handlers';
import {
  CERTIFICATE_DISCLAIMER,
  certificateDocument,
  palette,
} from '../../../src-main/pdf/certificate';
import { renderPdf } from '../../../src-main/pdf/render';
import {
  appLogo as logo,
  bodyLines,
  certificate,
  handlers,
  pageCount,
  pageTexts,
  pdfOf,
  pdfText,
  renderPng,
  signaturePng,
} from './document-helpers';

async function print(printed: ReturnType<typeof certificate>) {
  return dispatch(handlers, 'pdf:certificate', { certificate: printed });
}

/** pdftotext -layout spaces out justified and centred text; compare on single spaces. */
const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ');

// PDFs and poppler take a while on a busy two-core machine.
describe('pdf:certificate', { timeout: 60_000 }, () => {
  it('shows everything the getuigschrift says on one page', async () => {
    const file = pdfOf(await print(certificate()));
    expect(file.fileName).toBe('getuigschrift-2026-0007.pdf');
    expect(await pageCount(file.bytes)).toBe(1);
    const text = squeeze(await pdfText(file.bytes));
    for (const expected of [
      'Stichting De Brug',
      'Getuigschrift',
      'bewijs van werkervaring',
      'Fatma Çelik-Øvergård',
      'geboren op 3 maart 1990',
      'Werkervaringsplaats',
      'Medewerker facilitaire dienst',
      'Zorgcentrum De Linde',
      'Het Anker',
      '2 februari 2026 tot en met 31 juli 2026',
      '26 weken, 16 uur per week',
      'ongeveer 410 uur in totaal',
      'waardeerden de rust',
      'Werkzaamheden',
      'bestellingen klaarzetten en de linnenkamer',
      'Wat Fatma Çelik-Øvergård nu kan',
      'Gevolgde trainingen',
      'HACCP basis · met certificaat',
      '12 maart 2026',
      'Veilig tillen en verplaatsen',
      'Referentie',
      'Henk Postma, praktijkbegeleider bij Zorgcentrum De Linde; bereikbaar via Stichting De Brug.',
      'Zwolle, 23 november 2026',
      'Jan de Vries',
      'Coördinator werkervaringsplaatsen',
      'nr. 2026-0007',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.replace(/\s+/g, ' ')).toContain(CERTIFICATE_DISCLAIMER);
    expect(text).not.toContain('Veilig tillen en verplaatsen · met certificaat');
    for (const goal of certificate().content.achievedGoals) expect(text).toContain(goal);
    // Dates in words only: the first `NNNN-NNNN` on the page is the number.
    expect(/\b\d{4}-\d{4}\b/.exec(text)?.[0]).toBe('2026-0007');
  });

  it('sets names in any Latin script, composed, and survives characters the font lacks', async () => {
    const names = [
      'Nguyễn Thị Minh Khai',
      'Çağlar Gündoğdu',
      'Łucja Wałęsa',
      'Erdős Pál',
      'Søren Kierkegaard',
      'Jürgen Weiß',
      'Dvořák Žofie',
    ];
    // One name as the candidate's, the others where the same text path sets them (the goals).
    const file = pdfOf(
      await print(
        certificate('2026-0008', (c) => {
          c.candidate.fullName = names[0] as string;
          c.achievedGoals = [...names.slice(1), 'Jose\u0301 Nin\u0303o'];
        }),
      ),
    );
    const text = squeeze(await pdfText(file.bytes));
    for (const name of names) expect(text).toContain(name);
    // Printed (and found) as the composed letters.
    expect(text).toContain('José Niño');

    const lacking = await print(
      certificate('2026-0010', (c) => {
        c.candidate.fullName = 'Li 漢字 Wei 🙂';
        c.achievedGoals = ['Klanten begroeten 🙂 in het 漢 restaurant'];
        c.personalText = '🙂🙂🙂';
      }),
    );
    expect(await pageCount(pdfOf(lacking).bytes)).toBe(1);
    expect(await pdfText(pdfOf(lacking).bytes)).toContain('Li');
  });

  it('flows a long case onto further pages with a repeated header and no empty page', async () => {
    const longName = 'Ŵ'.repeat(20) + 'Abcdefghijklmnopqrstuvwxyzåéîõü'.repeat(9) + 'Z'.repeat(1);
    expect(longName.length).toBe(300);
    const printed = certificate('2026-0123', (c) => {
      c.candidate.fullName = longName;
      c.achievedGoals = Array.from(
        { length: 80 },
        (_, i) =>
          `Doel${String(i + 1).padStart(2, '0')}: ` +
          'zelfstandig werken volgens de afspraken op de afdeling en daarover rapporteren. '.repeat(
            5,
          ),
      ).map((goal) => goal.slice(0, 400));
      c.placement.employer = 'Stichting Samenwerkende Zorgaanbieders Regio IJssel-Vecht '.repeat(3);
      c.placement.location = 'Afdeling Kleinschalig Wonen voor ouderen met dementie, De Lindehof';
      c.duties = 'Koffie schenken, de tafels dekken en de was vouwen. '.repeat(12);
      c.trainings = Array.from({ length: 12 }, (_, i) => ({
        name: `Training ${i + 1}: omgaan met onbegrepen gedrag bij ouderen`,
        completedOn: '2026-03-01',
        withCertificate: i % 2 === 0,
      }));
      c.workProcesses = {
        qualification: 'Helpende zorg en welzijn',
        crebo: '25498',
        level: 2,
        processes: Array.from({ length: 8 }, (_, i) => `B1-K1-W${i + 1}: ondersteunt bij wonen`),
      };
    });
    expect(printed.content.achievedGoals.every((goal) => goal.length === 400)).toBe(true);
    const file = pdfOf(await print(printed));
    const pages = await pageTexts(file.bytes);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(await pageCount(file.bytes)).toBe(pages.length);

    const running = [
      /^Stichting De Brug · .*Getuigschrift nr\. 2026-0123$/,
      /^Getuigschrift nr\. 2026-0123\s+pagina \d+ van \d+$/,
      /^Dit getuigschrift is een bewijs/,
      /^geen praktijkverklaring \(SBB\)\.$/,
    ];
    pages.forEach((page, index) => {
      const lines = page.split('\n').map((line) => line.trim());
      if (index > 0) expect(lines.find((line) => line !== '')).toMatch(running[0] as RegExp);
      expect(page).toContain(`pagina ${index + 1} van ${pages.length}`);
      // Something of the certificate itself on every page, not only the running lines.
      expect(bodyLines(page, running).length).toBeGreaterThan(0);
    });
    const all = pages.join('\n');
    for (let i = 1; i <= 80; i++) expect(all).toContain(`Doel${String(i).padStart(2, '0')}:`);
    expect(all).toContain('Training 12:');
    expect(all).toContain('B1-K1-W8');
    expect(all).toContain('Zwolle, 23 november 2026');
    // The long name, broken over lines, is all there.
    expect(pages[0]?.replace(/\s+/g, '')).toContain(longName);
    await renderPng(file.bytes, 'certificate-long');
  });

  it('prints the logo and signature, and leaves out images pdfkit cannot read', async () => {
    const file = pdfOf(
      await print(
        certificate('2026-0007', (c) => {
          c.logo = logo;
          c.signature = signaturePng();
          c.candidate.fullName = 'Nguyễn Thị Minh Khai';
        }),
      ),
    );
    expect(await pageCount(file.bytes)).toBe(1);
    expect(Buffer.from(file.bytes).toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    await renderPng(file.bytes, 'certificate');

    // A PNG cut off and followed by rubbish: its size cannot be read, so the request is refused.
    const cut = new Uint8Array([...logo.subarray(0, 40), ...new Uint8Array(200).fill(7)]);
    expect(await print(certificate('2026-0007', (c) => (c.logo = cut)))).toMatchObject({
      ok: false,
      error: {
        code: 'bad-request',
        issues: [
          'certificate.content.logo: is geen leesbare PNG- of JPEG-afbeelding (beschadigd of onvolledig)',
        ],
      },
    });
    // A whole PNG whose pixel data is rubbish (pdfkit would throw in a zlib callback): the
    // certificate is still made, without it.
    const damaged = signaturePng();
    damaged.fill(7, 41, damaged.length - 16);
    const result = pdfOf(await print(certificate('2026-0007', (c) => (c.logo = damaged))));
    expect(await pageCount(result.bytes)).toBe(1);
    expect(Buffer.from(result.bytes).toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it('sets a certificate that nearly fits compact, rather than split off its signature', async () => {
    const printed = certificate('2026-0011', (c) => {
      c.logo = logo;
      c.signature = signaturePng();
      c.achievedGoals.push('Extra leerdoel 3: de werkplek opruimen');
    });
    const normal = await renderPdf(certificateDocument(printed, { version: '1' }));
    expect(await pageCount(normal)).toBe(2);
    const file = pdfOf(await print(printed));
    expect(await pageCount(file.bytes)).toBe(1);
    const text = squeeze(await pdfText(file.bytes));
    expect(text).toContain('Extra leerdoel 3: de werkplek opruimen');
    expect(text).toContain('Zwolle, 23 november 2026');
    expect(text).toContain('Jan de Vries');
  });

  it('reprints a snapshot issued before the testimonial without its build-up steps', async () => {
    const legacy = certificate('2025-0031', (c) => {
      c.reachedSteps = [{ text: 'Maand 3: vaste werktijden', reachedOn: '2025-05-01' }];
      delete c.duties;
      delete c.trainings;
      delete c.workProcesses;
      delete c.placement.supervisor;
    });
    const text = squeeze(await pdfText(pdfOf(await print(legacy)).bytes));
    expect(text).toContain('Wat Fatma Çelik-Øvergård nu kan');
    expect(text).not.toContain('Maand 3');
    expect(text).not.toContain('Referentie');
    expect(text).not.toMatch(/met goed gevolg/i);
  });

  it('marks a sample with a watermark and makes no number', async () => {
    const file = pdfOf(await print(certificate('VOORBEELD')));
    expect(file.fileName).toBe('getuigschrift-voorbeeld.pdf');
    const text = await pdfText(file.bytes);
    expect(text).toContain('voorbeeld, niet uitgegeven');
    expect(text).not.toMatch(/\b\d{4}-\d{4}\b/);
    // pdftotext scatters rotated text, so the watermark is checked on the definition (and seen
    // on the rendered picture). Each certificate is a section with its own watermark.
    const watermark = (number: string) => {
      const [section] = certificateDocument(certificate(number), { version: '1' })
        .content as ContentSection[];
      return section?.watermark;
    };
    expect(watermark('VOORBEELD')).toMatchObject({ text: 'VOORBEELD' });
    expect(watermark('2026-0007')).toBeUndefined();
    await renderPng(file.bytes, 'certificate-sample');
  });

  it('refuses a bad request with a bad-request envelope', async () => {
    const cases: unknown[] = [
      { certificate: certificate('2026-7') },
      { certificate: certificate('2026-0007; rm -rf') },
      {
        certificate: certificate('2026-0007', (c) => (c.logo = new TextEncoder().encode('GIF89a'))),
      },
      {
        certificate: certificate(
          '2026-0007',
          (c) =>
            (c.signature = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')),
        ),
      },
      {
        certificate: certificate('2026-0007', (c) => {
          c.logo = new Uint8Array(2 * 1024 * 1024);
          c.logo.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        }),
      },
      { certificate: certificate('2026-0007', (c) => (c.accentColour = 'url(#x)')) },
      { certificate: certificate('2026-0007', (c) => (c.placement.endedOn = '2026-02-30')) },
      { certificate: { ...certificate(), extra: true } },
      {},
    ];
    for (const payload of cases) {
      const result = await dispatch(handlers, 'pdf:certificate', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    const logoIssue = await dispatch(handlers, 'pdf:certificate', cases[2]);
    expect(logoIssue.ok ? [] : logoIssue.error.issues).toEqual([
      expect.stringMatching(/^certificate\.content\.logo: .*PNG- of JPEG/),
    ]);
  });

  it('darkens a light accent colour until it reads as text', () => {
    expect(palette('#1f6f6b').ink).toBe('#1f6f6b');
    const yellow = palette('#ffe94d');
    expect(yellow.accent).toBe('#ffe94d');
    expect(yellow.ink).not.toBe('#ffe94d');
  });
});
