import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ExplainStep,
  type HeaderField,
  type RequestEntry,
  compileRouteTable,
  createWorkspace,
  parseRequestLine,
  route,
  stepTemplates,
} from '../../core/index.ts';
import { traceStepMessage } from './traceStepMessage.ts';
import { traceTranslations } from './traceTranslations.ts';

const languages = ['zh-Hans', 'zh-Hant'] as const;

function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

const examplesDir = join(import.meta.dirname, '..', '..', '..', 'public', 'examples');

interface Example {
  readonly file: string;
  readonly request: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly gateway?: string;
  readonly from?: string;
}

function exampleSteps(): { readonly name: string; readonly step: ExplainStep }[] {
  const index = JSON.parse(readFileSync(join(examplesDir, 'index.json'), 'utf8')) as {
    readonly examples: readonly Example[];
  };
  return index.examples.flatMap((example) => {
    const table = compileRouteTable(
      createWorkspace(readFileSync(join(examplesDir, example.file), 'utf8')),
    );
    const [namespace = '', name = ''] = (example.gateway ?? '').split('/');
    const entry: RequestEntry =
      example.from === undefined
        ? { kind: 'gateway', namespace, name }
        : { kind: 'mesh', from: example.from };
    const headers: HeaderField[] = Object.entries(example.headers ?? {}).map(([n, value]) => ({
      name: n,
      value,
    }));
    const parsed = parseRequestLine(example.request, headers, entry);
    if (!parsed.ok) throw new Error(parsed.error);
    return route(table, parsed.request).steps.map((step, i) => ({
      name: `${example.file} step ${i}`,
      step,
    }));
  });
}

describe('trace translations', () => {
  it.each(languages)('%s has exactly the core’s keys', (language) => {
    expect(Object.keys(traceTranslations[language]).sort()).toEqual(
      Object.keys(stepTemplates).sort(),
    );
  });

  // The core's tests show its parameters fill every English placeholder; the same placeholders
  // are then filled in every language.
  it.each(
    Object.entries(stepTemplates).flatMap(([key, english]) =>
      languages.map((language) => ({ key, language, english })),
    ),
  )('$language $key uses the English placeholders', ({ key, language, english }) => {
    const translated = (traceTranslations[language] as Readonly<Record<string, string>>)[key];
    expect(translated).toBeDefined();
    expect(placeholders(translated ?? '')).toEqual(placeholders(english));
  });
});

describe('traceStepMessage', () => {
  const steps = exampleSteps();

  it.each(steps)('$name reads in Chinese in both scripts', ({ step }) => {
    for (const language of languages) {
      const text = traceStepMessage(step, language);
      expect(text).not.toBe(step.message);
      expect(text).not.toMatch(/\{\w+\}/);
    }
    expect(traceStepMessage(step, 'en')).toBe(step.message);
  });

  it('shows the split of a rule in Chinese, names and numbers as written', () => {
    const split = steps.find(({ step }) => step.kind === 'split' && step.message.includes('90%'));
    expect(split && traceStepMessage(split.step, 'zh-Hans')).toBe(
      '规则 0 拆分流量：default/web-v1:8080 权重 90（90%）；default/web-v2:8080 权重 10（10%）',
    );
    expect(split && traceStepMessage(split.step, 'zh-Hant')).toBe(
      '規則 0 分流：default/web-v1:8080 權重 90（90%）；default/web-v2:8080 權重 10（10%）',
    );
  });

  const base: ExplainStep = {
    kind: 'outcome',
    message: '404: no route matches the request (A7)',
    refs: [],
  };
  it.each<[string, ExplainStep, string]>([
    ['a step without a key', base, base.message],
    [
      'an unknown key',
      { ...base, i18n: { key: 'simulate.step.unknown', params: {} } },
      base.message,
    ],
    [
      'a missing parameter',
      { ...base, i18n: { key: 'simulate.step.noRoute', params: { status: '404' } } },
      base.message,
    ],
    [
      'a complete step',
      {
        ...base,
        i18n: { key: 'simulate.step.noRoute', params: { status: '404', sections: 'A7' } },
      },
      '404：没有路由匹配该请求（A7）',
    ],
  ])('shows %s as the translation when it is complete, else in English', (_, step, expected) => {
    expect(traceStepMessage(step, 'zh-Hans')).toBe(expected);
  });
});
