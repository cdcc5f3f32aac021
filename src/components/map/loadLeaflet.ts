/**
 * Leaflet arrives after the first view (the static SVG) is painted: as a
 * chunk of its own in the app and the custom element. The iframe build swaps
 * in loadLeaflet.classic.ts (see vite.embed.config.ts).
 */
export type LeafletModule = typeof import('leaflet');

let pending: Promise<LeafletModule> | null = null;

export function loadLeaflet(): Promise<LeafletModule> {
  pending ??= import('leaflet').then((m) => ((m as { default?: LeafletModule }).default ?? m) as LeafletModule);
  return pending;
}
