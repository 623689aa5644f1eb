import { z } from 'zod';

// Zod compiles object parsers with `new Function` unless told not to, and merely probing for it makes
// the browser report a violation of our Content-Security-Policy (no 'unsafe-eval'). Imported first by
// main.tsx, before anything parses.
z.config({ jitless: true });
