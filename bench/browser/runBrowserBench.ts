/**
 * Runs browser benchmarks against the production build: serves `dist/` with `vite preview` and
 * drives headless Chromium with Playwright (launched as the end-to-end tests launch it). It builds
 * nothing: run `node_modules/.bin/vite build` first. `SWITCHYARD_BENCH_DIST` names another build
 * folder (to compare two builds side by side).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../../e2e/support/chromium.ts';

const root = join(import.meta.dirname, '..', '..');
const outDir = process.env.SWITCHYARD_BENCH_DIST ?? join(root, 'dist');

/** What a browser benchmark gets: a fresh page of the built app, and its context. */
export interface BrowserBenchSession {
  readonly page: Page;
  readonly context: BrowserContext;
  /** The URL the app is served at. */
  readonly url: string;
}

/**
 * Serves the production build, opens Chromium, runs a scenario in a new page, and closes it all.
 *
 * @param scenario - What to measure.
 * @returns The scenario's result.
 */
export async function runBrowserBench<T>(
  scenario: (session: BrowserBenchSession) => Promise<T>,
): Promise<T> {
  if (!existsSync(join(outDir, 'index.html')))
    throw new Error(
      `${outDir} has no build: run \`node_modules/.bin/vite build\` before browser benchmarks`,
    );
  const server = await preview({
    root,
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 0, strictPort: false, open: false },
  });
  let browser: Browser | null = null;
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview did not report its address');
    browser = await chromium.launch(chromiumLaunchOptions());
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(url).origin,
    });
    const page = await context.newPage();
    return await scenario({ page, context, url });
  } finally {
    await browser?.close();
    await server.close();
  }
}
