/**
 * Draws standalone SVG onto a canvas of `scale` × its size and returns the PNG. Browser only. A transparent
 * SVG stays transparent; the fonts are the browser's own, as on screen.
 */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode().catch(() => {
      throw new Error('the chart could not be drawn as an image');
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
        'image/png',
      ),
    );
    // Only a file that decodes is offered as saved.
    (await createImageBitmap(png)).close();
    return png;
  } finally {
    URL.revokeObjectURL(url);
  }
}
