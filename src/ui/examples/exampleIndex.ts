import type { HeaderField, RequestEntry } from '../../core/index.ts';

/** One weight change of a demo step: the weights of one rule's backendRefs, in order. */
export interface DemoWeights {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly rule: number;
  readonly weights: readonly number[];
}

/** A step of a demo story: a caption (a message id) and the weights it sets. */
export interface DemoStep {
  readonly caption: string;
  readonly weights: readonly DemoWeights[];
}

/** A built-in example as `public/examples/index.json` lists it. */
export interface ExampleEntry {
  readonly id: string;
  /** The YAML file, next to the index. */
  readonly file: string;
  /** The simulator's first request (`GET http://www.example.com/`). */
  readonly request: string;
  readonly headers: readonly HeaderField[];
  readonly entry: RequestEntry;
  /** The simulator's traffic mix (lines of `trafficMix.ts`); empty sends the request alone. */
  readonly traffic: readonly string[];
  /** Requests per second, when the example wants another rate than the default. */
  readonly rate: number | null;
  /** The demo story, or empty when the example has none. */
  readonly demo: readonly DemoStep[];
}

type Json = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Json, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function text(record: Json, key: string): string | null {
  const value = own(record, key);
  return typeof value === 'string' ? value : null;
}

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
const filePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*\.ya?ml$/;

/**
 * Reads the examples index. It is served with the page, but read as untrusted data all the same:
 * entries that do not have the expected shape are left out, and file names may not leave the
 * examples folder.
 *
 * @param data - The parsed `index.json`.
 * @returns The examples, in the index's order.
 */
export function readExampleIndex(data: unknown): ExampleEntry[] {
  const list = isObject(data) ? own(data, 'examples') : undefined;
  if (!Array.isArray(list)) return [];
  const out: ExampleEntry[] = [];
  for (const item of list as readonly unknown[]) {
    const entry = isObject(item) ? readEntry(item) : null;
    if (entry && !out.some((other) => other.id === entry.id)) out.push(entry);
  }
  return out;
}

function readEntry(item: Json): ExampleEntry | null {
  const id = text(item, 'id');
  const file = text(item, 'file');
  const request = text(item, 'request');
  if (!id || !idPattern.test(id) || !file || !filePattern.test(file) || !request) return null;
  const gateway = text(item, 'gateway');
  const slash = gateway?.indexOf('/') ?? -1;
  const entry: RequestEntry =
    gateway && slash > 0
      ? { kind: 'gateway', namespace: gateway.slice(0, slash), name: gateway.slice(slash + 1) }
      : { kind: 'mesh', from: text(item, 'from') ?? 'default' };
  const headersValue = own(item, 'headers');
  const headers: HeaderField[] = [];
  if (isObject(headersValue)) {
    for (const name of Object.keys(headersValue)) {
      const value = own(headersValue, name);
      if (typeof value === 'string') headers.push({ name, value });
    }
  }
  const traffic = own(item, 'traffic');
  const rate = own(item, 'rate');
  return {
    id,
    file,
    request,
    headers,
    entry,
    traffic: Array.isArray(traffic)
      ? traffic.filter((line): line is string => typeof line === 'string')
      : [],
    rate: typeof rate === 'number' && Number.isFinite(rate) && rate > 0 ? rate : null,
    demo: readDemo(own(item, 'demo')),
  };
}

function readDemo(value: unknown): DemoStep[] {
  if (!Array.isArray(value)) return [];
  const steps: DemoStep[] = [];
  for (const item of value as readonly unknown[]) {
    if (!isObject(item)) continue;
    const caption = text(item, 'caption');
    const changes = own(item, 'weights');
    if (!caption || !Array.isArray(changes)) continue;
    const weights = (changes as readonly unknown[]).flatMap((change) => {
      const read = isObject(change) ? readWeights(change) : null;
      return read ? [read] : [];
    });
    steps.push({ caption, weights });
  }
  return steps;
}

function readWeights(change: Json): DemoWeights | null {
  const kind = text(change, 'kind');
  const namespace = text(change, 'namespace');
  const name = text(change, 'name');
  const rule = own(change, 'rule');
  const weights = own(change, 'weights');
  if (!kind || !namespace || !name || typeof rule !== 'number' || !Number.isInteger(rule))
    return null;
  if (
    !Array.isArray(weights) ||
    !weights.every((w) => typeof w === 'number' && Number.isInteger(w) && w >= 0)
  ) {
    return null;
  }
  return { kind, namespace, name, rule, weights: weights as number[] };
}

let loaded: Promise<readonly ExampleEntry[]> | null = null;

/**
 * The examples index, fetched once per page.
 *
 * @returns The examples (empty when the index cannot be fetched or read).
 */
export function loadExampleIndex(): Promise<readonly ExampleEntry[]> {
  loaded ??= fetch('./examples/index.json')
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : null))
    .then(readExampleIndex)
    .catch(() => {
      loaded = null;
      return [];
    });
  return loaded;
}

/**
 * The YAML of an example.
 *
 * @param example - The example.
 * @returns Its text.
 * @throws When it cannot be fetched (the caller tells the person).
 */
export async function fetchExampleText(example: ExampleEntry): Promise<string> {
  const response = await fetch(`./examples/${example.file}`);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.text();
}
