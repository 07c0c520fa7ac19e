import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronArguments,
  parseStartOptions,
  webHostArguments,
} from '../../../src-main/dev/start-options';

describe('npm start options', () => {
  it('hands --port and --data-dir to the web host as npm run web takes them', () => {
    const options = parseStartOptions([
      '--port',
      '5300',
      '--data-dir',
      'tmp/instap',
      '--no-browser',
    ]);
    expect(webHostArguments(options)).toEqual([
      '--port',
      '5300',
      '--data-dir',
      path.resolve('tmp/instap'),
      '--no-browser',
    ]);
  });

  it('gives Electron the data folder as its user data folder, and no port', () => {
    const options = parseStartOptions(['--port', '5300', '--data-dir=tmp/instap']);
    expect(electronArguments('/app', options)).toEqual([
      '/app',
      `--user-data-dir=${path.resolve('tmp/instap')}`,
    ]);
  });

  it('starts with the defaults when no option is given', () => {
    const options = parseStartOptions([]);
    expect(webHostArguments(options)).toEqual([]);
    expect(electronArguments('/app', options)).toEqual(['/app']);
  });

  it('refuses a mistyped option instead of ignoring it', () => {
    expect(() => parseStartOptions(['--prot', '5300'])).toThrow(/--prot/);
    expect(() => parseStartOptions(['--port'])).toThrow(/--port/);
  });
});
