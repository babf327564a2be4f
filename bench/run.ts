/**
 * `npm run bench [-- --only <prefix>]`: runs every benchmark and prints one JSON line per figure
 * (contract.md section 3), with a human-readable line before each.
 */
import { bundleInitialJsBench } from './browser/bundleInitialJsGzip.ts';
import { canvasImportBench } from './browser/canvasImport1250.ts';
import { canvasPanBench } from './browser/canvasPanFrameP95.ts';
import { editorBrowserBenches } from './browser/editorBenches.ts';
import { trafficCanaryFrameBench, trafficFrameBench } from './browser/trafficFrameP95.ts';
import type { Bench, BenchResult } from './harness.ts';
import { simulateBenches } from './suites/simulate.ts';
import { validateBenches } from './suites/validate.ts';
import { workspaceBenches } from './suites/workspace.ts';

const suites: readonly Bench[] = [
  ...workspaceBenches,
  ...simulateBenches,
  ...validateBenches,
  ...editorBrowserBenches,
  canvasImportBench,
  canvasPanBench,
  bundleInitialJsBench,
  trafficFrameBench,
  trafficCanaryFrameBench,
];

function parseOnly(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--only');
  if (index >= 0) return argv[index + 1];
  return argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
}

function print(result: BenchResult): void {
  const comparison =
    result.peer !== undefined
      ? ` vs ${result.peer} ${result.peerValue} (ratio ${result.ratio})`
      : '';
  const target = result.target ? ` [target ${result.target}]` : '';
  console.log(`# ${result.bench}: ${result.value} ${result.unit}${comparison}${target}`);
  const { target: _target, ...json } = result;
  console.log(JSON.stringify(json));
}

const only = parseOnly(process.argv.slice(2));
const selected = suites.filter((bench) => !only || bench.name.startsWith(only));
if (selected.length === 0) {
  console.error(
    `no benchmark matches "${only ?? ''}"; known: ${suites.map((bench) => bench.name).join(', ')}`,
  );
  process.exit(2);
}
for (const bench of selected) {
  for (const result of await bench.run()) print(result);
}
