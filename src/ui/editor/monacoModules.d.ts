// Monaco's ESM entry points that register the editor's contributions and the YAML grammar have
// no type declarations of their own; they are imported for their side effects only.
declare module 'monaco-editor/esm/vs/editor/edcore.main.js';
declare module 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
