import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStaticFile, resolveStaticPath } from '../../../src-main/files/static';

/**
 * The renderer folder `renderer` with a secret beside it, in a folder whose name starts with the
 * root's own name (`renderer-private`): a guard that compares prefixes without the separator
 * would let that one through.
 */
const outside = mkdtempSync(path.join(os.tmpdir(), 'instap-static-'));
const root = path.join(outside, 'renderer');
const sibling = path.join(outside, 'renderer-private');
mkdirSync(path.join(root, 'assets'), { recursive: true });
mkdirSync(sibling);
writeFileSync(path.join(root, 'index.html'), '<html></html>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(path.join(outside, 'secret.txt'), 'geheim');
writeFileSync(path.join(sibling, 'secret.txt'), 'geheim');
// Links inside the root that lead out of it: to a file, and to a folder.
symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
symlinkSync(sibling, path.join(root, 'private-folder'));
// A link that stays inside the root is fine.
symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'app-link.js'));

describe('static files', () => {
  it('serves the index for / and files inside the folder with their type', async () => {
    expect((await readStaticFile(root, '/'))?.contentType).toMatch(/text\/html/);
    expect((await readStaticFile(root, '/assets/app.js?v=1'))?.contentType).toMatch(/javascript/);
    expect((await readStaticFile(root, '/app-link.js'))?.body.toString()).toBe('console.log(1)');
  });

  it.each([
    // The sibling folder whose name starts with the root's name.
    '/../renderer-private/secret.txt',
    '/..%2frenderer-private/secret.txt',
    '/%2e%2e/renderer-private/secret.txt',
    '/assets/../../renderer-private/secret.txt',
    // Plain, encoded and mixed-case climbs to the parent.
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/%2E%2E/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    // Double encoding is decoded once only: `%252e` stays the name `%2e`.
    '/%252e%252e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    // Backslashes, plain and encoded.
    '/..%5csecret.txt',
    '/assets/..\\..\\secret.txt',
    '/..%5c..%5crenderer-private%5csecret.txt',
    // Absolute paths, as a second leading slash or encoded.
    `/${path.join(outside, 'secret.txt')}`,
    `/${encodeURIComponent(path.join(sibling, 'secret.txt'))}`,
    '//etc/passwd',
    // Null byte and broken percent-encoding.
    '/index.html%00.js',
    '/../secret.txt%00.html',
    '/%E0%A4%A',
    // Links inside the root that point out of it.
    '/assets/link.txt',
    '/private-folder/secret.txt',
  ])('never serves a file outside the folder: %s', async (urlPath) => {
    const file = await readStaticFile(root, urlPath);
    expect(file).toBeNull();
    const resolved = resolveStaticPath(root, urlPath);
    if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
  });

  it('answers null for folders and missing files', async () => {
    expect(await readStaticFile(root, '/assets')).toBeNull();
    expect(await readStaticFile(root, '/nope.js')).toBeNull();
  });
});
