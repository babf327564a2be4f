import {
  type Workspace,
  createWorkspace,
  updateWorkspace,
  validate,
} from '../../src/core/index.ts';
import { generateRouteSet } from '../generateRouteSet.ts';
import { type Bench, median, round } from '../harness.ts';

const WARMUP = 2;
const RUNS = 9;

/**
 * Times `validate` on fresh workspaces: parsing is done before the clock starts, and each run
 * validates a workspace it has never seen, so nothing is served from the per-resource caches.
 */
function timeCold(text: string): number {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const workspace = createWorkspace(text);
    const start = performance.now();
    const report = validate(workspace, { channel: 'standard' });
    const elapsed = performance.now() - start;
    if (!report.ok) throw new Error('the generated route set should validate without errors');
    if (i >= WARMUP) times.push(elapsed);
  }
  return median(times);
}

/** Times `validate` after a one-line edit of one document, the others validated before. */
function timeOneDocument(text: string): number {
  const at = text.indexOf('weight: 10', text.length >> 1);
  let workspace: Workspace = createWorkspace(text);
  validate(workspace, { channel: 'standard' });
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const weight = 11 + (i % 2);
    const edited = `${text.slice(0, at)}weight: ${weight}${text.slice(at + 'weight: 10'.length)}`;
    workspace = updateWorkspace(workspace, edited);
    if (workspace.parsedDocuments !== 1)
      throw new Error(`re-parsed ${workspace.parsedDocuments} documents`);
    const start = performance.now();
    validate(workspace, { channel: 'standard' });
    const elapsed = performance.now() - start;
    if (i >= WARMUP) times.push(elapsed);
  }
  return median(times);
}

export const validateBenches: readonly Bench[] = [
  {
    name: 'validate.full1000',
    run() {
      const { text } = generateRouteSet({ northSouth: 1000, mesh: 0 });
      return [
        {
          bench: 'validate.full1000',
          value: round(timeCold(text), 1),
          unit: 'ms',
          target: '≤ 300 ms',
        },
      ];
    },
  },
  {
    name: 'validate.oneDoc1000',
    run() {
      const { text } = generateRouteSet({ northSouth: 1000, mesh: 0 });
      return [
        {
          bench: 'validate.oneDoc1000',
          value: round(timeOneDocument(text), 2),
          unit: 'ms',
          target: '≤ 20 ms',
        },
      ];
    },
  },
];
