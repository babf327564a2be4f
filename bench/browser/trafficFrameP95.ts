import type { Page } from '@playwright/test';
import { generateRouteSet } from '../generateRouteSet.ts';
import { type Bench, round } from '../harness.ts';
import { importAndTime, openApp, percentile } from './canvasSession.ts';
import { runBrowserBench } from './runBrowserBench.ts';

/** Installed in the page: records the time between animation frames until stopped. */
const RECORDER = `
window.trafficFrames = (() => {
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

/** How long frames are recorded while traffic animates. */
const MEASURE_MS = 6000;

interface FrameFigures {
  readonly p95: number;
  readonly median: number;
  readonly frames: number;
  /** Frames that took longer than one and a half of the median: a missed display refresh. */
  readonly late: number;
}

/** Sends traffic and waits until it flows (the results table counts requests). */
async function sendTraffic(page: Page): Promise<void> {
  const simulator = page.getByRole('region', { name: 'Traffic simulator' });
  if (!(await simulator.isVisible()))
    await page.getByRole('tab', { name: 'Traffic simulator' }).click();
  await simulator.getByRole('button', { name: 'Send traffic' }).click();
  await page
    .getByRole('table', { name: 'Traffic results' })
    .getByRole('cell')
    .first()
    .waitFor({ timeout: 30_000 });
}

/** The frame times (ms) while traffic animates on the canvas. */
async function measure(page: Page): Promise<FrameFigures> {
  // Let the first batches, the expected shares and the overlay's engine settle in.
  await page.waitForTimeout(1500);
  await page.evaluate(RECORDER);
  await page.waitForTimeout(MEASURE_MS);
  const deltas = await page.evaluate<number[]>('window.trafficFrames.stop()');
  const median = percentile(deltas, 50);
  const late = deltas.filter((delta) => delta > median * 1.5).length;
  return { p95: percentile(deltas, 95), median, frames: deltas.length, late };
}

/**
 * The 1,000-route set with a traffic mix of one request per route (through each team's Gateway),
 * animating: as it opens (namespaces collapsed, the flows on the edges into each namespace) and
 * with the largest namespace expanded (its routes, rules and backends drawn).
 */
async function routeSetFrames(): Promise<{ collapsed: FrameFigures; team: FrameFigures }> {
  const set = generateRouteSet({ northSouth: 1000, mesh: 0 });
  const mix = set.requests
    .map((request) => `1 GET http://${request.host}${request.path} | via ${request.gateway}`)
    .join('\n');
  return runBrowserBench(async ({ page, url }) => {
    await openApp(page, url);
    await importAndTime(page, 'routes-1000.yaml', set.text, 'Namespace team-19');
    await page.getByRole('tab', { name: 'Traffic simulator' }).click();
    const simulator = page.getByRole('region', { name: 'Traffic simulator' });
    await simulator.getByRole('textbox', { name: 'Traffic mix' }).fill(mix);
    await sendTraffic(page);
    const collapsed = await measure(page);
    const graph = page.getByRole('region', { name: 'Route graph' });
    await graph
      .getByRole('group', { name: 'Namespace team-00', exact: true })
      .getByRole('button', { name: 'Expand namespace team-00' })
      .click();
    await graph.locator('.sy-canvas-body[aria-busy="false"]').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Fit view' }).click();
    await graph.locator('.sy-canvas-body[aria-busy="false"]').waitFor({ timeout: 60_000 });
    const team = await measure(page);
    return { collapsed, team };
  });
}

/** The canary example with its traffic animating. */
async function canaryFrames(): Promise<FrameFigures> {
  return runBrowserBench(async ({ page, url }) => {
    await page.goto(`${url}?example=canary`);
    await page.getByRole('region', { name: 'Traffic simulator' }).waitFor({ timeout: 30_000 });
    await page
      .getByRole('region', { name: 'Route graph' })
      .locator('.sy-canvas-body[aria-busy="false"]')
      .waitFor({ timeout: 30_000 });
    await sendTraffic(page);
    return measure(page);
  });
}

function line(name: string, figures: FrameFigures): string {
  return `${name}: median ${round(figures.median, 1)} ms over ${figures.frames} frames, ${figures.late} late`;
}

/**
 * `traffic.frameP95`: the 95th-percentile frame time while traffic animates on the 1,000-route set
 * (one request per route, as the set opens); `traffic.frameP95Team` with the largest namespace
 * expanded. Production build, headless Chromium.
 */
export const trafficFrameBench: Bench = {
  name: 'traffic.frameP95',
  async run() {
    const { collapsed, team } = await routeSetFrames();
    console.log(`# ${line('traffic.frame', collapsed)}; ${line('one namespace expanded', team)}`);
    return [
      {
        bench: 'traffic.frameP95',
        value: round(collapsed.p95, 1),
        unit: 'ms',
        target: '≤ 16.7 ms',
      },
      { bench: 'traffic.frameP95Team', value: round(team.p95, 1), unit: 'ms', target: '≤ 16.7 ms' },
    ];
  },
};

/** `traffic.canaryFrameP95`: the same figure for the canary example. */
export const trafficCanaryFrameBench: Bench = {
  name: 'traffic.canaryFrameP95',
  async run() {
    const figures = await canaryFrames();
    console.log(`# ${line('traffic.canaryFrame', figures)}`);
    return [
      {
        bench: 'traffic.canaryFrameP95',
        value: round(figures.p95, 1),
        unit: 'ms',
        target: '≤ 16.7 ms',
      },
    ];
  },
};
