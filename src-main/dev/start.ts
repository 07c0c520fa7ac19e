import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildAll } from './build';
import {
  electronArguments,
  parseStartOptions,
  START_USAGE,
  webHostArguments,
  type StartOptions,
} from './start-options';

/**
 * `npm start`: build, then open Electron. Install scripts are off (.npmrc), so the Electron binary
 * is fetched here on first start; where that is impossible the web host takes over.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const electronPackage = path.join(root, 'node_modules', 'electron');

/** Read the way Electron's own index.js does, but without its download-on-require. */
function electronBinary(): string | null {
  const pathFile = path.join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function ensureElectron(): string | null {
  const existing = electronBinary();
  if (existing) return existing;
  const installer = path.join(electronPackage, 'install.js');
  const result = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 300_000 });
  return result.status === 0 ? electronBinary() : null;
}

let options: StartOptions;
try {
  options = parseStartOptions(process.argv.slice(2));
} catch {
  process.stderr.write(START_USAGE);
  process.exit(2);
}
await buildAll();
const electron = ensureElectron();
if (electron) {
  if (options.port) process.stdout.write('--port geldt alleen voor de webhost; Electron opent.\n');
  const child = spawn(electron, electronArguments(root, options), { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stdout.write(
    'Electron is niet beschikbaar op deze computer (downloaden lukt niet); Instap start in de browser via de webhost.\n',
  );
  const webHost = path.join(root, 'dist', 'main', 'web-host.cjs');
  const child = spawn(process.execPath, [webHost, ...webHostArguments(options)], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}
