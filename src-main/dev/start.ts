import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildAll } from './build';

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

await buildAll();
const electron = ensureElectron();
if (electron) {
  const child = spawn(electron, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stdout.write(
    'Electron is niet beschikbaar op deze computer (downloaden lukt niet); Instap start in de browser via de webhost.\n',
  );
  const child = spawn(process.execPath, [path.join(root, 'dist', 'main', 'web-host.cjs')], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}
