/**
 * The iframe build's loadLeaflet (swapped in by vite.embed.config.ts): the
 * frame is a classic script so it also runs in `sandbox="allow-scripts"`,
 * where module chunks would need CORS; Leaflet comes as a second classic
 * script, embed-leaflet.js, next to this one, loaded after the first view.
 */
import { classicScript } from '../../embed/classicScript.ts';

export type LeafletModule = typeof import('leaflet');

export const loadLeaflet = (): Promise<LeafletModule> => classicScript('embed-leaflet.js', () => (globalThis as { claimlineLeaflet?: LeafletModule }).claimlineLeaflet, 'Leaflet');
