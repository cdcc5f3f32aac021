import { mount } from 'svelte';
import { afterFirstPaint } from '../lib/afterFirstPaint.ts';
import { keepEarlyRegionClick } from '../lib/earlyRegionClick.ts';
import { writeHashRegion } from './hash.ts';
import 'leaflet/dist/leaflet.css';
import '../components/theme.css';
import './app.css';
import App from './App.svelte';
import { readViewParams } from '../lib/data/viewParams.ts';

// The app's selection lives in the hash (#region=), so ?region= is the embed's alone.
const { story, conflict, control, date, compare, lang, theme, position } = readViewParams(location.search);
const target = document.getElementById('app')!;
// The first view rendered at build time (scripts/prerender.ts) paints first; then the live view
// replaces it in one task, before the next frame (an empty #app: mount at once).
const early = keepEarlyRegionClick(target);
const start = () => {
  const clicked = early();
  // A region clicked on the picture is selected as a click on the live map would (the hash holds the selection).
  if (clicked) history.pushState(null, '', writeHashRegion(location.hash, clicked));
  target.replaceChildren();
  mount(App, { target, props: { story, conflict, control, date, compare, lang, theme, position } });
};
if (target.firstElementChild) afterFirstPaint(start);
else start();
