import { appMessages } from './appMessages.ts';
import { canvasMessages } from '../canvas/canvasMessages.ts';
import { editorMessages } from '../editor/editorMessages.ts';
import { inspectorMessages } from '../inspector/inspectorMessages.ts';
import { ioMessages } from '../io/ioMessages.ts';
import { persistenceMessages } from '../persistence/persistenceMessages.ts';
import { problemsMessages } from '../problems/problemsMessages.ts';
import { shellMessages } from '../shell/shellMessages.ts';
import { simulatorMessages } from '../simulator/simulatorMessages.ts';
import { examplesMessages } from '../examples/examplesMessages.ts';
import { demoMessages } from '../demo/demoMessages.ts';
import { shareMessages } from '../share/shareMessages.ts';
import { exportsMessages } from '../exports/exportsMessages.ts';

/**
 * Every feature's messages. To add a feature's messages, import its `defineMessages` result and
 * list it here (one line each).
 */
const features = [
  appMessages,
  canvasMessages,
  editorMessages,
  inspectorMessages,
  ioMessages,
  persistenceMessages,
  problemsMessages,
  shellMessages,
  simulatorMessages,
  examplesMessages,
  demoMessages,
  shareMessages,
  exportsMessages,
] as const;

type KeysOf<F> = F extends { readonly en: Readonly<Record<infer K, string>> } ? K : never;

/** Every message key of the interface. */
export type MessageKey = KeysOf<(typeof features)[number]>;

/** The interface languages. */
export type Language = 'en' | 'zh-Hans' | 'zh-Hant';

/** Every language, in the order the switcher lists them. */
export const LANGUAGES: readonly Language[] = ['en', 'zh-Hans', 'zh-Hant'];

function merge(language: Language): Readonly<Record<MessageKey, string>> {
  const out = Object.create(null) as Record<string, string>;
  for (const feature of features) Object.assign(out, feature[language]);
  return out as Readonly<Record<MessageKey, string>>;
}

/** The merged catalogs, by language. */
export const catalogs: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  en: merge('en'),
  'zh-Hans': merge('zh-Hans'),
  'zh-Hant': merge('zh-Hant'),
};
