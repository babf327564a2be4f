import type { ExplainStep, StepI18n, StepRef } from './decision.ts';
import { type StepTextKey, stepTemplates } from './stepTemplates.ts';

/**
 * Sentences of explanation steps, built from templates so the interface can show them in its
 * language. A sentence is a {@link Phrase}: a template key and the values of its placeholders,
 * where a value may itself be a phrase (a sub-sentence such as why a match does not hold) or a
 * list of them. The English message is the phrase rendered with {@link stepTemplates}.
 *
 * A step's `i18n.params` is the phrase flattened into one flat record, so it stays plain data:
 * - a plain value of placeholder `name` is `name`;
 * - a phrase at `name` is `name#key` (its template key) plus its own parameters, each under
 *   `name.` (`reason.path`);
 * - a list at `name` is `name#key` (the separator's key), `name#count`, and its items at `name.0`,
 *   `name.1`… (each a plain value or a phrase).
 * The `#` and `.` keep these names apart from placeholder names, which are word characters.
 * {@link renderStepText} reverses this with any catalogue of templates.
 */

/** A value of a placeholder: plain text, a number, a part, or a list of parts. */
export type PhraseValue = string | number | Phrase | PhraseList;

/** A sentence or part of one: a template and the values of its placeholders. */
export interface Phrase {
  readonly key: StepTextKey;
  readonly params: Readonly<Record<string, PhraseValue>>;
}

/** Parts joined by a separator (itself a template, so each language has its own). */
export interface PhraseList {
  readonly separator: 'simulate.list.comma' | 'simulate.list.semicolon';
  readonly items: readonly (string | Phrase)[];
}

/** Looks up a template by key; undefined when the catalogue has none. */
export type TemplateLookup = (key: string) => string | undefined;

/**
 * A phrase.
 *
 * @param key - Its template.
 * @param params - Values of the template's placeholders.
 * @returns The phrase.
 */
export function phrase(
  key: StepTextKey,
  params: Readonly<Record<string, PhraseValue>> = {},
): Phrase {
  return { key, params };
}

/**
 * Items joined with `, ` (or `; `), each in its language.
 *
 * @param items - Plain values or phrases.
 * @param separator - Which separator.
 * @returns The list.
 */
export function phraseList(
  items: readonly (string | Phrase)[],
  separator: PhraseList['separator'] = 'simulate.list.comma',
): PhraseList {
  return { separator, items };
}

/**
 * Names joined with `, `, shortened after `limit` items: `a, b and 3 more`.
 *
 * @param items - The names, or parts.
 * @param limit - How many to name.
 * @returns The list, or the shortened list with how many more there are.
 */
export function shortList(items: readonly (string | Phrase)[], limit = 5): PhraseValue {
  if (items.length <= limit) return phraseList(items);
  return phrase('simulate.part.andMore', {
    items: phraseList(items.slice(0, limit)),
    more: items.length - limit,
  });
}

/**
 * A count with its noun in the singular or plural: `1 header`, `2 headers`.
 *
 * @param count - How many.
 * @param noun - Which noun.
 * @returns The phrase.
 */
export function counted(count: number, noun: 'characters' | 'headers' | 'queryParams'): Phrase {
  return phrase(`simulate.part.${noun}.${count === 1 ? 'one' : 'other'}`, { count });
}

function isPhrase(value: PhraseValue): value is Phrase {
  return typeof value === 'object' && 'key' in value;
}

function nested(prefix: string, name: string): string {
  return prefix === '' ? name : `${prefix}.${name}`;
}

function flattenValue(
  out: Record<string, string | number>,
  name: string,
  value: PhraseValue,
): void {
  if (typeof value === 'string' || typeof value === 'number') {
    out[name] = value;
  } else if (isPhrase(value)) {
    out[`${name}#key`] = value.key;
    for (const [param, inner] of Object.entries(value.params))
      flattenValue(out, nested(name, param), inner);
  } else {
    out[`${name}#key`] = value.separator;
    out[`${name}#count`] = value.items.length;
    value.items.forEach((item, index) => flattenValue(out, `${name}.${index}`, item));
  }
}

/**
 * A phrase as a step's `i18n`: its key and flattened parameters.
 *
 * @param sentence - The step's sentence.
 * @returns The key and the flat parameters.
 */
export function stepI18n(sentence: Phrase): StepI18n {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(sentence.params)) flattenValue(params, name, value);
  return { key: sentence.key, params };
}

const placeholder = /\{(\w+)\}/g;

/** A template cut into its text and its placeholders (odd indexes are placeholder names). */
type Segments = readonly string[];

// Templates are few and rendered often (every step of every trace): each is cut once.
const segmentCache = new Map<string, Segments>();

function segmentsOf(template: string): Segments {
  let segments = segmentCache.get(template);
  if (!segments) {
    const parts: string[] = [];
    let at = 0;
    for (const match of template.matchAll(placeholder)) {
      parts.push(template.slice(at, match.index), match[1] ?? '');
      at = match.index + match[0].length;
    }
    parts.push(template.slice(at));
    segments = parts;
    segmentCache.set(template, segments);
  }
  return segments;
}

function renderTemplate(
  template: string,
  params: StepI18n['params'],
  prefix: string,
  lookup: TemplateLookup,
): string | undefined {
  const segments = segmentsOf(template);
  let text = segments[0] ?? '';
  for (let i = 1; i < segments.length; i += 2) {
    const value = renderValue(params, nested(prefix, segments[i] ?? ''), lookup);
    if (value === undefined) return undefined;
    text += value + (segments[i + 1] ?? '');
  }
  return text;
}

function renderValue(
  params: StepI18n['params'],
  name: string,
  lookup: TemplateLookup,
): string | undefined {
  const key = Object.hasOwn(params, `${name}#key`) ? params[`${name}#key`] : undefined;
  if (Object.hasOwn(params, `${name}#count`)) {
    const count = params[`${name}#count`];
    const separator = typeof key === 'string' ? lookup(key) : undefined;
    if (typeof count !== 'number' || separator === undefined) return undefined;
    const items: string[] = [];
    for (let index = 0; index < count; index++) {
      const item = renderValue(params, `${name}.${index}`, lookup);
      if (item === undefined) return undefined;
      items.push(item);
    }
    return items.join(separator);
  }
  if (key !== undefined) {
    const template = typeof key === 'string' ? lookup(key) : undefined;
    return template === undefined ? undefined : renderTemplate(template, params, name, lookup);
  }
  return Object.hasOwn(params, name) ? String(params[name]) : undefined;
}

/**
 * Renders a step's sentence with a catalogue of templates: the same keys as
 * {@link stepTemplates}, in any language. Numbers are written as they are (ports and status codes
 * are numbers too, and must not get digit grouping).
 *
 * @param i18n - The step's key and parameters.
 * @param lookup - The catalogue.
 * @returns The sentence, or undefined when the catalogue lacks a template the sentence needs or
 * a template has a placeholder the parameters do not fill.
 */
export function renderStepText(i18n: StepI18n, lookup: TemplateLookup): string | undefined {
  const template = lookup(i18n.key);
  return template === undefined ? undefined : renderTemplate(template, i18n.params, '', lookup);
}

/**
 * The English template of a key (the core's own catalogue).
 *
 * @param key - A step or part key.
 * @returns The template, or undefined for an unknown key.
 */
export function englishTemplate(key: string): string | undefined {
  return Object.hasOwn(stepTemplates, key) ? stepTemplates[key as StepTextKey] : undefined;
}

/**
 * A phrase, or a list of parts, in English. It renders the phrase itself rather than its
 * flattened form (the tests check both give the same text).
 *
 * @param value - The phrase.
 * @returns The English text.
 */
export function englishText(value: PhraseValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (!isPhrase(value)) return value.items.map(englishText).join(stepTemplates[value.separator]);
  const segments = segmentsOf(stepTemplates[value.key]);
  let text = segments[0] ?? '';
  for (let i = 1; i < segments.length; i += 2) {
    const name = segments[i] ?? '';
    const param = Object.hasOwn(value.params, name) ? value.params[name] : undefined;
    text += (param === undefined ? `{${name}}` : englishText(param)) + (segments[i + 1] ?? '');
  }
  return text;
}

/**
 * An explanation step whose message is a phrase: its English text and its `i18n`.
 *
 * @param kind - What the step is about.
 * @param sentence - The sentence.
 * @param refs - What the step considered.
 * @param gap - The choice the specification leaves open, if the step records one.
 * @returns The step, with its English message and its `i18n`.
 */
export function textStep(
  kind: ExplainStep['kind'],
  sentence: Phrase,
  refs: readonly StepRef[],
  gap?: ExplainStep['gap'],
): ExplainStep {
  const i18n = stepI18n(sentence);
  return { kind, message: englishText(sentence), refs, i18n, ...(gap ? { gap } : {}) };
}
