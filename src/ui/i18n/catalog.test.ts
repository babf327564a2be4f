import { beforeEach, describe, expect, it, vi } from 'vitest';
import { englishCatalog } from './catalog.ts';
import type { TranslatedLanguage } from './defineMessages.ts';
import type * as Loader from './loadTranslations.ts';
import type * as Translator from './translate.ts';

const translated: readonly TranslatedLanguage[] = ['zh-Hans', 'zh-Hant'];

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map(([, name = '']) => name).sort();
}

describe('the translations, loaded on demand', () => {
  let loader: typeof Loader;
  let translator: typeof Translator;
  beforeEach(async () => {
    vi.resetModules();
    loader = await import('./loadTranslations.ts');
    translator = await import('./translate.ts');
  });

  it('read in English until they have loaded, then in the language', async () => {
    const before = translator.createTranslate('zh-Hant');
    expect(before('toolbar.undo')).toBe('Undo');
    let told = 0;
    loader.subscribeTranslations(() => told++);
    await loader.loadTranslations();
    expect(told).toBe(1);
    expect(translator.createTranslate('zh-Hant')('toolbar.undo')).toBe('復原');
    expect(translator.createTranslate('zh-Hans')('toolbar.undo')).toBe('撤销');
    expect(translator.createTranslate('en')('toolbar.undo')).toBe('Undo');
  });

  it.each(translated)(
    '%s has exactly the English keys, each with its placeholders',
    async (language) => {
      await loader.loadTranslations();
      const messages = loader.translationsOf(language)?.messages ?? {};
      expect(Object.keys(messages).sort()).toEqual(Object.keys(englishCatalog).sort());
      const mismatched = Object.entries(englishCatalog).filter(
        ([key, english]) =>
          !Object.hasOwn(messages, key) ||
          (messages as Record<string, string>)[key] === '' ||
          placeholders((messages as Record<string, string>)[key] ?? '').join() !==
            placeholders(english).join(),
      );
      expect(mismatched).toEqual([]);
    },
  );
});
