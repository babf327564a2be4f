/**
 * Loads Monaco from the npm package (never a CDN), with the editor's contributions and the YAML
 * grammar but no other languages, registers its workers as same-origin files (the page's
 * Content-Security-Policy allows no blob: workers), and configures monaco-yaml with the Gateway
 * API schemas of the chosen channel.
 */
import 'monaco-editor/esm/vs/editor/edcore.main.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import { type JSONSchema, type MonacoYaml, configureMonacoYaml } from 'monaco-yaml';
import type { Channel } from '../analysis/protocol.ts';
import YamlWorker from './yaml.worker.ts?worker';

function getWorker(_moduleId: string, label: string): Worker {
  return label === 'yaml' ? new YamlWorker({ name: 'yaml' }) : new EditorWorker({ name: label });
}
globalThis.MonacoEnvironment = { getWorker };

/** The options monaco-yaml (through monaco-worker-manager) creates its worker with. */
interface LabelledWorkerOptions {
  readonly label?: string;
  readonly createData?: unknown;
  readonly host?: unknown;
  readonly keepIdleModels?: boolean;
}

// monaco-yaml asks for its worker by label, which Monaco's full entry point (`editor.main.js`)
// adapts to `MonacoEnvironment.getWorker`. This page loads the smaller `edcore.main.js` (no other
// languages), so it installs the same adapter: the worker gets a start message, then its data.
const createInternalWebWorker = monaco.editor.createWebWorker.bind(monaco.editor);
function createWebWorker<T extends object>(
  options: monaco.editor.IInternalWebWorkerOptions | LabelledWorkerOptions,
): monaco.editor.MonacoWebWorker<T> {
  if ('worker' in options) return createInternalWebWorker<T>(options);
  const { label = 'yaml', createData, host, keepIdleModels } = options;
  const worker = getWorker('workerMain.js', label);
  worker.postMessage('ignore');
  worker.postMessage(createData);
  return createInternalWebWorker<T>({
    worker,
    host,
    ...(keepIdleModels === undefined ? {} : { keepIdleModels }),
  });
}
monaco.editor.createWebWorker = createWebWorker;

/** The URI of the document model: the only model the Gateway API schema applies to. */
export const DOCUMENT_URI = monaco.Uri.parse('file:///switchyard/resources.yaml');

const schemaLoaders: Readonly<Record<Channel, () => Promise<{ default: unknown }>>> = {
  standard: () => import('./schemas/standard.json'),
  experimental: () => import('./schemas/experimental.json'),
};

let yaml: MonacoYaml | null = null;
let requested: Channel | null = null;
let schema: JSONSchema | null = null;

/**
 * Above this size the YAML worker's own schema checks are turned off: re-checking a megabyte of
 * YAML on every keystroke costs the page tens of milliseconds in messages, and Switchyard's
 * analysis already marks every schema finding (with the CRDs' CEL rules besides). Completion
 * and hovers stay on.
 */
export const LARGE_DOCUMENT_CHARS = 256 * 1024;
let large = false;

function options(channel: Channel, channelSchema: JSONSchema) {
  return {
    // Everything is inlined: nothing is fetched, and the page works offline.
    enableSchemaRequest: false,
    // Switchyard's own formatter keeps comments and kubectl key order (see `formatDocuments`).
    format: { enable: false },
    validate: !large,
    // Hovers show the CRD descriptions only: no link to a schema URI, no echo of the user's YAML.
    hoverSchemaSource: false,
    hoverAnchor: false,
    schemas: [
      {
        uri: `https://gateway-api.sigs.k8s.io/switchyard/${channel}.json`,
        fileMatch: [DOCUMENT_URI.toString()],
        schema: channelSchema,
      },
    ],
  };
}

/**
 * Tells the YAML language features how large the document is (see {@link LARGE_DOCUMENT_CHARS}).
 *
 * @param length - The document's length in characters.
 */
export function setDocumentLength(length: number): void {
  const next = length > LARGE_DOCUMENT_CHARS;
  if (next === large) return;
  large = next;
  if (yaml && schema && requested) void yaml.update(options(requested, schema));
}

/**
 * Points monaco-yaml at the schema of a channel (loading it on first use). Completion, hovers
 * and schema checks then follow that channel's CRDs.
 *
 * @param channel - The Gateway API channel.
 */
export async function applyChannelSchema(channel: Channel): Promise<void> {
  requested = channel;
  const loaded = (await schemaLoaders[channel]()).default as JSONSchema;
  // A later call may have asked for the other channel while this one loaded.
  if (requested !== channel) return;
  schema = loaded;
  if (yaml) await yaml.update(options(channel, loaded));
  else yaml = configureMonacoYaml(monaco, options(channel, loaded));
}

export { monaco };
