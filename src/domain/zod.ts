/**
 * The app's one entry to zod. Jitless: zod's fast path compiles parsers with `new Function`,
 * and even its probe for that is reported by the strict CSP (no 'unsafe-eval') as a
 * violation on every parse. Every schema imports `z` from here, so the setting comes first.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
