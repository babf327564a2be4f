import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyPatches,
  compileRouteTable,
  createWorkspace,
  route,
  runTraffic,
  validate,
} from '../../core/index.ts';
import { demoPatches } from '../demo/demoPatches.ts';
import { LANGUAGES, createTranslate, isMessageKey } from '../i18n/translate.ts';
import { composeRequest } from '../simulator/requestDraft.ts';
import { parseMix } from '../simulator/trafficMix.ts';
import { readExampleIndex } from './exampleIndex.ts';
import { exampleSettings } from './exampleSettings.ts';

const folder = join(import.meta.dirname, '..', '..', '..', 'public', 'examples');
const examples = readExampleIndex(JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')));
const textOf = (file: string) => readFileSync(join(folder, file), 'utf8');

describe('the examples index', () => {
  it('lists every example the contract names', () => {
    expect(examples.map((example) => example.id)).toEqual(
      expect.arrayContaining([
        'canary',
        'blue-green',
        'header-routing',
        'grpc-methods',
        'mesh-canary',
        'ingress-and-mesh',
        'cross-namespace',
        'https-redirect',
        'split-across-rules',
      ]),
    );
  });

  it.each([
    { data: null },
    { data: [] },
    { data: { examples: 'no' } },
    { data: { examples: [{ id: 'x' }] } },
    { data: { examples: [{ id: 'x', file: '../../etc/passwd.yaml', request: 'GET http://a/' }] } },
    { data: { examples: [{ id: '__proto__', file: 'a.yaml', request: 'GET http://a/' }] } },
  ])('leaves out entries that are not examples: $data', ({ data }) => {
    expect(readExampleIndex(data)).toEqual([]);
  });

  it('keeps what reads of a damaged demo', () => {
    const [read] = readExampleIndex({
      examples: [
        {
          id: 'x',
          file: 'x.yaml',
          request: 'GET http://a/',
          demo: [
            {
              caption: 'a',
              weights: [
                { kind: 'HTTPRoute', namespace: 'n', name: 'r', rule: 0, weights: [1, -1] },
              ],
            },
            'no',
          ],
        },
      ],
    });
    expect(read?.demo).toEqual([{ caption: 'a', weights: [] }]);
  });
});

describe.each(examples.map((example) => [example.id, example] as const))(
  'the example %s',
  (id, example) => {
    const text = textOf(example.file);
    const workspace = createWorkspace(text);
    const table = compileRouteTable(workspace);

    it('reads with no errors', () => {
      const report = validate(workspace);
      expect(
        report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
      ).toEqual([]);
    });

    it('has a title and a description in every language', () => {
      for (const language of LANGUAGES) {
        const t = createTranslate(language);
        for (const key of [`examples.${id}.title`, `examples.${id}.description`]) {
          expect(isMessageKey(key), key).toBe(true);
          if (isMessageKey(key)) expect(t(key)).not.toBe('');
        }
      }
    });

    it('opens the simulator on a request the documents route', () => {
      const composed = composeRequest(exampleSettings(example).draft);
      if (!composed.ok) throw new Error(composed.problem.detail);
      const decision = route(table, composed.request);
      expect(decision.route).not.toBeNull();
      expect(decision.status).toBeLessThan(400);
    });

    it('has a traffic mix that reads and enters the documents', () => {
      const settings = exampleSettings(example);
      const mix = parseMix(settings.mix, settings.draft.entry);
      if (!mix.ok) throw new Error(mix.problem.detail);
      for (const template of mix.templates)
        expect(route(table, template.request).parent).not.toBeNull();
    });

    it.runIf(example.demo.length > 0)('has a demo whose every step applies, with a caption', () => {
      let current = workspace;
      for (const step of example.demo) {
        const key = `demo.${id}.${step.caption}`;
        expect(isMessageKey(key), key).toBe(true);
        const result = demoPatches(current, step);
        if ('error' in result) throw new Error(result.error);
        const applied = applyPatches(current, result.patches);
        if (!applied.ok) throw new Error(applied.error);
        current = applied.workspace;
      }
    });
  },
);

describe('the canary demo', () => {
  it('rolls the canary forward: 0 %, 10 %, 50 %, 100 % to web-v2', () => {
    const canary = examples.find((example) => example.id === 'canary');
    if (!canary) throw new Error('no canary');
    let workspace = createWorkspace(textOf(canary.file));
    const composed = composeRequest(exampleSettings(canary).draft);
    if (!composed.ok) throw new Error(composed.problem.detail);
    const shares = canary.demo.map((step) => {
      const result = demoPatches(workspace, step);
      if ('error' in result) throw new Error(result.error);
      const applied = applyPatches(workspace, result.patches);
      if (!applied.ok) throw new Error(applied.error);
      workspace = applied.workspace;
      const counts = runTraffic(
        compileRouteTable(workspace),
        { templates: [{ request: composed.request }] },
        10_000,
        3,
      );
      return Math.round(((counts.backends['default/web-v2:8080'] ?? 0) / counts.count) * 100);
    });
    expect(shares.map((share) => Math.round(share / 5) * 5)).toEqual([0, 10, 50, 100]);
  });

  it('keeps the comments of the documents it changes', () => {
    const canary = examples.find((example) => example.id === 'canary');
    const step = canary?.demo[2];
    if (!canary || !step) throw new Error('no canary');
    const workspace = createWorkspace(textOf(canary.file));
    const result = demoPatches(workspace, step);
    if ('error' in result) throw new Error(result.error);
    const applied = applyPatches(workspace, result.patches);
    if (!applied.ok) throw new Error(applied.error);
    expect(applied.workspace.text).toContain('# Canary: 10 of every 100 requests.');
    expect(applied.workspace.text).toContain('weight: 50');
  });

  it('says which route is gone when the documents changed', () => {
    const canary = examples.find((example) => example.id === 'canary');
    const step = canary?.demo[0];
    if (!step) throw new Error('no canary');
    expect(demoPatches(createWorkspace(''), step)).toHaveProperty('error');
  });
});
