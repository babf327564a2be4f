import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Bench, round } from '../harness.ts';
import { runBrowserBench } from './runBrowserBench.ts';

const dist = process.env.SWITCHYARD_BENCH_DIST ?? join(import.meta.dirname, '..', '..', 'dist');

/** Chunks that belong to the code editor, which loads after the first paint. */
const EDITOR_CHUNK = /\/(monacoSetup|MonacoYamlEditor|editor\.worker|yaml\.worker)[-.]/;

function gzipKiB(file: string): number {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
}

/** The JavaScript `dist/index.html` loads at once: its module script and its modulepreloads. */
function staticEntry(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(
      /<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.\/([^"]+\.js)"/g,
    ),
  ];
  return files.map((match) => match[1] ?? '').filter((file) => file !== '');
}

/**
 * The JavaScript the page fetches before it asks for the code editor: every script response up
 * to the first request of an editor chunk (or until the page is idle, when the editor is not
 * asked for), as files of `dist/`.
 */
async function fetchedBeforeEditor(): Promise<string[]> {
  return runBrowserBench(async ({ page, url }) => {
    const files: string[] = [];
    let editorAsked = false;
    page.on('request', (request) => {
      if (EDITOR_CHUNK.test(request.url())) editorAsked = true;
    });
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (!editorAsked && path.endsWith('.js') && response.request().resourceType() === 'script') {
        files.push(path.replace(/^\//, ''));
      }
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    return files;
  });
}

/**
 * `bundle.initialJsGzip`: the JavaScript loaded before the editor, gzip -9, in KiB. The figure is
 * the network's list (checked against `index.html`'s own entry and preloads, printed beside it).
 */
export const bundleInitialJsBench: Bench = {
  name: 'bundle.initialJsGzip',
  async run() {
    const entry = staticEntry();
    const fetched = await fetchedBeforeEditor();
    const entryKiB = entry.reduce((sum, file) => sum + gzipKiB(file), 0);
    const fetchedKiB = fetched.reduce((sum, file) => sum + gzipKiB(file), 0);
    console.log(
      `# bundle.initialJsGzip: index.html entry and preloads ${round(entryKiB, 1)} KiB (${entry.join(', ')}); fetched before the editor ${round(fetchedKiB, 1)} KiB (${fetched.join(', ')})`,
    );
    return [
      {
        bench: 'bundle.initialJsGzip',
        value: round(fetchedKiB, 1),
        unit: 'KiB',
        target: '≤ 200 KiB',
      },
    ];
  },
};
