import type { Page } from '@playwright/test';
import { generateRouteSet } from '../generateRouteSet.ts';
import { type Bench, round } from '../harness.ts';
import { idle, importAndTime, openApp, percentile } from './canvasSession.ts';
import { runBrowserBench } from './runBrowserBench.ts';

/** Installed in the page: records the time between animation frames until stopped. */
const RECORDER = `
window.frameRecorder = (() => {
  const deltas = [];
  let last = 0;
  let running = true;
  const tick = (now) => {
    if (last) deltas.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return { stop: () => { running = false; return deltas; } };
})();
`;

/** Pans with the mouse and zooms with the wheel over the middle of the graph, as a person does. */
async function panAndZoom(page: Page): Promise<void> {
  const pane = page.locator('.react-flow__pane');
  const box = await pane.boundingBox();
  if (!box) throw new Error('the canvas is not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  for (let round = 0; round < 3; round++) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 220, y + 120, { steps: 30 });
    await page.mouse.move(x - 220, y - 120, { steps: 60 });
    await page.mouse.move(x, y, { steps: 30 });
    await page.mouse.up();
    for (let i = 0; i < 10; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(16);
    }
    for (let i = 0; i < 10; i++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(16);
    }
  }
}

/** The zoom a person works at in a large graph: names and rows readable. */
const WORKING_ZOOM = 0.6;

/** Zooms in with the wheel over the middle of the canvas until the zoom reaches `zoom`. */
async function zoomTo(page: Page, zoom: number): Promise<void> {
  const box = await page.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('the canvas is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 80; i++) {
    const transform = await page
      .locator('.react-flow__viewport')
      .evaluate((el) => el.style.transform);
    const scale = Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? '1');
    if (scale >= zoom) return;
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(30);
  }
}

/** The p95 and median frame time (ms) while panning and zooming. */
async function measure(page: Page): Promise<{ p95: number; median: number; frames: number }> {
  await idle(page);
  await page.evaluate(RECORDER);
  await panAndZoom(page);
  const deltas = await page.evaluate<number[]>('window.frameRecorder.stop()');
  return { p95: percentile(deltas, 95), median: percentile(deltas, 50), frames: deltas.length };
}

/**
 * `canvas.panFrameP95`: the 95th-percentile frame time while panning and zooming the graph of
 * the 1,250-route set as it opens (namespaces collapsed). `canvas.panFrameP95Team` does the same
 * with one namespace expanded (about 230 nodes and 350 edges), at a zoom where its nodes are
 * readable (0.6).
 */
async function panFrames() {
  const set = generateRouteSet({ northSouth: 1000, mesh: 250 });
  return runBrowserBench(async ({ page, url }) => {
    await openApp(page, url);
    const baseline = await measure(page);
    await importAndTime(page, 'routes-1250.yaml', set.text, 'Namespace team-19');
    const collapsed = await measure(page);
    const graph = page.getByRole('region', { name: 'Route graph' });
    await graph
      .getByRole('group', { name: 'Namespace team-00', exact: true })
      .getByRole('button', { name: 'Expand namespace team-00' })
      .click();
    await graph.locator('.sy-canvas-body[aria-busy="false"]').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Fit view' }).click();
    await graph.locator('.sy-canvas-body[aria-busy="false"]').waitFor({ timeout: 60_000 });
    await zoomTo(page, WORKING_ZOOM);
    const team = await measure(page);
    return { baseline, collapsed, team };
  });
}

/** The canvas frame-time benchmarks (production build, headless Chromium). */
export const canvasPanBench: Bench = {
  name: 'canvas.panFrameP95',
  async run() {
    const { baseline, collapsed, team } = await panFrames();
    console.log(
      `# canvas.panFrame baseline (the 8-node example, same page and machine): p95 ${round(baseline.p95, 1)} ms, median ${round(baseline.median, 1)} ms`,
    );
    console.log(
      `# canvas.panFrame: median ${round(collapsed.median, 1)} ms over ${collapsed.frames} frames; one namespace expanded: median ${round(team.median, 1)} ms over ${team.frames} frames`,
    );
    return [
      {
        bench: 'canvas.panFrameP95',
        value: round(collapsed.p95, 1),
        unit: 'ms',
        target: '≤ 16.7 ms',
      },
      {
        bench: 'canvas.panFrameP95Team',
        value: round(team.p95, 1),
        unit: 'ms',
        target: '≤ 16.7 ms',
      },
    ];
  },
};
