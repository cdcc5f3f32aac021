import 'leaflet';

declare module 'leaflet' {
  // Leaflet passes a GeoJSON layer's options on to each path it creates, renderer included;
  // @types/leaflet does not say so.
  interface GeoJSONOptions {
    renderer?: Renderer;
  }
}
