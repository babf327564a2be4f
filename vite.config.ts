import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The production page runs under a strict Content-Security-Policy: no eval, no inline scripts,
 * nothing loaded from elsewhere. (The dev server needs inline scripts for hot reload, so the
 * policy is added to the built page only.) Monaco needs inline styles.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function strictCsp(): Plugin {
  return {
    name: 'switchyard-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const sourceFolder = fileURLToPath(new URL('./src/', import.meta.url));
const yamlOnDemandModule = fileURLToPath(
  new URL('./src/ui/shell/yamlOnDemand.ts', import.meta.url),
);

/**
 * The page's own bundle imports `yaml` through `src/ui/shell/yamlOnDemand.ts`, which loads the
 * library after the first paint (the first paint reads documents with js-yaml). Workers are
 * bundled without this plugin and import `yaml` directly, as do packages (monaco-yaml's worker).
 */
function yamlOnDemand(): Plugin {
  return {
    name: 'switchyard-yaml-on-demand',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'yaml' || importer === undefined) return null;
      if (importer === yamlOnDemandModule || !importer.startsWith(sourceFolder)) return null;
      return yamlOnDemandModule;
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), strictCsp(), yamlOnDemand()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    sourcemap: false,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
