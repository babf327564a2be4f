import { useEffect, useState } from 'react';
import { preloadImporter, withImporter } from './withImporter.ts';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Files dropped anywhere on the page are imported (the code editor would otherwise insert them
 * as text). Listens in the capture phase so the drop reaches no other handler.
 *
 * @returns True while files are dragged over the page (to show where to drop).
 */
export function useFileDrop(): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      preloadImporter();
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      // Leaving the window, not moving between elements.
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      setDragging(false);
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      const files = event.dataTransfer ? [...event.dataTransfer.files] : [];
      if (files.length > 0) withImporter((importer) => importer.importFiles(files));
    };
    window.addEventListener('dragover', onOver, true);
    window.addEventListener('dragleave', onLeave, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onOver, true);
      window.removeEventListener('dragleave', onLeave, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, []);
  return dragging;
}
