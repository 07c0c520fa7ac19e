import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWire, encodeWire, type Envelope } from '../../../src-shared/ipc/envelope';
import type { PdfFile } from '../../../src-shared/ipc/documents';
import { startWebHost, type RunningWebHost } from '../../../src-main/web-host';
import { wepTrein2019Period, wepTrein2019Records } from '../../fixtures/wep-trein-2019';
import { openSession, rawRequest, type WebSession } from '../../web-host-client';
import { certificate, pageCount, signaturePng } from './document-helpers';
import { bombPng } from './images-fixtures';

/**
 * Issue 13: one small image used to end the web host. Now a hostile image is refused with a
 * Dutch message, a damaged one that gets past the header check costs only itself, and a request
 * that fails inside the PDF worker fails alone: the host answers the next request as ever.
 */

let host: RunningWebHost;
let session: WebSession;

beforeAll(async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'instap-pdf-host-'));
  const rendererFolder = path.join(folder, 'renderer');
  mkdirSync(rendererFolder);
  writeFileSync(path.join(rendererFolder, 'index.html'), '<html><head></head></html>');
  host = await startWebHost({ port: 0, dataFolder: path.join(folder, 'data'), rendererFolder });
  session = await openSession(host);
});
afterAll(() => host.close());

async function call(channel: string, payload: unknown) {
  const answer = await rawRequest(host.port, {
    path: `/api/${encodeURIComponent(channel)}`,
    method: 'POST',
    headers: { ...session.headers, 'Content-Type': 'application/json' },
    body: encodeWire(payload),
  });
  return { status: answer.status, envelope: decodeWire(answer.body) as Envelope<PdfFile> };
}

const infographic = (logo: Uint8Array | null) => ({
  title: { organisation: 'Stichting De Linde Zorg', region: null, regional: false },
  period: wepTrein2019Period,
  referenceDate: '2020-03-01',
  records: wepTrein2019Records(),
  logo,
});

const tooManyPixels =
  'is te groot: hoogstens 4096 × 4096 beeldpunten en 12,5 miljoen beeldpunten in totaal';

async function expectPdf(answer: Awaited<ReturnType<typeof call>>, pages = 1) {
  expect(answer.status).toBe(200);
  if (!answer.envelope.ok) throw new Error(answer.envelope.error.message);
  expect(await pageCount(answer.envelope.value.bytes)).toBe(pages);
  return answer.envelope.value.bytes;
}

describe('the web host after a hostile or broken PDF request', { timeout: 180_000 }, () => {
  it('refuses the 467-byte 100000×100000 PNG as logo or signature, then serves the next', async () => {
    expect(await call('pdf:infographic', infographic(bombPng()))).toEqual({
      status: 400,
      envelope: {
        ok: false,
        error: {
          code: 'bad-request',
          message: 'De opdracht bevat ongeldige gegevens.',
          issues: [`logo: ${tooManyPixels}`],
        },
      },
    });
    const signed = certificate('2026-0013', (c) => (c.signature = bombPng()));
    const refused = await call('pdf:certificate', { certificate: signed });
    expect(refused.status).toBe(400);
    expect(refused.envelope.ok ? [] : refused.envelope.error.issues).toEqual([
      `certificate.content.signature: ${tooManyPixels}`,
    ]);
    await expectPdf(await call('pdf:infographic', infographic(null)));
  });

  it('makes the PDF without a logo whose pixel data would throw inside pdfkit', async () => {
    // A sound header (so the request is accepted) over rubbish pixel data: pdfkit would throw in
    // a zlib callback, beyond any catch, where it once ended the process.
    const damaged = signaturePng();
    damaged.fill(7, 41, damaged.length - 16);
    const bytes = await expectPdf(await call('pdf:infographic', infographic(damaged)));
    expect(Buffer.from(bytes).toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
    const logo = await expectPdf(await call('pdf:infographic', infographic(signaturePng())));
    expect(Buffer.from(logo).toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
  });

  it('answers a request that fails inside the PDF worker with 500, then serves the next', async () => {
    const notAPdf = new TextEncoder().encode('%PDF-1.7 and nothing more');
    expect(await call('pdf:merge', { parts: [notAPdf], fileName: 'a.pdf' })).toEqual({
      status: 500,
      envelope: {
        ok: false,
        error: { code: 'internal', message: 'Er ging iets mis in Instap (TypeError).' },
      },
    });
    await expectPdf(await call('pdf:certificate', { certificate: certificate('2026-0014') }));
    expect((await call('app:info', {})).status).toBe(200);
  });
});
