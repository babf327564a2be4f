import { applyPatches, createWorkspace, updateWorkspace } from '../../src/core/index.ts';
import { generateRouteSet } from '../generateRouteSet.ts';
import { type Bench, medianMs, round } from '../harness.ts';

function fixture() {
  const set = generateRouteSet({ northSouth: 1000, mesh: 0 });
  return { set, workspace: createWorkspace(set.text) };
}

export const workspaceBenches: readonly Bench[] = [
  {
    name: 'workspace.parse1000',
    async run() {
      const { set } = fixture();
      const value = await medianMs(() => createWorkspace(set.text), { warmup: 2, runs: 9 });
      return [
        { bench: 'workspace.parse1000', value: round(value, 1), unit: 'ms', target: '≤ 400 ms' },
      ];
    },
  },
  {
    name: 'workspace.reparseOneDoc1000',
    async run() {
      const { set, workspace } = fixture();
      // A one-line edit in the middle of the set: the weight of one route's canary backend.
      const at = set.text.indexOf('weight: 10', set.text.length >> 1);
      let toggle = false;
      const value = await medianMs(() => {
        toggle = !toggle;
        const text = `${set.text.slice(0, at)}weight: ${toggle ? 11 : 12}${set.text.slice(at + 'weight: 10'.length)}`;
        const next = updateWorkspace(workspace, text);
        if (next.parsedDocuments !== 1)
          throw new Error(`re-parsed ${next.parsedDocuments} documents`);
      });
      return [
        {
          bench: 'workspace.reparseOneDoc1000',
          value: round(value, 2),
          unit: 'ms',
          target: '≤ 20 ms',
        },
      ];
    },
  },
  {
    name: 'workspace.patch1000',
    async run() {
      const { workspace } = fixture();
      const route = workspace.resources.filter((entry) => entry.id.kind === 'HTTPRoute')[500];
      if (!route) throw new Error('fixture has no route 500');
      let weight = 10;
      const value = await medianMs(() => {
        weight = weight === 10 ? 20 : 10;
        const result = applyPatches(workspace, [
          {
            op: 'set',
            target: route.id,
            path: ['spec', 'rules', 2, 'backendRefs', 1, 'weight'],
            value: weight,
          },
        ]);
        if (!result.ok) throw new Error(result.error);
        // Serialised: the new text is the result's text.
        return result.workspace.text.length;
      });
      return [
        { bench: 'workspace.patch1000', value: round(value, 2), unit: 'ms', target: '≤ 20 ms' },
      ];
    },
  },
];
