import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { contentSecurityPolicy } from './src-main/files/static.ts';
import type * as StaticFrameModule from './src-renderer/app/static-frame.tsx';

/** The same CSP as the response headers, also in the page itself (one source: static.ts). */
const cspMeta: Plugin = {
  name: 'instap-csp-meta',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy.replace(/; frame-ancestors 'none'/, '')}" />`,
    ),
};

/**
 * The app's frame (navigation, "Laden…") already in the page, rendered from the same components
 * React renders first: the window paints while the scripts load (issue 18, cold start).
 */
const staticFrame: Plugin = {
  name: 'instap-static-frame',
  async transformIndexHtml(html) {
    // Loaded through Vite (TSX, extensionless imports) rather than bundled into this config.
    const { module } = await runnerImport<typeof StaticFrameModule>(
      fileURLToPath(new URL('./src-renderer/app/static-frame.tsx', import.meta.url)),
      { configFile: false, root: fileURLToPath(new URL('.', import.meta.url)), logLevel: 'warn' },
    );
    return html.replace(
      '<div id="root"></div>',
      `<div id="root">${module.staticFrameMarkup()}</div>`,
    );
  },
};

/**
 * The entry (main.tsx) imports the app only after the first paint; its chunks are fetched from
 * the start all the same, beside the style sheet, so that wait costs no network time.
 */
const preloadApp: Plugin = {
  name: 'instap-preload-app',
  transformIndexHtml: {
    order: 'post',
    handler(_html, { bundle, chunk }) {
      if (!bundle || !chunk) return [];
      const preloaded = new Set([chunk.fileName, ...chunk.imports]);
      const wanted: string[] = [];
      const visit = (fileName: string) => {
        if (preloaded.has(fileName)) return;
        preloaded.add(fileName);
        wanted.push(fileName);
        const imported = bundle[fileName];
        if (imported?.type === 'chunk') imported.imports.forEach(visit);
      };
      chunk.dynamicImports.forEach(visit);
      return wanted.map((fileName) => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
        injectTo: 'head',
      }));
    },
  },
};

/**
 * The style sheet inside the page instead of beside it: the first paint waits for the style sheet,
 * and on a cold start its request, even from disk, took longer than painting the frame (issue 18).
 * The CSP allows <style> elements already (static.ts says why); the entry's sheet is ours.
 *
 * The sheet's file is then gone, so nothing may ask for it. Every chunk that imports the entry's
 * chunk (the app's code does, for Vite's preload helper) listed it among the files to fetch before
 * a screen's code runs; that fetch failed, and the helper then failed the screen's import, so a
 * screen opened before any other had asked for the sheet did not load.
 */
const inlinedSheets = new Set<string>();
const inlineStyleSheet: Plugin = {
  name: 'instap-inline-style-sheet',
  transformIndexHtml: {
    order: 'post',
    handler(html, { bundle, chunk }) {
      if (!bundle || !chunk) return html;
      let inlined = html;
      for (const fileName of chunk.viteMetadata?.importedCss ?? []) {
        const sheet = bundle[fileName];
        if (sheet?.type !== 'asset') continue;
        // The name is a path with dots: matched as text, not as a pattern.
        const href = `./${fileName}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="${href}">`);
        if (!link.test(inlined)) throw new Error(`index.html links no ${fileName}`);
        inlined = inlined.replace(link, () => `<style>${String(sheet.source)}</style>`);
        delete bundle[fileName];
        inlinedSheets.add(fileName);
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk') output.viteMetadata?.importedCss.delete(fileName);
        }
      }
      return inlined;
    },
  },
  // After every other plugin has written its code: a file that still names an inlined sheet
  // would fetch a file that is not there.
  writeBundle: {
    order: 'post',
    handler(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        // Chunks name their files relative to themselves: looked for by the file's own name.
        const named = [...inlinedSheets].filter((sheet) => output.code.includes(basename(sheet)));
        if (named.length > 0) {
          throw new Error(`${output.fileName} asks for ${named.join(', ')}, now inside index.html`);
        }
      }
    },
  },
};

export default defineConfig({
  root: 'src-renderer',
  // Relative asset URLs: the same build is served from app://instap/ and from the web host.
  base: './',
  plugins: [react(), cspMeta, staticFrame, preloadApp, inlineStyleSheet],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
