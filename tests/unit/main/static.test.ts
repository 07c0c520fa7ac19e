import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStaticFile, resolveStaticPath } from '../../../src-main/files/static';

const outside = mkdtempSync(path.join(os.tmpdir(), 'instap-static-'));
const root = path.join(outside, 'renderer');
mkdirSync(path.join(root, 'assets'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<html></html>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(path.join(outside, 'secret.txt'), 'geheim');

describe('static files', () => {
  it('serves the index for / and files inside the folder with their type', async () => {
    expect((await readStaticFile(root, '/'))?.contentType).toMatch(/text\/html/);
    expect((await readStaticFile(root, '/assets/app.js?v=1'))?.contentType).toMatch(/javascript/);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2E%2E/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/..\\..\\secret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('never leaves the folder: %s', async (urlPath) => {
    const file = await readStaticFile(root, urlPath);
    expect(file?.body.toString() ?? null).not.toBe('geheim');
    const resolved = resolveStaticPath(root, urlPath);
    if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
  });

  it('answers null for folders and missing files', async () => {
    expect(await readStaticFile(root, '/assets')).toBeNull();
    expect(await readStaticFile(root, '/nope.js')).toBeNull();
  });
});
