import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * `npm start -- --port N --data-dir DIR` takes the options `npm run web` takes, whichever host
 * then starts: the web host gets them as they are, Electron gets the data folder as Chromium's
 * `--user-data-dir` (Electron reads it for `app.getPath('userData')`; a port means nothing there).
 */
export interface StartOptions {
  port?: string;
  dataDir?: string;
  noBrowser: boolean;
}

export function parseStartOptions(argv: readonly string[]): StartOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-browser': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return { port: values.port, dataDir: values['data-dir'], noBrowser: values['no-browser'] };
}

export function webHostArguments(options: StartOptions): string[] {
  return [
    ...(options.port ? ['--port', options.port] : []),
    ...(options.dataDir ? ['--data-dir', path.resolve(options.dataDir)] : []),
    ...(options.noBrowser ? ['--no-browser'] : []),
  ];
}

export function electronArguments(appRoot: string, options: StartOptions): string[] {
  return [
    appRoot,
    ...(options.dataDir ? [`--user-data-dir=${path.resolve(options.dataDir)}`] : []),
  ];
}

/** Dutch usage line for a mistyped option (the option's name only, never a value). */
export const START_USAGE =
  'Gebruik: npm start -- [--port N] [--data-dir MAP] [--no-browser]  (--port geldt voor de webhost)\n';
