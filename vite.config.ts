import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './src-main/files/static.ts';

/** The same CSP as the response headers, also in the page itself (one source: static.ts). */
const cspMeta: Plugin = {
  name: 'instap-csp-meta',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy.replace(/; frame-ancestors 'none'/, '')}" />`,
    ),
};

export default defineConfig({
  root: 'src-renderer',
  // Relative asset URLs: the same build is served from app://instap/ and from the web host.
  base: './',
  plugins: [react(), cspMeta],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
