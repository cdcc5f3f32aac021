/** dist/embed-leaflet.js: Leaflet for the iframe widget, as a classic script loaded after the first view. */
import * as L from 'leaflet';

(globalThis as { claimlineLeaflet?: typeof L }).claimlineLeaflet = L;
