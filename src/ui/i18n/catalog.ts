import { appMessages } from './appMessages.ts';
import type { TranslatedLanguage } from './defineMessages.ts';
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
 * Every feature's English messages. To add a feature's messages, import its `defineMessages`
 * result and list it here (one line each), and its translations in `chineseCatalogs.ts`.
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

type KeysOf<F> = F extends Readonly<Record<infer K, string>> ? K : never;

/** Every message key of the interface. */
export type MessageKey = KeysOf<(typeof features)[number]>;

/** The interface languages. */
export type Language = 'en' | TranslatedLanguage;

/** Every language, in the order the switcher lists them. */
export const LANGUAGES: readonly Language[] = ['en', 'zh-Hans', 'zh-Hant'];

/** The English catalog: every message, by key (the other languages load on demand). */
export const englishCatalog: Readonly<Record<MessageKey, string>> = merge();

function merge(): Readonly<Record<MessageKey, string>> {
  const out = Object.create(null) as Record<MessageKey, string>;
  for (const feature of features) Object.assign(out, feature);
  return out;
}
