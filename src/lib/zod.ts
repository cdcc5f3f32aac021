/**
 * The one way this project imports zod: in jitless mode, so validation never
 * compiles code with `new Function` and runs under a strict Content Security
 * Policy (`script-src 'self'`, no 'unsafe-eval') without a violation report.
 * zod reads the setting when a schema is built, so every schema module imports
 * `z` from here, never from 'zod' directly.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
