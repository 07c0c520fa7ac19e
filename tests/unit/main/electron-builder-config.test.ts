import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;

describe('electron-builder.yml', () => {
  it('names the app and builds the installers the coach needs', () => {
    expect(config.appId).toBe('nl.instap.app');
    expect(config.productName).toBe('Instap');
    expect(config.asar).toBe(true);
    expect((config.win as { target: string[] }).target).toEqual(['nsis', 'portable']);
    expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
  });

  it('installs per user without administrator rights', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
    });
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('refers only to files that exist', () => {
    const referenced = [
      config.icon,
      (config.win as { icon: string }).icon,
      (config.linux as { icon: string }).icon,
      (config.directories as { buildResources: string }).buildResources,
    ];
    for (const file of referenced) {
      expect(typeof file).toBe('string');
      expect(existsSync(path.join(root, file as string)), String(file)).toBe(true);
    }
    const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      main: string;
    };
    // The entry point is built into dist/main, which `files` ships.
    expect(packageJson.main).toBe('dist/main/main.cjs');
    expect(config.files).toContain('dist/main/**');
    expect(config.files).toContain('dist/renderer/**');
  });
});
