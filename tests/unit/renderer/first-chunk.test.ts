import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The cold start (issue 18): the renderer's entry holds nothing but the style sheet, so the frame
 * in index.html paints before the app's code runs. The app's first chunk (app/start.tsx) reaches,
 * through static imports, only what the frame and the database need. Every screen is a lazy
 * chunk; the contract's request schemas (the PDFs' among them) stay in the main process; zod's
 * full API comes with the first form.
 */
const root = path.resolve(import.meta.dirname, '..', '..', '..');

/** Every file `entry` reaches through static imports: import() targets are left out. */
async function eagerInputs(entry: string): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    outdir: 'dist/first-chunk-test',
    write: false,
    metafile: true,
    jsx: 'automatic',
    loader: { '.png': 'file', '.css': 'empty' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'lazy-chunks-stay-out',
        setup(on) {
          on.onResolve({ filter: /.*/ }, (args) =>
            // Vite's `?raw` text imports are text, whatever file they name.
            args.kind === 'dynamic-import' || args.path.endsWith('?raw')
              ? { path: args.path, external: true }
              : undefined,
          );
        },
      },
    ],
  });
  return Object.keys(result.metafile.inputs);
}

describe('the renderer entry', () => {
  it('holds only the style sheet: the app is imported after the first paint', async () => {
    const eager = await eagerInputs('src-renderer/main.tsx');
    expect(eager.sort()).toEqual(['src-renderer/main.tsx', 'src-renderer/ui/styles.css']);
  }, 60_000);
});

describe("the app's first chunk", () => {
  it('loads no screen, no request schema, no PDF code and not all of zod', async () => {
    const eager = await eagerInputs('src-renderer/app/start.tsx');
    // The shell itself is there (a sanity check of the walk).
    expect(eager).toContain('src-renderer/app/App.tsx');
    expect(eager).toContain('src-renderer/bridge.ts');
    const unwanted = eager.filter(
      (file) =>
        /src-renderer\/features\/[^/]+\/\w+Screen\.tsx$/.test(file) ||
        file === 'src-shared/ipc/contract.ts' ||
        file.startsWith('src-shared/exchange/') ||
        file.startsWith('src-shared/figures/') ||
        file.startsWith('src-main/') ||
        /node_modules\/(pdfmake|pdf-lib|pdfkit)\//.test(file) ||
        file.includes('node_modules/zod/v4/classic/'),
    );
    expect(unwanted).toEqual([]);
  }, 60_000);
});

describe("zod's messages", () => {
  it('are Dutch once the i18n module has configured zod through its core only', async () => {
    await import('../../../src-renderer/ui/i18n');
    const { z } = await import('zod');
    const result = z.string().max(3).safeParse('abcd');
    expect(result.error?.issues[0]?.message).toBe('Maximaal 3 tekens.');
  });
});
