import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/index.ts';
import { loadTranslations } from '../i18n/loadTranslations.ts';
import { diagnosticMessage } from './diagnosticMessage.ts';
import { diagnosticTranslations } from './diagnosticTranslations.ts';

function diagnostic(
  code: string,
  message: string,
  params?: Record<string, string | number>,
  key = code,
): Diagnostic {
  return {
    severity: 'error',
    code,
    message,
    resource: null,
    path: null,
    range: null,
    ...(params ? { i18n: { key, params } } : {}),
  };
}

describe('diagnostic translations', () => {
  it('cover the same keys in both Chinese scripts', () => {
    expect(Object.keys(diagnosticTranslations['zh-Hant']).sort()).toEqual(
      Object.keys(diagnosticTranslations['zh-Hans']).sort(),
    );
  });
});

describe('diagnostic messages', () => {
  beforeAll(() => loadTranslations());

  const duplicate = diagnostic(
    'DuplicateResource',
    'Service default/web is defined more than once; kubectl apply would keep only the last definition',
    { resource: 'Service default/web' },
  );

  it.each([
    ['English shows the core message', duplicate, 'en', duplicate.message],
    [
      'Simplified Chinese fills the parameters',
      duplicate,
      'zh-Hans',
      'Service default/web 定义了多次；kubectl apply 只会保留最后一个定义',
    ],
    [
      'Traditional Chinese fills the parameters',
      duplicate,
      'zh-Hant',
      'Service default/web 定義了多次；kubectl apply 只會保留最後一個定義',
    ],
    [
      'an untranslatable detail keeps its English text',
      diagnostic('YAMLSyntax', 'Implicit keys need to be on a single line', {
        detail: 'MULTILINE_IMPLICIT_KEY',
      }),
      'zh-Hans',
      'YAML 语法错误：Implicit keys need to be on a single line',
    ],
    [
      'numbers are written for the language',
      diagnostic('YAMLAliasLimit', 'too many aliases', { limit: 1000 }),
      'zh-Hant',
      '此處的 YAML 別名將展開超過 1,000 次，疑似別名炸彈（「十億笑」攻擊），因此不讀取此文件',
    ],
    [
      'attachment messages use their own parameters',
      diagnostic(
        'BackendNotFound',
        'Service default/web-v3 is not in the documents',
        { target: 'Service default/web-v3' },
        'attach.backendNotFound',
      ),
      'zh-Hans',
      '文档中没有 Service default/web-v3',
    ],
    [
      'a message standing for several says how many more',
      diagnostic(
        'NotAllowedByListeners',
        'a; b; c',
        {
          parent: 'Gateway infra/edge',
          listener: 'http',
          kinds: 'GRPCRoute',
          routeKind: 'HTTPRoute',
          others: 2,
        },
        'attach.kindNotAllowed',
      ),
      'zh-Hant',
      'Gateway infra/edge 的監聽器 http 接受 GRPCRoute，不接受 HTTPRoute（另有 2 則）',
    ],
    [
      'a translation missing a parameter falls back to English',
      diagnostic('DuplicateResource', 'duplicate', {}),
      'zh-Hans',
      'duplicate',
    ],
    [
      'an unknown code stays in English',
      diagnostic('SomethingNew', 'new finding', {}),
      'zh-Hans',
      'new finding',
    ],
    ['no i18n stays in English', diagnostic('DuplicateResource', 'plain'), 'zh-Hant', 'plain'],
    [
      'inherited keys are not translations',
      diagnostic('constructor', 'core text', {}),
      'zh-Hans',
      'core text',
    ],
  ] as const)('%s', (_name, finding, language, expected) => {
    expect(diagnosticMessage(finding, language)).toBe(expected);
  });
});
