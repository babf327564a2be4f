import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import { useT } from '../i18n/useT.ts';

/**
 * React Flow's own accessible texts (node and edge descriptions, controls, minimap, the live
 * message after a keyboard move) in the interface language.
 *
 * @returns The configuration for `ReactFlow`'s `ariaLabelConfig`.
 */
export function useAriaLabelConfig(): Partial<AriaLabelConfig> {
  const t = useT();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas.rf.node'),
      'node.a11yDescription.keyboardDisabled': t('canvas.rf.nodeDisabled'),
      'node.a11yDescription.ariaLiveMessage': ({ x, y }: { x: number; y: number }) =>
        t('canvas.rf.moved', { x: Math.round(x), y: Math.round(y) }),
      'edge.a11yDescription.default': t('canvas.rf.edge'),
      'controls.ariaLabel': t('canvas.rf.controls'),
      'controls.zoomIn.ariaLabel': t('canvas.rf.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.rf.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.rf.fitView'),
      'controls.interactive.ariaLabel': t('canvas.rf.interactive'),
      'minimap.ariaLabel': t('canvas.rf.minimap'),
    }),
    [t],
  );
}
