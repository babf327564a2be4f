import { appTranslations } from './appTranslations.ts';
import type { MessageKey } from './catalog.ts';
import type { FeatureTranslations, TranslatedLanguage } from './defineMessages.ts';
import { canvasTranslations } from '../canvas/canvasTranslations.ts';
import { editorTranslations } from '../editor/editorTranslations.ts';
import { inspectorTranslations } from '../inspector/inspectorTranslations.ts';
import { ioTranslations } from '../io/ioTranslations.ts';
import { persistenceTranslations } from '../persistence/persistenceTranslations.ts';
import { problemsTranslations } from '../problems/problemsTranslations.ts';
import { diagnosticTranslations, othersSuffix } from '../problems/diagnosticTranslations.ts';
import { shellTranslations } from '../shell/shellTranslations.ts';
import { simulatorTranslations } from '../simulator/simulatorTranslations.ts';
import { examplesTranslations } from '../examples/examplesTranslations.ts';
import { demoTranslations } from '../demo/demoTranslations.ts';
import { shareTranslations } from '../share/shareTranslations.ts';
import { exportsTranslations } from '../exports/exportsTranslations.ts';

/**
 * The Chinese catalogs: this module and everything it imports is a chunk of its own, loaded by
 * `loadTranslations.ts` only when the interface language is Chinese. To add a feature's
 * translations, import its `defineTranslations` result and list it here (one line each).
 */
const features = [
  appTranslations,
  canvasTranslations,
  editorTranslations,
  inspectorTranslations,
  ioTranslations,
  persistenceTranslations,
  problemsTranslations,
  shellTranslations,
  simulatorTranslations,
  examplesTranslations,
  demoTranslations,
  shareTranslations,
  exportsTranslations,
] as const;

type KeysOf<F> = F extends FeatureTranslations<infer K> ? K : never;
type TranslatedKey = KeysOf<(typeof features)[number]>;

function merge(language: TranslatedLanguage): Readonly<Record<TranslatedKey, string>> {
  const out = Object.create(null) as Record<TranslatedKey, string>;
  for (const feature of features) Object.assign(out, feature[language]);
  return out;
}

/**
 * Every message in each Chinese script, by key. (A feature whose translations are not listed
 * above leaves its keys out: a type error here.)
 */
export const catalogs: Readonly<Record<TranslatedLanguage, Readonly<Record<MessageKey, string>>>> =
  { 'zh-Hans': merge('zh-Hans'), 'zh-Hant': merge('zh-Hant') };

export { diagnosticTranslations, othersSuffix };
