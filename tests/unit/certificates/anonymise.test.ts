import { describe, expect, it } from 'vitest';
import type { Certificate } from '../../../src-shared/domain/certificate';
import { anonymiseCertificate } from '../../../src-shared/domain/retention';
import { certificate } from '../pdf/document-helpers';

/** The testimonial's parts (issue 16) are texts about the person: anonymising takes them all. */
describe('an anonymised certificate', () => {
  it('keeps number, year, status and dates, and none of the texts about the person', () => {
    const { number, content } = certificate('2026-0007', (c) => {
      c.workProcesses = {
        qualification: 'Helpende zorg en welzijn',
        crebo: '25498',
        level: 2,
        processes: ['B1-K1-W2: Ondersteunt bij persoonlijke verzorging'],
      };
    });
    const issued: Certificate = {
      id: 'c-1',
      number,
      year: 2026,
      sequence: 7,
      trajectoryId: 't-1',
      candidateId: 'p-1',
      issuedAt: '2026-11-23T10:00:00.000Z',
      status: 'issued',
      replacedBy: null,
      content,
    };
    const kept = anonymiseCertificate(issued);
    const left = JSON.stringify(kept);
    for (const personal of [
      'Fatma',
      'Henk Postma',
      'linnenkamer',
      'HACCP basis',
      'Helpende zorg en welzijn',
      'waardeerden de rust',
      'Op tijd aanwezig zijn',
    ]) {
      expect(left, personal).not.toContain(personal);
    }
    expect(kept).toMatchObject({ number: '2026-0007', year: 2026, status: 'issued' });
    expect(kept.content.placement).toMatchObject({
      startedOn: '2026-02-02',
      endedOn: '2026-07-31',
      hoursPerWeek: 16,
    });
  });
});
