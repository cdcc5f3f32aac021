/**
 * An SVG picture (from `renderPicture` or `renderMap`) as a PNG, in the
 * browser, with no request to any host: the SVG goes in as a data: URL (which
 * a strict `img-src 'self' data:` allows; blob: URLs it would not), is drawn
 * on a canvas `scale` times its size, and comes out as a PNG Blob. The
 * function is self-contained (no imports), so it also runs via toString().
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  if (!(width > 0 && height > 0 && scale > 0)) throw new Error(`svgToPng: bad size ${width} × ${height} at scale ${scale}`);
  const img = new Image();
  img.width = width;
  img.height = height;
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('svgToPng: no 2D canvas in this browser');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('svgToPng: the canvas gave no PNG'))), 'image/png'));
}
