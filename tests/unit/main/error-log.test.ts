import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError, logError } from '../../../src-main/files/error-log';

describe('main-process error log', () => {
  it('keeps the kind and the place of an error, never its message', () => {
    const error = new TypeError('Kan Fatma Çelik (06-12345678) niet opslaan');
    const line = describeError(error, new Date('2026-11-23T10:00:00.000Z'));
    expect(line).toMatch(/^2026-11-23T10:00:00.000Z TypeError\n/);
    expect(line).toContain('error-log.test.ts');
    expect(line).not.toContain('Çelik');
    expect(line).not.toContain('06-12345678');
  });

  it('appends to instap.log in the data folder', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'instap-log-'));
    logError(folder, new RangeError('geheim'));
    logError(folder, 'een tekst met Ouédraogo');
    const log = readFileSync(path.join(folder, 'instap.log'), 'utf8');
    expect(log.match(/RangeError|string/g)).toEqual(['RangeError', 'string']);
    expect(log).not.toContain('geheim');
    expect(log).not.toContain('Ouédraogo');
  });
});
