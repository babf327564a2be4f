import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../core/index.ts';
import { createTranslate } from '../i18n/translate.ts';
import { attachOptions, backendOptions } from './connectTargets.ts';
import { CANARY, MESH } from './testDocuments.ts';

const workspace = createWorkspace(`${CANARY}---\n${MESH}`);
const t = createTranslate('en');
const entry = (name: string) => {
  const found = workspace.resources.find((candidate) => candidate.id.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};

describe('picker choices', () => {
  it('offers an HTTPRoute the HTTP listeners and every Service frontend port', () => {
    const labels = attachOptions(workspace, entry('web'), t).map((option) => option.label);
    expect(labels).toEqual([
      'Gateway default/edge · listener http (HTTP :80)',
      'Service default/web-v1 · frontend',
      'Service default/web-v2 · frontend, port 8080',
      'Service default/web-v2 · frontend, port 9090',
      'Service mesh/echo · frontend',
      'Service mesh/echo-v1 · frontend',
    ]);
  });

  it('offers a rule every Service, one choice per port when it has several', () => {
    const options = backendOptions(workspace, t);
    expect(options.map((option) => [option.label, option.port])).toEqual([
      ['Service default/web-v1', undefined],
      ['Service default/web-v2, port 8080', 8080],
      ['Service default/web-v2, port 9090', 9090],
      ['Service mesh/echo', undefined],
      ['Service mesh/echo-v1', undefined],
    ]);
  });
});
