import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Helpers shared by the canvas benchmarks: open the app, import a document as a person does,
 * and wait in the page for the graph to be drawn.
 */

/** Opens the app and waits for its first document (the built-in example) to be drawn. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page
    .getByRole('region', { name: 'Route graph' })
    .getByRole('group', { name: 'GatewayClass example', exact: true })
    .waitFor({ timeout: 30_000 });
}

/**
 * Installed in the page as source text. `window.canvasProbe.drawn(label)` resolves with
 * `performance.now()` at the first frame after the canvas has placed every node (its
 * `aria-busy` is false) and shows the node named `label`; `busyAt` is when the canvas first
 * showed the new graph waiting for its layout.
 */
const PROBE = `
window.canvasProbe = {
  busyAt: 0,
  drawn: (label) => new Promise((resolve) => {
    const done = () => {
      const busy = document.querySelector('.sy-canvas-body[aria-busy="true"]');
      if (busy && !window.canvasProbe.busyAt) window.canvasProbe.busyAt = performance.now();
      const body = document.querySelector('.sy-canvas-body');
      if (!window.canvasProbe.busyAt) return false;
      return body && body.getAttribute('aria-busy') === 'false' &&
        document.querySelector('.react-flow__node[aria-label="' + label + '"]');
    };
    const finish = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
    if (done()) return finish();
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      finish();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  }),
};
`;

/** Milliseconds of an import: in all, and from the new graph's first render to its drawing. */
export interface ImportTiming {
  readonly total: number;
  readonly canvas: number;
}

/**
 * Imports a document with the toolbar's Import and measures, in the page, the milliseconds from
 * choosing the file to the first frame that shows the whole graph (and the part of it after the
 * canvas first rendered the new graph: layout and drawing). The file is chosen from the disk, as
 * a person chooses one: the page gets a file the browser reads, not one built in the page's
 * JavaScript from the test's bytes.
 *
 * @param page - The app.
 * @param name - The file name.
 * @param text - The file's text.
 * @param label - The accessible name of a node that shows once the graph is drawn.
 */
export async function importAndTime(
  page: Page,
  name: string,
  text: string,
  label: string,
): Promise<ImportTiming> {
  const folder = mkdtempSync(join(tmpdir(), 'switchyard-bench-'));
  const file = join(folder, name);
  writeFileSync(file, text);
  try {
    await page.evaluate(PROBE);
    const drawn = page.evaluate<number>(`window.canvasProbe.drawn(${JSON.stringify(label)})`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import' }).click();
    const fileChooser = await chooser;
    const start = await page.evaluate(() => performance.now());
    await fileChooser.setFiles(file);
    const end = await drawn;
    const busyAt = await page.evaluate<number>('window.canvasProbe.busyAt');
    return { total: end - start, canvas: end - busyAt };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The p-th percentile of some numbers (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * Waits until the page has been idle for a while (the editor's background tokenising and the
 * analysis of a large import are over), so frame timings measure the canvas.
 *
 * @param page - The app.
 */
export async function idle(page: Page): Promise<void> {
  // Source text: the function runs in the page, where the bundler's helpers do not exist.
  // Each check waits for a frame first: headless Chromium 150 may start no idle period at all
  // while the page asks for no frames, and an idle callback would then never come.
  await page.evaluate(`new Promise((resolve) => {
    let quiet = 0;
    const deadline = performance.now() + 30000;
    const next = () => requestAnimationFrame(() => requestIdleCallback(check, { timeout: 1000 }));
    const check = (idle) => {
      quiet = !idle.didTimeout && idle.timeRemaining() >= 45 ? quiet + 1 : 0;
      if (quiet >= 10 || performance.now() > deadline) resolve();
      else next();
    };
    next();
  })`);
}
