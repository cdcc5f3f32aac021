import type { Layer } from 'leaflet';

/** The SVG <path> Leaflet drew for a vector layer (Leaflet keeps it in a private field). */
export function svgPath(layer: Layer): SVGPathElement {
  return (layer as unknown as { _path: SVGPathElement })._path;
}

/** Hides a group's decorative paths from assistive technology (only region paths are announced). */
export function hidePaths(group: { eachLayer: (fn: (l: Layer) => void) => unknown }): void {
  group.eachLayer((l) => svgPath(l).setAttribute('aria-hidden', 'true'));
}
