import { describe, expect, it } from 'vitest';
import type { StepI18n } from './decision.ts';
import {
  englishTemplate,
  phrase,
  phraseList,
  renderStepText,
  shortList,
  textStep,
} from './stepText.ts';

const pseudo: Readonly<Record<string, string>> = {
  'simulate.list.comma': ' | ',
  'simulate.list.semicolon': ' || ',
  'simulate.step.split': '[{rule}] {parts}',
  'simulate.part.splitShare': '<{backend} {weight} {share}>',
  'simulate.part.splitZero': '<{backend} 0>',
  'simulate.step.alsoMatching': '={listeners}=',
  'simulate.part.andMore': '{items} +{more}',
};

function pseudoLookup(key: string): string | undefined {
  return Object.hasOwn(pseudo, key) ? pseudo[key] : undefined;
}

const split = textStep(
  'split',
  phrase('simulate.step.split', {
    rule: 0,
    parts: phraseList(
      [
        phrase('simulate.part.splitShare', { backend: 'default/a:8080', weight: 3, share: '75%' }),
        phrase('simulate.part.splitZero', { backend: 'default/b:8080' }),
      ],
      'simulate.list.semicolon',
    ),
  }),
  [],
);

const listeners = textStep(
  'listener',
  phrase('simulate.step.alsoMatching', { listeners: shortList(['a', 'b', 'c'], 2) }),
  [],
);

describe('step text', () => {
  it.each([
    [
      split,
      'Rule 0 splits traffic: default/a:8080 weight 3 (75%); default/b:8080 weight 0 gets no traffic (C2)',
      '[0] <default/a:8080 3 75%> || <default/b:8080 0>',
    ],
    [
      listeners,
      'Also matching but less specific: a, b and 1 more; only routes attached to the chosen listener are candidates (listener isolation)',
      '=a | b +1=',
    ],
  ])('renders %# in English and in another catalogue', (step, english, other) => {
    expect(step.message).toBe(english);
    expect(step.i18n && renderStepText(step.i18n, pseudoLookup)).toBe(other);
  });

  it.each<[string, StepI18n]>([
    ['a template the catalogue lacks', { key: 'simulate.step.wins', params: {} }],
    [
      'a placeholder without a value',
      {
        key: 'simulate.step.split',
        params: { 'parts#key': 'simulate.list.comma', 'parts#count': 0 },
      },
    ],
    [
      'a part the catalogue lacks',
      {
        key: 'simulate.step.alsoMatching',
        params: { 'listeners#key': 'simulate.part.listener' },
      },
    ],
    [
      'a list item without a value',
      {
        key: 'simulate.step.alsoMatching',
        params: {
          'listeners#key': 'simulate.list.comma',
          'listeners#count': 2,
          'listeners.0': 'a',
        },
      },
    ],
  ])('gives nothing for %s', (_, i18n) => {
    expect(renderStepText(i18n, pseudoLookup)).toBeUndefined();
  });

  it('writes numbers without digit grouping', () => {
    const step = textStep(
      'entry',
      phrase('simulate.step.noMeshRoute', { service: 'a', port: 8080 }),
      [],
    );
    expect(step.message).toContain('port 8080 ');
    expect(step.i18n && renderStepText(step.i18n, englishTemplate)).toBe(step.message);
  });

  it('treats parameter names such as __proto__ as plain data', () => {
    const i18n: StepI18n = {
      key: 'simulate.step.noGateway',
      params: JSON.parse('{"__proto__": "x", "gateway": "default/edge"}') as StepI18n['params'],
    };
    expect(renderStepText(i18n, englishTemplate)).toBe(
      'There is no Gateway default/edge in the documents: 404',
    );
  });
});
