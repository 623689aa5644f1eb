import { z } from 'zod';

// Zod compiles object parsers with `new Function` unless told not to, and merely probing for it makes
// the browser report a violation of our Content-Security-Policy (no 'unsafe-eval'). Imported first by
// every module that builds a schema, so that it runs before any schema exists in every bundle and chunk order.
z.config({ jitless: true });
