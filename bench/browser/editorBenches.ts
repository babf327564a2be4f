import type { Page } from '@playwright/test';
import { generateRouteSet } from '../generateRouteSet.ts';
import { type Bench, round } from '../harness.ts';
import { runBrowserBench } from './runBrowserBench.ts';

const EDITOR = { name: 'YAML editor' } as const;

/** Waits until the code editor (not the plain text fallback) is on the page. */
async function codeEditor(page: Page) {
  const textbox = page.getByRole('textbox', EDITOR);
  await textbox.and(page.locator('[aria-roledescription="editor"]')).waitFor({ timeout: 30_000 });
  return textbox;
}

/** Opens a document with the toolbar's Import, as a person does. */
async function importText(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
  await page
    .getByRole('status')
    .filter({ hasText: `Imported ${name}` })
    .waitFor();
}

/** Selects text with the editor's Find, then puts the cursor at its start. */
async function moveBefore(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+F');
  const find = page.getByRole('textbox', { name: 'Find' });
  await find.fill(text);
  await find.press('Enter');
  await find.press('Escape');
  await page.keyboard.press('ArrowLeft');
}

/**
 * Installed in the page (as source text: the bundler's helpers do not exist there). Records each
 * keydown's time stamp; `settled(broken)` resolves with two times from the last keydown: to the
 * DOM mutation after which the canvas shows (or stops showing) its stale notice, and to the one
 * after which the Problems panel's error count is (or is no longer) above zero.
 */
const PROBE = `
window.keystrokeProbe = { lastKey: 0 };
window.addEventListener('keydown', (event) => { window.keystrokeProbe.lastKey = event.timeStamp; }, true);
window.keystrokeProbe.settled = (broken) => new Promise((resolve) => {
  const canvas = document.querySelector('[aria-label="Route graph"]');
  let canvasAt = null;
  let problemsAt = null;
  const check = () => {
    const now = performance.now() - window.keystrokeProbe.lastKey;
    const errors = [...document.querySelectorAll('button')].find((b) => /^Errors \\d+/.test(b.textContent));
    const hasErrors = !!errors && !/^Errors 0\\b/.test(errors.textContent);
    const stale = !!canvas && canvas.textContent.includes('the graph shows the last version');
    if (canvasAt === null && stale === broken) canvasAt = now;
    if (problemsAt === null && hasErrors === broken) problemsAt = now;
    if (canvasAt !== null && problemsAt !== null) {
      observer.disconnect();
      resolve({ canvas: canvasAt, problems: problemsAt });
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
});
`;

/** The p-th percentile of some numbers (nearest rank). */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  hostnames:
    - www.example.com
`;

/**
 * `bundle.yamlWorkerLoads`: the production build starts monaco-yaml's worker and it answers a
 * schema completion (the HTTPRoute fields of the v1.6.1 CRD). 1 = yes, 0 = no.
 */
async function yamlWorkerLoads(): Promise<number> {
  return runBrowserBench(async ({ page, url }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(url);
    const textbox = await codeEditor(page);
    await importText(page, 'route.yaml', ROUTE);
    await textbox.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('  ');
    await page.keyboard.press('Control+Space');
    const completed = await page
      .getByRole('option', { name: /parentRefs/ })
      .first()
      .waitFor({ timeout: 20_000 })
      .then(
        () => true,
        () => false,
      );
    const started = workers.some((worker) => worker.includes('yaml.worker'));
    return started && completed ? 1 : 0;
  });
}

/**
 * `editor.keystrokeToCanvasP95`: in the 1,000-route set (about 1.2 MB), the time from a keystroke
 * in the editor to the moment the page shows its effect on both the canvas and the analysis. Each
 * keystroke breaks the YAML (an unclosed quote) or mends it (Backspace), so the canvas marks
 * itself stale or fresh (main thread: parse, project, render) and the Problems panel's error count
 * changes (the analysis worker: parse, validate, answer). Measured in the page from the keydown
 * event's time stamp to the DOM mutation that completes both.
 */
interface KeystrokeFigures {
  readonly canvas: { readonly p95: number; readonly median: number };
  readonly problems: { readonly p95: number; readonly median: number };
  readonly samples: number;
}

async function keystrokeToCanvas(): Promise<KeystrokeFigures> {
  const set = generateRouteSet({ northSouth: 1000, mesh: 0 });
  return runBrowserBench(async ({ page, url }) => {
    await page.goto(url);
    const textbox = await codeEditor(page);
    await importText(page, 'routes-1000.yaml', set.text);
    await page.getByRole('button', { name: /^Errors 0/ }).waitFor({ timeout: 60_000 });
    await textbox.focus();
    await moveBefore(page, 'app-500-v1');
    await page.evaluate(PROBE);
    const canvas: number[] = [];
    const problems: number[] = [];
    const WARMUP = 4;
    const RUNS = 40;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const breaking = i % 2 === 0;
      const settled = page.evaluate<{ canvas: number; problems: number }>(
        `window.keystrokeProbe.settled(${breaking})`,
      );
      await page.keyboard.press(breaking ? 'Shift+Quote' : 'Backspace');
      const times = await settled;
      if (i >= WARMUP) {
        canvas.push(times.canvas);
        problems.push(times.problems);
      }
    }
    const summary = (values: readonly number[]) => ({
      p95: percentile(values, 95),
      median: percentile(values, 50),
    });
    return { canvas: summary(canvas), problems: summary(problems), samples: canvas.length };
  });
}

/** The browser benchmarks of the YAML pane (production build, headless Chromium). */
export const editorBrowserBenches: readonly Bench[] = [
  {
    name: 'bundle.yamlWorkerLoads',
    async run() {
      return [
        {
          bench: 'bundle.yamlWorkerLoads',
          value: await yamlWorkerLoads(),
          unit: 'bool',
          target: '1',
        },
      ];
    },
  },
  {
    name: 'editor.keystrokeToCanvasP95',
    async run() {
      const { canvas, problems, samples } = await keystrokeToCanvas();
      console.log(
        `# editor.keystrokeToCanvas: median ${round(canvas.median, 1)} ms; to the Problems panel: median ${round(problems.median, 1)} ms, p95 ${round(problems.p95, 1)} ms (${samples} keystrokes)`,
      );
      return [
        {
          bench: 'editor.keystrokeToCanvasP95',
          value: round(canvas.p95, 1),
          unit: 'ms',
          target: '≤ 100 ms',
        },
        {
          bench: 'editor.keystrokeToProblemsP95',
          value: round(problems.p95, 1),
          unit: 'ms',
          target: '≤ 150 ms after the last keystroke',
        },
      ];
    },
  },
];
