import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { writeErrorMessage } from '../../../src-renderer/ui/write-errors';

describe('write errors', () => {
  it('tells the coach the disk is full, for the browser error and for Dexie’s wrapper', () => {
    const browser = new DOMException('quota', 'QuotaExceededError');
    const dexie = new Dexie.AbortError('aborted', browser);
    expect(writeErrorMessage(browser)).toMatch(/geen ruimte meer op de schijf/);
    expect(writeErrorMessage(new Dexie.QuotaExceededError('full'))).toMatch(/geen ruimte meer/);
    expect(writeErrorMessage(dexie)).toMatch(/geen ruimte meer/);
  });

  it('says nothing was changed for any other failure, without its text', () => {
    const message = writeErrorMessage(new Error('kapot bij Fatma Çelik'));
    expect(message).toMatch(/er is niets gewijzigd/);
    expect(message).not.toContain('Çelik');
  });
});
