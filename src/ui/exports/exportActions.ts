import { flushPendingEdits } from '../editor/pendingEdits.ts';
import { appStore } from '../store/store.ts';
import { captureCanvasSvg } from './captureCanvasSvg.ts';
import { mermaidOf } from './mermaidOf.ts';
import { svgToPng } from './svgToPng.ts';

/** "Copy as Mermaid": the flowchart on the clipboard. */
export async function copyMermaid(): Promise<void> {
  flushPendingEdits();
  const state = appStore.getState();
  try {
    await navigator.clipboard.writeText(mermaidOf(state.text));
    state.notify({
      id: 'exports',
      tone: 'info',
      message: 'exports.mermaidCopied',
      transient: true,
    });
  } catch (error) {
    state.notify({
      id: 'exports',
      tone: 'error',
      message: 'exports.copyFailed',
      params: { detail: error instanceof Error ? error.message : String(error) },
    });
  }
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function baseName(): string {
  const name = appStore.getState().documentName;
  return name ? name.replace(/\.[^.]*$/, '') || 'switchyard' : 'switchyard';
}

/**
 * "Download SVG" / "Download PNG": a picture of the route graph as the canvas draws it.
 *
 * @param format - `svg` or `png`.
 */
export async function downloadCanvasImage(format: 'svg' | 'png'): Promise<void> {
  const state = appStore.getState();
  const region = document.querySelector<HTMLElement>('.canvas-pane');
  const captured = region ? captureCanvasSvg(region) : null;
  if (!captured) {
    state.notify({ id: 'exports', tone: 'warning', message: 'exports.noGraph' });
    return;
  }
  const svgText = new XMLSerializer().serializeToString(captured.svg);
  try {
    if (format === 'svg') {
      download(new Blob([svgText], { type: 'image/svg+xml' }), `${baseName()}.svg`);
    } else {
      download(await svgToPng(svgText, captured.width, captured.height), `${baseName()}.png`);
    }
  } catch (error) {
    state.notify({
      id: 'exports',
      tone: 'error',
      message: 'exports.imageFailed',
      params: { detail: error instanceof Error ? error.message : String(error) },
    });
  }
}
