/** PNGs are drawn at twice the graph's size, for sharp text on high-density screens and slides. */
const SCALE = 2;
/** Browsers refuse canvases beyond about this many pixels a side (and 2^28 in all). */
const MAX_SIDE = 16_384;
const MAX_AREA = 2 ** 27;

/**
 * Draws an SVG (self-contained: no external images or fonts) into a PNG.
 *
 * @param svgText - The serialised SVG.
 * @param width - Its width, in CSS pixels.
 * @param height - Its height.
 * @returns The PNG.
 */
export async function svgToPng(svgText: string, width: number, height: number): Promise<Blob> {
  const scale = Math.min(
    SCALE,
    MAX_SIDE / width,
    MAX_SIDE / height,
    Math.sqrt(MAX_AREA / (width * height)),
  );
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(width * scale));
    canvas.height = Math.max(1, Math.floor(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
