import { cp } from 'node:fs/promises';
import path from 'node:path';
import { build as bundle } from 'esbuild';
import { build as buildRenderer } from 'vite';

/**
 * One build for the three processes: Vite for the renderer, esbuild for the Node side (main,
 * preload, web host, PDF worker thread), each a single CommonJS file as Electron's sandboxed
 * preload requires.
 */
const root = path.resolve(import.meta.dirname, '..', '..');

export async function buildAll(): Promise<void> {
  await buildRenderer({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  const entries: Record<string, string> = {
    main: 'src-main/main.ts',
    preload: 'src-main/preload.ts',
    'web-host': 'src-main/start-web-host.ts',
    // Loaded by src-main/pdf/worker-client.ts from beside main.cjs and web-host.cjs.
    'pdf-worker': 'src-main/pdf/worker.ts',
  };
  await Promise.all(
    Object.entries(entries).map(([name, entry]) =>
      bundle({
        entryPoints: [path.join(root, entry)],
        outfile: path.join(root, 'dist', 'main', `${name}.cjs`),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['electron'],
        // Modules that find files beside themselves work from source (ESM) and bundled (CJS).
        define: { 'import.meta.dirname': '__dirname' },
        sourcemap: true,
        logLevel: 'warning',
      }),
    ),
  );
  // The PDFs' fonts travel with the bundles (and so into app.asar with dist/main/**).
  await cp(path.join(root, 'assets', 'fonts'), path.join(root, 'dist', 'main', 'fonts'), {
    recursive: true,
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  await buildAll();
}
