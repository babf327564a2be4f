/**
 * The YAML language worker (completion, hovers, schema checks). A local entry that imports
 * monaco-yaml's worker, so Vite bundles it as a same-origin worker file (monaco-yaml's README,
 * "Why doesn't it work with Vite?").
 */
import 'monaco-yaml/yaml.worker.js';
