import type { Translate } from '../i18n/translate.ts';

/** An item of the `Export` menu. */
export interface ExportMenuItem {
  readonly label: string;
  readonly run: () => void;
}

/**
 * The `Export` menu's items for documentation: "Copy as Mermaid", "Download SVG" and "Download
 * PNG". Their code loads when one is chosen.
 *
 * @param t - The translator.
 */
export function exportMenuItems(t: Translate): ExportMenuItem[] {
  const load = () => import('./exportActions.ts');
  return [
    { label: t('exports.copyMermaid'), run: () => void load().then((m) => m.copyMermaid()) },
    {
      label: t('exports.downloadSvg'),
      run: () => void load().then((m) => m.downloadCanvasImage('svg')),
    },
    {
      label: t('exports.downloadPng'),
      run: () => void load().then((m) => m.downloadCanvasImage('png')),
    },
  ];
}
