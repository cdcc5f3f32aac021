/** Entry of dist/embed-schemas.js: publishes the validators for the iframe build (see loadSchemas.classic.ts). */
import * as schemas from './schemaBundle.ts';

(globalThis as { claimlineSchemas?: typeof schemas }).claimlineSchemas = schemas;
