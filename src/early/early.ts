/**
 * dist/early.js: the one script the build-time page (scripts/prerender.ts)
 * runs before the app. Classic, dependency-free and small, so it works under a
 * strict CSP and in <iframe sandbox="allow-scripts">. It
 *   - makes the picture's regions buttons (role, tab stop, aria-pressed): a click,
 *     Enter or Space selects one and shows its panel, cloned from the <template>
 *     the build rendered from the live view's own components; arrows move between
 *     regions, Escape and the panel's × clear; the app page keeps `#region=`;
 *   - fits the picture to the box the way Leaflet will (same zoom, same pixels);
 *   - loads the app (or embed-frame.js) only once the picture is painted, so
 *     nothing of it is fetched or run before the map is painted and clickable.
 * The app then opens on the same selection (the hash, or #app's data-early-region).
 */
import { EARLY_ATTR as A } from './attrs.ts';
import { readHashRegion, writeHashRegion } from '../app/hash.ts';
import { regionKey, type Anchor } from '../lib/geo/regionInDirection.ts';
import { fitBoundsView, viewOptionsFor, type LatLngBoundsLike } from '../lib/geo/leafletView.ts';
import { MAP_STROKES } from '../lib/style/mapLayers.ts';
import { postHeightToHost } from '../embed/postHeight.ts';
import { parseLang } from '../lib/i18n/lang.ts';

const script = document.currentScript as HTMLScriptElement | null;
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The picture shows what the app would first show only for the seed story of its own conflict, in English,
 * with the default line.
 */
function pictureIsTheView(search: string, conflict: string | null): boolean {
  const p = new URLSearchParams(search);
  for (const k of ['story', 'control', 'date', 'compare', 'position', 'theme']) if (p.get(k)) return false;
  const asked = p.get('conflict');
  if (asked && asked !== conflict) return false;
  // The app reads an unknown ?lang= as English, so the picture is its view then too.
  return parseLang(p.get('lang')) === 'en';
}

/**
 * A page that asks for another view must not show the seed story's map meanwhile (its claims and
 * quotes are not the reader's story): the picture gives way to a "Loading…" line until the app draws.
 */
function standAside(view: Element, s: HTMLScriptElement | null): void {
  let words: Record<string, string> = {};
  try {
    words = JSON.parse(s?.getAttribute(A.loading) ?? '{}') as Record<string, string>;
  } catch {
    // A page without the words still stands aside, silently.
  }
  const lang = parseLang(new URLSearchParams(location.search).get('lang'));
  const p = document.createElement('p');
  // Its own modifier: the app's "Loading…" (the same words) replaces it once the app runs.
  p.className = 'cl-loading cl-loading--early';
  p.setAttribute('role', 'status');
  const text = (l: string) => (words && typeof words === 'object' && Object.prototype.hasOwnProperty.call(words, l) && typeof words[l] === 'string' ? words[l] : null);
  p.textContent = text(lang) ?? text('en') ?? '';
  view.replaceWith(p);
}

/** Loads the app: the module entry with its preloads (app page) or the classic script (embed). */
function loadApp(s: HTMLScriptElement): void {
  const module = s.getAttribute(A.module);
  const classic = s.getAttribute(A.classic);
  const add = (el: HTMLElement) => document.head.appendChild(el);
  if (module) {
    for (const href of (s.getAttribute(A.preload) ?? '').split(' ').filter(Boolean)) {
      const l = document.createElement('link');
      l.rel = 'modulepreload';
      l.crossOrigin = '';
      l.href = href;
      add(l);
    }
    const m = document.createElement('script');
    m.type = 'module';
    m.crossOrigin = '';
    m.src = module;
    add(m);
  } else if (classic) {
    const c = document.createElement('script');
    c.src = classic;
    add(c);
  }
}

/**
 * Runs `fn` once the page's first contentful paint has been presented (the
 * picture is on screen), or after `fallbackMs` where no paint comes (a hidden
 * tab, an off-screen frame) or paint timing is not reported.
 */
function afterPaint(fn: () => void, fallbackMs = 1000): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  const types = (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes) || [];
  if (types.includes('paint')) {
    const po = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      po.disconnect();
      setTimeout(run, 0);
    });
    po.observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(run, 0));
  }
  setTimeout(run, fallbackMs);
}

/**
 * Sets the picture's viewBox so it shows, in a box of the map's real size, what
 * Leaflet will show there: the picture was drawn for `width` × `height`; Leaflet
 * fits the same bounds to the real box, at a zoom that scales every point by
 * 2^(z1 − z0) about the views' centres.
 */
function fitPicture(svg: SVGSVGElement, box: Element, bounds: LatLngBoundsLike, extent: LatLngBoundsLike | null): void {
  const w0 = Number(svg.getAttribute('width')), h0 = Number(svg.getAttribute('height'));
  const W = box.clientWidth, H = box.clientHeight;
  if (!(w0 > 0 && h0 > 0 && W > 0 && H > 0) || (W === w0 && H === h0)) return;
  const o = viewOptionsFor(extent);
  const v0 = fitBoundsView(bounds, w0, h0, o);
  const v1 = fitBoundsView(bounds, W, H, o);
  const k = Math.pow(2, v1.zoom - v0.zoom);
  // A picture point p0 is the world pixel (p0 + origin0) at z0; at z1 that is k (p0 + origin0), drawn at k (p0 + origin0) − origin1.
  const tx = k * v0.pixelOrigin[0] - v1.pixelOrigin[0];
  const ty = k * v0.pixelOrigin[1] - v1.pixelOrigin[1];
  svg.setAttribute('viewBox', `${-tx / k} ${-ty / k} ${W / k} ${H / k}`);
  svg.setAttribute('width', String(W));
  svg.setAttribute('height', String(H));
}

/**
 * The picture's other controls (Embed, Download, the time slider, the position switch, "Show more") need
 * the app: until it has replaced the picture they say they are unavailable, and using one loads the app at once.
 */
function holdAppControls(view: Element, loadNow: () => void): void {
  const held = 'button, select, input, textarea, summary';
  for (const el of view.querySelectorAll(held)) {
    if (el.closest('.cl-panel') && !el.matches('.cl-more')) continue;
    el.setAttribute('aria-disabled', 'true');
  }
  const stop = (e: Event) => {
    const el = (e.target as Element | null)?.closest?.('[aria-disabled="true"]');
    if (!el || !view.contains(el)) return;
    e.preventDefault();
    loadNow();
  };
  view.addEventListener('click', stop, true);
  view.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') stop(e);
  }, true);
}

function wire(target: HTMLElement, view: Element, s: HTMLScriptElement | null, isApp: boolean, loadNow: () => void): void {
  const picture = view.querySelector<HTMLElement>('.cl-static');
  const svg = picture?.querySelector<SVGSVGElement>('svg');
  const panel = view.querySelector<HTMLElement>('.cl-panel');
  if (!picture || !svg || !panel) return;
  const paths = new Map<string, SVGPathElement>();
  for (const p of picture.querySelectorAll<SVGPathElement>('path[data-region]')) {
    paths.set(p.getAttribute('data-region')!, p);
    p.setAttribute('role', 'button');
    p.setAttribute('tabindex', '0');
    p.setAttribute('aria-pressed', 'false');
  }
  const templates = new Map<string, HTMLTemplateElement>();
  const anchors: Anchor[] = [];
  for (const t of target.querySelectorAll<HTMLTemplateElement>(`template[${A.panel}]`)) {
    const id = t.getAttribute(A.panel)!;
    templates.set(id, t);
    const at = t.getAttribute(A.at)?.split(',').map(Number);
    if (at?.length === 2) anchors.push({ id, at: [at[0]!, at[1]!] });
  }
  holdAppControls(view, loadNow);
  const box = (name: string): LatLngBoundsLike | null => {
    const v = s?.getAttribute(name)?.split(',').map(Number);
    return v?.length === 4 && v.every(Number.isFinite) ? [[v[0]!, v[1]!], [v[2]!, v[3]!]] : null;
  };
  const bounds = box(A.bounds);
  if (bounds) fitPicture(svg, picture, bounds, box(A.extent));

  const live = panel.querySelector<HTMLElement>('.cl-visually-hidden');
  let selected: string | null = null;
  let outline: SVGPathElement | null = null;

  const show = (id: string | null, how: 'reader' | 'url') => {
    if (id !== null && !templates.has(id)) return; // an unknown id: the app names it when it loads
    if (id === selected && how === 'url') return;
    selected = id;
    for (const [pid, p] of paths) {
      p.classList.toggle('cl-selected', pid === id);
      p.setAttribute('aria-pressed', String(pid === id));
    }
    outline?.remove();
    outline = null;
    const p = id ? paths.get(id) : undefined;
    if (p) {
      outline = document.createElementNS(SVG_NS, 'path');
      outline.setAttribute('class', 'cl-outline cl-outline--selected');
      outline.setAttribute('aria-hidden', 'true');
      outline.setAttribute('fill', 'none');
      outline.setAttribute('stroke-width', String(MAP_STROKES.selected.weight));
      outline.setAttribute('stroke-linejoin', 'round');
      outline.setAttribute('d', p.getAttribute('d') ?? '');
      svg.insertBefore(outline, svg.querySelector('.cl-static-labels'));
    }
    const t = templates.get(id ?? '');
    for (const el of [...panel.children]) if (el !== live) el.remove();
    if (t) panel.appendChild(t.content.cloneNode(true));
    for (const more of panel.querySelectorAll('.cl-more')) more.setAttribute('aria-disabled', 'true');
    view.classList.toggle('cl-has-selection', id !== null);
    if (how === 'reader') {
      if (live) live.textContent = t?.getAttribute(A.announce) ?? '';
      target.setAttribute(A.selected, id ?? '');
      if (isApp) {
        const next = writeHashRegion(location.hash, id);
        if (next !== location.hash) history.pushState(null, '', next || location.pathname + location.search);
      }
    }
  };
  // The panel with nothing selected is the page's own prompt, kept to come back to.
  if (!templates.has('')) {
    const none = document.createElement('template');
    for (const el of panel.children) if (el !== live) none.content.appendChild(el.cloneNode(true));
    templates.set('', none);
  }

  const regionOf = (e: Event) => (e.target as Element | null)?.closest?.('path[data-region]')?.getAttribute('data-region') ?? null;
  picture.addEventListener('click', (e) => {
    const id = regionOf(e);
    if (id) show(id, 'reader');
  });
  picture.addEventListener('keydown', (e) => {
    const id = regionOf(e);
    if (!id) return;
    const act = regionKey(e.key, id, anchors);
    if (!act) return;
    e.preventDefault();
    if ('select' in act) show(act.select, 'reader');
    else if (act.focus) paths.get(act.focus)?.focus();
  });
  picture.addEventListener('mouseover', (e) => {
    const id = regionOf(e);
    for (const [pid, p] of paths) p.classList.toggle('cl-hovered', pid === id && id !== selected);
  });
  picture.addEventListener('mouseout', () => {
    for (const p of paths.values()) p.classList.remove('cl-hovered');
  });
  view.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape' && selected) {
      e.preventDefault();
      show(null, 'reader');
    }
  });
  panel.addEventListener('click', (e) => {
    const el = e.target as Element;
    if (el.closest('.cl-close')) show(null, 'reader');
    const passage = el.closest('[data-evidence-passage]')?.getAttribute('data-evidence-passage');
    const quote = passage ? panel.querySelector<HTMLElement>(`.cl-region-panel [data-passage="${CSS.escape(passage)}"]`) : null;
    if (quote) {
      quote.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      quote.focus({ preventScroll: true });
    }
  });
  if (isApp) {
    const fromHash = () => {
      // Once the app has replaced the picture, the hash is its to follow.
      if (!view.isConnected) {
        removeEventListener('hashchange', fromHash);
        removeEventListener('popstate', fromHash);
      } else show(readHashRegion(location.hash), 'url');
    };
    addEventListener('hashchange', fromHash);
    addEventListener('popstate', fromHash);
    fromHash();
  } else {
    show(new URLSearchParams(location.search).get('region'), 'url');
  }
}

const target = document.getElementById('app');
const view = target?.querySelector('.cl-view-first');
const isApp = script?.hasAttribute(A.module) ?? false;
if (!isApp && parent !== window) postHeightToHost();
let loaded = false;
const loadNow = () => {
  if (loaded || !script) return;
  loaded = true;
  loadApp(script);
};
if (target && view && pictureIsTheView(location.search, script?.getAttribute(A.conflict) ?? null)) {
  try {
    wire(target, view, script, isApp, loadNow);
  } finally {
    afterPaint(loadNow);
  }
} else {
  try {
    if (view) standAside(view, script);
  } finally {
    loadNow();
  }
}
