/**
 * The `d` attribute Leaflet's SVG renderer writes for a GeoJSON polygon in a
 * view at rest, reproduced step for step from Leaflet 1.9.4: project each
 * vertex to a rounded layer point, drop each ring's closing vertex, clip to the
 * renderer's padded bounds (Sutherland–Hodgman, rounded), simplify with the
 * path's `smoothFactor` (vertex reduction then Douglas–Peucker), then
 * "M x yL x y…z". The static map's paths therefore equal the live map's.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { toPixel, type MapView } from '../geo/leafletView.ts';

type Pt = { x: number; y: number; code?: number };
type Box = { minX: number; minY: number; maxX: number; maxY: number };

export type PathOptions = {
  /** Stroke width in px (Leaflet widens the clip box by it). */
  weight: number;
  /** Leaflet's `L.svg({ padding })`: the drawn area beyond the view, as a share of its size. */
  rendererPadding?: number;
  /** Leaflet's Polyline `smoothFactor`. */
  smoothFactor?: number;
};

/** Leaflet's renderer bounds at rest: the view grown by `padding` of its size on every side. */
export function rendererBounds(view: MapView, padding: number): Box {
  const minX = Math.round(-view.width * padding), minY = Math.round(-view.height * padding);
  return { minX, minY, maxX: Math.round(minX + view.width * (1 + padding * 2)), maxY: Math.round(minY + view.height * (1 + padding * 2)) };
}

function bitCode(p: Pt, b: Box): number {
  let code = 0;
  if (p.x < b.minX) code |= 1;
  else if (p.x > b.maxX) code |= 2;
  if (p.y < b.minY) code |= 4;
  else if (p.y > b.maxY) code |= 8;
  return code;
}

function edgeIntersection(a: Pt, b: Pt, code: number, box: Box): Pt {
  const dx = b.x - a.x, dy = b.y - a.y;
  let x = 0, y = 0;
  if (code & 8) { x = a.x + (dx * (box.maxY - a.y)) / dy; y = box.maxY; }
  else if (code & 4) { x = a.x + (dx * (box.minY - a.y)) / dy; y = box.minY; }
  else if (code & 2) { x = box.maxX; y = a.y + (dy * (box.maxX - a.x)) / dx; }
  else if (code & 1) { x = box.minX; y = a.y + (dy * (box.minX - a.x)) / dx; }
  return { x: Math.round(x), y: Math.round(y) };
}

function clipPolygon(input: Pt[], box: Box): Pt[] {
  let points: Pt[] = input.map((p) => ({ ...p, code: bitCode(p, box) }));
  for (const edge of [1, 4, 2, 8]) {
    const out: Pt[] = [];
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const a = points[i]!, b = points[j]!;
      if (!(a.code! & edge)) {
        if (b.code! & edge) {
          const p = edgeIntersection(b, a, edge, box);
          out.push({ ...p, code: bitCode(p, box) });
        }
        out.push(a);
      } else if (!(b.code! & edge)) {
        const p = edgeIntersection(b, a, edge, box);
        out.push({ ...p, code: bitCode(p, box) });
      }
    }
    points = out;
  }
  return points;
}

function sqSegDist(p: Pt, p1: Pt, p2: Pt): number {
  let x = p1.x, y = p1.y;
  let dx = p2.x - x, dy = p2.y - y;
  const dot = dx * dx + dy * dy;
  if (dot > 0) {
    const t = ((p.x - x) * dx + (p.y - y) * dy) / dot;
    if (t > 1) { x = p2.x; y = p2.y; }
    else if (t > 0) { x += dx * t; y += dy * t; }
  }
  dx = p.x - x;
  dy = p.y - y;
  return dx * dx + dy * dy;
}

function simplify(points: Pt[], tolerance: number): Pt[] {
  if (!tolerance || points.length === 0) return points.slice();
  const sq = tolerance * tolerance;
  const reduced = [points[0]!];
  let prev = 0;
  for (let i = 1; i < points.length; i++) {
    const dx = points[i]!.x - points[prev]!.x, dy = points[i]!.y - points[prev]!.y;
    if (dx * dx + dy * dy > sq) { reduced.push(points[i]!); prev = i; }
  }
  if (prev < points.length - 1) reduced.push(points[points.length - 1]!);
  const markers = new Uint8Array(reduced.length);
  markers[0] = markers[reduced.length - 1] = 1;
  const stack: [number, number][] = [[0, reduced.length - 1]];
  // Leaflet recurses; the same marks come out of an explicit stack.
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let max = 0, index = 0;
    for (let i = first + 1; i <= last - 1; i++) {
      const d = sqSegDist(reduced[i]!, reduced[first]!, reduced[last]!);
      if (d > max) { index = i; max = d; }
    }
    if (max > sq) {
      markers[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return reduced.filter((_, i) => markers[i]);
}

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** The path data Leaflet draws for `geometry` with these options, or "M0 0" when it lies outside the drawn area. */
export function polygonPath(geometry: Polygon | MultiPolygon, view: MapView, options: PathOptions): string {
  const { weight, rendererPadding = 0.5, smoothFactor = 1 } = options;
  const projected: Pt[][] = [];
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const ring of rings(geometry)) {
    let coords = ring;
    const first = coords[0], last = coords[coords.length - 1];
    if (coords.length >= 2 && first && last && Math.abs(first[0]! - last[0]!) <= 1e-9 && Math.abs(first[1]! - last[1]!) <= 1e-9) coords = coords.slice(0, -1);
    const pts = coords.map(([lng, lat]) => {
      const [x, y] = toPixel(view, lng!, lat!);
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      return { x, y };
    });
    projected.push(pts);
  }
  const r = rendererBounds(view, rendererPadding);
  const box: Box = { minX: r.minX - weight, minY: r.minY - weight, maxX: r.maxX + weight, maxY: r.maxY + weight };
  const tol = weight / 2;
  const intersects = maxX + tol >= box.minX && minX - tol <= box.maxX && maxY + tol >= box.minY && minY - tol <= box.maxY;
  let d = '';
  if (intersects) {
    for (const ring of projected) {
      const clipped = clipPolygon(ring, box);
      if (!clipped.length) continue;
      const part = simplify(clipped, smoothFactor);
      for (let j = 0; j < part.length; j++) d += (j ? 'L' : 'M') + part[j]!.x + ' ' + part[j]!.y;
      d += 'z';
    }
  }
  return d || 'M0 0';
}
