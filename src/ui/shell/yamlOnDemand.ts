/**
 * The `yaml` library on demand. The first paint needs only the fast reader (js-yaml): a document
 * that reads cleanly never touches `yaml`, which is wanted for edits (patches keep comments),
 * formatting, source locations and documents with errors. So in the page's own bundle
 * `vite.config.ts` resolves every `import … from 'yaml'` to this module, which forwards each call
 * to the library once {@link loadYaml} has loaded it; the workers and the CLI import `yaml` as is.
 *
 * IMPORTANT: every value the core imports from `yaml` must be forwarded here (the build fails on
 * a missing one, and `yamlOnDemand.test.ts` lists them from the core's sources).
 */
import type * as Yaml from 'yaml';

type YamlModule = typeof Yaml;

let library: YamlModule | null = null;
let loading: Promise<YamlModule> | null = null;

/** What {@link library} throws while the library has not loaded: retry after {@link loadYaml}. */
export class YamlNotLoadedError extends Error {
  constructor() {
    super('The YAML library has not loaded yet');
    this.name = 'YamlNotLoadedError';
  }
}

/**
 * Loads the library (once; a failed load is tried again on the next call).
 *
 * @returns Resolves when the forwarding functions work; rejects when the chunk cannot load.
 */
export function loadYaml(): Promise<void> {
  loading ??= import('yaml').then(
    (module) => (library = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading.then(() => undefined);
}

/** Whether the library has loaded. */
export function isYamlLoaded(): boolean {
  return library !== null;
}

/**
 * Runs an action that may need the library: at once when it does not (or it has loaded), else
 * again once the library has loaded. The action must change nothing before it throws, as the
 * core's pure functions and the store's actions built on them do.
 *
 * @param action - The action.
 * @returns Its result.
 */
export async function withYaml<T>(action: () => T): Promise<T> {
  try {
    return action();
  } catch (error) {
    if (!(error instanceof YamlNotLoadedError)) throw error;
  }
  await loadYaml();
  return action();
}

function loaded(): YamlModule {
  if (library === null) throw new YamlNotLoadedError();
  return library;
}

export function parseDocument(...args: Parameters<YamlModule['parseDocument']>) {
  return loaded().parseDocument(...args);
}

export function stringify(...args: Parameters<YamlModule['stringify']>) {
  return loaded().stringify(...args);
}

export function visit(...args: Parameters<YamlModule['visit']>) {
  loaded().visit(...args);
}

export function isAlias(node: unknown): node is Yaml.Alias {
  return loaded().isAlias(node);
}

export function isCollection(node: unknown): node is Yaml.YAMLMap | Yaml.YAMLSeq {
  return loaded().isCollection(node);
}

export function isMap(node: unknown): node is Yaml.YAMLMap {
  return loaded().isMap(node);
}

export function isNode(node: unknown): node is Yaml.Node {
  return loaded().isNode(node);
}

export function isPair(node: unknown): node is Yaml.Pair {
  return loaded().isPair(node);
}

export function isScalar(node: unknown): node is Yaml.Scalar {
  return loaded().isScalar(node);
}

export function isSeq(node: unknown): node is Yaml.YAMLSeq {
  return loaded().isSeq(node);
}

/**
 * Stands in for the `Document` class: `new Document(value)` returns the library's document (a
 * constructor that returns an object yields that object).
 */
export function Document(...args: ConstructorParameters<YamlModule['Document']>): Yaml.Document {
  return new (loaded().Document)(...args);
}

/** Stands in for the `Scalar` class, as {@link Document} does. */
export function Scalar(value: unknown): Yaml.Scalar {
  return new (loaded().Scalar)(value);
}
