/** Entry of dist/embed.html: the compact widget for iframes. */
import { mount } from 'svelte';
import { afterFirstPaint } from '../lib/afterFirstPaint.ts';
import { keepEarlyRegionClick } from '../lib/earlyRegionClick.ts';
import 'leaflet/dist/leaflet.css';
import '../components/theme.css';
import './frame.css';
import Claimline from '../components/Claimline.svelte';
import { RESIZE_MESSAGE, type ResizeMessage } from './protocol.ts';
import { readViewParams } from '../lib/data/viewParams.ts';

const target = document.getElementById('app')!;
// The first view rendered at build time (scripts/prerender.ts) paints first; then the live view
// replaces it in one task, before the next frame (an empty #app: mount at once).
const early = keepEarlyRegionClick(target);
const start = () => {
  const params = readViewParams(location.search);
  // A region clicked on the picture opens selected.
  const region = early() ?? params.region;
  target.replaceChildren();
  mount(Claimline, { target, props: { ...params, region, layout: 'embed' } });
};
if (target.firstElementChild) afterFirstPaint(start);
else start();

// Tell the host page our height whenever it changes (see src/embed/loader.ts).
if (parent !== window) {
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const msg: ResizeMessage = { type: RESIZE_MESSAGE, height };
    parent.postMessage(msg, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
