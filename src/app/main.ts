import { mount } from 'svelte';
import 'leaflet/dist/leaflet.css';
import '../components/theme.css';
import './app.css';
import App from './App.svelte';
import { readViewParams } from '../lib/data/viewParams.ts';

// The app's selection lives in the hash (#region=), so ?region= is the embed's alone.
const { story, control, date, compare, lang, theme } = readViewParams(location.search);
mount(App, { target: document.getElementById('app')!, props: { story, control, date, compare, lang, theme } });
