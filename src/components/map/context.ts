import { createContext } from 'svelte';
import type { Map as LeafletMap, SVG } from 'leaflet';

/** What every map layer component reads: the Leaflet map and the shared SVG renderer. */
export type MapContext = {
  readonly map: LeafletMap;
  readonly renderer: SVG;
  /** Id of the SVG hatch pattern, unique per map instance (several maps may share a page). */
  readonly hatchId: string;
};

export const [getMapContext, setMapContext] = createContext<MapContext>();
