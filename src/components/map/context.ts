import { createContext } from 'svelte';
import type { Map as LeafletMap, SVG } from 'leaflet';
import type { LeafletModule } from './loadLeaflet.ts';

/** What every map layer component reads: Leaflet itself (loaded after the first view), the map and the shared SVG renderer. */
export type MapContext = {
  /** The Leaflet module: layers take it from here, never by a static import, so Leaflet stays out of the first view's bundle. */
  readonly L: LeafletModule;
  readonly map: LeafletMap;
  readonly renderer: SVG;
  /** Id of the SVG hatch pattern, unique per map instance (several maps may share a page). */
  readonly hatchId: string;
};

export const [getMapContext, setMapContext] = createContext<MapContext>();
