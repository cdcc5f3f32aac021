import { mount } from 'svelte';
import 'leaflet/dist/leaflet.css';
import '../components/theme.css';
import './author.css';
import Author from './Author.svelte';

mount(Author, { target: document.getElementById('app')! });
