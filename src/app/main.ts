import { mount } from 'svelte';
import 'leaflet/dist/leaflet.css';
import '../components/theme.css';
import './app.css';
import App from './App.svelte';

const params = new URLSearchParams(location.search);
mount(App, {
  target: document.getElementById('app')!,
  props: {
    story: params.get('story'),
    control: params.get('control'),
    lang: params.get('lang'),
    theme: params.get('theme'),
  },
});
