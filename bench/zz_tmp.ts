import { DIST, launchChromium, serveStatic } from '../tests/e2e/harness.ts';
import { bareLeafletRoutes, clickToPanel, measureStaticFirstView } from './firstView.ts';
const server = await serveStatic([DIST], { routes: bareLeafletRoutes() });
const browser = await launchChromium();
try {
  console.log('bare', await measureStaticFirstView(browser, server, '/bare.html', 'path[data-region]', 'path[data-region]', 3));
  for (const p of ['/index.html', '/embed.html']) {
    console.log(p, await measureStaticFirstView(browser, server, p, '.cl-static path[data-region][role="button"]', '.leaflet-container path[data-region]', 3));
    console.log(p, 'click before', await clickToPanel(browser, server, p, true, 2), 'after', await clickToPanel(browser, server, p, false, 2));
  }
} finally { await browser.close(); await server.close(); }
