/**
 * The map's projection step, shared by the live Leaflet map and the static
 * render: Leaflet's EPSG:3857 (spherical Mercator, 256 px tiles) and its
 * `fitBounds` arithmetic (`getBoundsZoom`, `_getBoundsCenterZoom`, `setView`'s
 * zoom snap and max-bounds limit, `_getNewPixelOrigin`), reproduced operation
 * for operation from Leaflet 1.9.4 so that a static picture drawn here puts
 * every vertex on the pixel Leaflet puts it on. Pure: no DOM, no Leaflet.
 */

/** [[south, west], [north, east]], as Leaflet's LatLngBounds takes it. */
export type LatLngBoundsLike = [[number, number], [number, number]];

/** The options the app gives `L.map` and `fitBounds` (see MapView.svelte); one source for both. */
export type MapViewOptions = {
  zoomSnap: number;
  minZoom: number;
  maxZoom: number;
  /** Leaflet's `maxBounds`, or null. */
  maxBounds: LatLngBoundsLike | null;
  /** `fitBounds` padding in px, [x, y], applied on both sides. */
  padding: [number, number];
};

export const MAP_VIEW_OPTIONS: MapViewOptions = {
  zoomSnap: 0.25,
  minZoom: 4,
  maxZoom: 10,
  maxBounds: null,
  padding: [8, 8],
};

/** The options for a map whose data reaches `extent` (DecodedRegions' extent): the view is kept inside it. */
export function viewOptionsFor(extent: LatLngBoundsLike | null): MapViewOptions {
  return { ...MAP_VIEW_OPTIONS, maxBounds: extent };
}

/** A Leaflet view at rest: what `map.getZoom()`, `getCenter()`, `getPixelOrigin()` and `getSize()` return. */
export type MapView = {
  width: number;
  height: number;
  zoom: number;
  /** [lat, lng] */
  center: [number, number];
  /** Projected pixel of the container's top-left corner at `zoom` (integers, as Leaflet rounds it). */
  pixelOrigin: [number, number];
};

const R = 6378137;
const MAX_LATITUDE = 85.0511287798;
const SCALE = 0.5 / (Math.PI * R);

/** Leaflet's `crs.scale(zoom)`. */
function crsScale(zoom: number): number {
  return 256 * Math.pow(2, zoom);
}

/** Leaflet's `map.project([lat, lng], zoom)`: the point in world pixels at `zoom`, unrounded. */
export function project(lat: number, lng: number, zoom: number): [number, number] {
  const d = Math.PI / 180;
  const la = Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE);
  const sin = Math.sin(la * d);
  const x = R * lng * d;
  const y = (R * Math.log((1 + sin) / (1 - sin))) / 2;
  const s = crsScale(zoom);
  return [s * (SCALE * x + 0.5), s * (-SCALE * y + 0.5)];
}

/** Leaflet's `map.unproject(point, zoom)` → [lat, lng]. */
export function unproject(px: number, py: number, zoom: number): [number, number] {
  const s = crsScale(zoom);
  const x = (px / s - 0.5) / SCALE;
  const y = (py / s - 0.5) / -SCALE;
  const d = 180 / Math.PI;
  return [(2 * Math.atan(Math.exp(y / R)) - Math.PI / 2) * d, (x * d) / R];
}

function limitZoom(zoom: number, o: MapViewOptions): number {
  const z = o.zoomSnap ? Math.round(zoom / o.zoomSnap) * o.zoomSnap : zoom;
  return Math.max(o.minZoom, Math.min(o.maxZoom, z));
}

/** Leaflet's `getBoundsZoom(bounds, false, padding)` on a map that has no zoom yet (the first `fitBounds`). */
function boundsZoom(bounds: LatLngBoundsLike, width: number, height: number, padding: [number, number], o: MapViewOptions): number {
  const [[s, w], [n, e]] = bounds;
  const from = 0;
  const nw = project(n, w, from);
  const se = project(s, e, from);
  const bx = Math.abs(se[0] - nw[0]);
  const by = Math.abs(se[1] - nw[1]);
  const scale = Math.min((width - padding[0]) / bx, (height - padding[1]) / by);
  let zoom = Math.log((scale * crsScale(from)) / 256) / Math.LN2;
  if (Number.isNaN(zoom)) zoom = Infinity;
  const snap = o.zoomSnap;
  if (snap) {
    zoom = Math.round(zoom / (snap / 100)) * (snap / 100);
    zoom = Math.floor(zoom / snap) * snap;
  }
  return Math.max(o.minZoom, Math.min(o.maxZoom, zoom));
}

function rebound(left: number, right: number): number {
  return left + right > 0 ? Math.round(left - right) / 2 : Math.max(0, Math.ceil(left)) - Math.max(0, Math.floor(right));
}

/** Leaflet's `_limitCenter`: the smallest shift that keeps the view inside `maxBounds`. */
function limitCenter(center: [number, number], zoom: number, width: number, height: number, max: LatLngBoundsLike | null): [number, number] {
  if (!max) return center;
  const c = project(center[0], center[1], zoom);
  const minX = c[0] - width / 2, minY = c[1] - height / 2, maxX = c[0] + width / 2, maxY = c[1] + height / 2;
  const ne = project(max[1][0], max[1][1], zoom);
  const sw = project(max[0][0], max[0][1], zoom);
  const pMinX = Math.min(ne[0], sw[0]), pMinY = Math.min(ne[1], sw[1]);
  const pMaxX = Math.max(ne[0], sw[0]), pMaxY = Math.max(ne[1], sw[1]);
  const dx = rebound(pMinX - minX, -(pMaxX - maxX));
  const dy = rebound(pMinY - minY, -(pMaxY - maxY));
  if (Math.abs(dx) <= 1 && Math.abs(dy) <= 1) return center;
  return unproject(c[0] + dx, c[1] + dy, zoom);
}

/**
 * The view Leaflet settles on after `L.map(el, options)` and
 * `map.fitBounds(bounds, { padding })` in a container of `width` × `height` px.
 */
export function fitBoundsView(bounds: LatLngBoundsLike, width: number, height: number, o: MapViewOptions = MAP_VIEW_OPTIONS): MapView {
  if (!(width > 0 && height > 0)) throw new Error(`map size must be positive, got ${width} × ${height}`);
  const pad: [number, number] = [o.padding[0] * 2, o.padding[1] * 2];
  const zoom0 = boundsZoom(bounds, width, height, pad, o);
  // paddingTopLeft equals paddingBottomRight, so Leaflet's padding offset is zero.
  const sw = project(bounds[0][0], bounds[0][1], zoom0);
  const ne = project(bounds[1][0], bounds[1][1], zoom0);
  const c0 = unproject((sw[0] + ne[0]) / 2, (sw[1] + ne[1]) / 2, zoom0);
  // setView: snap and clamp the zoom, then keep the view inside maxBounds.
  const zoom = limitZoom(zoom0, o);
  const center = limitCenter(c0, zoom, width, height, o.maxBounds);
  const cp = project(center[0], center[1], zoom);
  const pixelOrigin: [number, number] = [Math.round(cp[0] - width / 2), Math.round(cp[1] - height / 2)];
  return { width, height, zoom, center, pixelOrigin };
}

/** Leaflet's `latLngToLayerPoint` (= container point at rest): the rounded pixel of [lng, lat] in the view. */
export function toPixel(view: MapView, lng: number, lat: number): [number, number] {
  const p = project(lat, lng, view.zoom);
  return [Math.round(p[0]) - view.pixelOrigin[0], Math.round(p[1]) - view.pixelOrigin[1]];
}
