/**
 * dist/claimline.js: defines <claimline-map story conflict region control date compare lang theme position download>.
 * Each element renders into its own shadow root with Leaflet's CSS and ours
 * adopted as constructed stylesheets (no inline <style>, so a strict CSP holds),
 * keeps no state outside itself, and cleans up when removed.
 */
import { mount, unmount } from 'svelte';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import themeCss from '../components/theme.css?inline';
import elementCss from './element.css?inline';
import Claimline from '../components/Claimline.svelte';

const ATTRS = ['story', 'conflict', 'region', 'control', 'date', 'compare', 'lang', 'theme', 'article', 'position', 'download'] as const;
type Attr = (typeof ATTRS)[number];

let sheets: CSSStyleSheet[] | null = null;
function styleSheets(): CSSStyleSheet[] {
  // One parsed copy shared by every instance: sheets are immutable here.
  if (!sheets) {
    sheets = [leafletCss, themeCss, elementCss].map((css) => {
      const s = new CSSStyleSheet();
      s.replaceSync(css);
      return s;
    });
  }
  return sheets;
}

export class ClaimlineMapElement extends HTMLElement {
  static observedAttributes = [...ATTRS];

  #props = $state<Record<Attr, string | null>>({ story: null, conflict: null, region: null, control: null, date: null, compare: null, lang: null, theme: null, article: null, position: null, download: null });
  #app: ReturnType<typeof mount> | null = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = styleSheets();
  }

  connectedCallback() {
    if (this.#app) return;
    for (const a of ATTRS) this.#props[a] = this.getAttribute(a);
    const target = document.createElement('div');
    target.className = 'cl-host';
    this.shadowRoot!.append(target);
    const props = this.#props;
    const reflect = (name: Attr, v: string | null) => this.#reflect(name, v);
    this.#app = mount(Claimline, {
      target,
      props: {
        get story() { return props.story; },
        get conflict() { return props.conflict; },
        get control() { return props.control; },
        get date() { return props.date; },
        get compare() { return props.compare; },
        // The compare view's switch and day are reflected as the attribute.
        set compare(v: string | null) { reflect('compare', v); },
        // A date picked on the slider is reflected as the attribute.
        set date(v: string | null) { reflect('date', v); },
        get lang() { return props.lang; },
        get theme() { return props.theme; },
        get region() { return props.region; },
        // A click selects through the attribute, so `region` (attribute and property) never goes stale.
        set region(v: string | null) { reflect('region', v); },
        get position() { return props.position; },
        get article() { return props.article === '1' || props.article === 'true'; },
        // download="0" turns the Download menu off.
        get download() { return props.download !== '0' && props.download !== 'false'; },
        layout: 'embed',
        oncompare: (compare: string | null) => {
          this.dispatchEvent(new CustomEvent('compareselect', { detail: { compare }, bubbles: true, composed: true }));
        },
        ondate: (date: string) => {
          this.dispatchEvent(new CustomEvent('dateselect', { detail: { date }, bubbles: true, composed: true }));
        },
        onselect: (region: string | null) => {
          this.dispatchEvent(new CustomEvent('regionselect', { detail: { region }, bubbles: true, composed: true }));
        },
        onposition: (position: string | null) => {
          this.dispatchEvent(new CustomEvent('positionselect', { detail: { position }, bubbles: true, composed: true }));
        },
      },
    });
  }

  disconnectedCallback() {
    if (!this.#app) return;
    void unmount(this.#app);
    this.#app = null;
    this.shadowRoot!.replaceChildren();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null) {
    if ((ATTRS as readonly string[]).includes(name)) this.#props[name as Attr] = value;
  }

  get story() { return this.getAttribute('story'); }
  set story(v: string | null) { this.#reflect('story', v); }
  get conflict() { return this.getAttribute('conflict'); }
  set conflict(v: string | null) { this.#reflect('conflict', v); }
  get region() { return this.getAttribute('region'); }
  set region(v: string | null) { this.#reflect('region', v); }
  get control() { return this.getAttribute('control'); }
  set control(v: string | null) { this.#reflect('control', v); }
  override get lang() { return this.getAttribute('lang') ?? ''; }
  override set lang(v: string) { this.#reflect('lang', v); }
  get position() { return this.getAttribute('position'); }
  set position(v: string | null) { this.#reflect('position', v); }
  get date() { return this.getAttribute('date'); }
  set date(v: string | null) { this.#reflect('date', v); }
  get compare() { return this.getAttribute('compare'); }
  set compare(v: string | null) { this.#reflect('compare', v); }
  get theme() { return this.getAttribute('theme'); }
  set theme(v: string | null) { this.#reflect('theme', v); }

  #reflect(name: Attr, v: string | null) {
    if (v === null) this.removeAttribute(name);
    else this.setAttribute(name, v);
  }
}

if (!customElements.get('claimline-map')) customElements.define('claimline-map', ClaimlineMapElement);
