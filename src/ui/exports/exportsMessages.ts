import { defineMessages } from '../i18n/defineMessages.ts';

/**
 * Messages of the exports for documentation: Mermaid, SVG and PNG.
 * English; the Chinese translations (`exportsTranslations.ts`) load on demand.
 */
export const exportsMessages = defineMessages({
  'exports.copyMermaid': 'Copy as Mermaid',
  'exports.downloadSvg': 'Download SVG',
  'exports.downloadPng': 'Download PNG',
  'exports.mermaidCopied':
    'The graph is on the clipboard as a Mermaid flowchart (the same as switchyard graph --format mermaid).',
  'exports.copyFailed': 'The Mermaid flowchart could not be copied: {detail}',
  'exports.noGraph': 'There is no graph on the canvas to draw yet.',
  'exports.imageFailed': 'The image could not be made: {detail}',
});
