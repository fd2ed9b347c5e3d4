// zod as the app imports it (eslint allows no other way): told never to compile its checks with
// `new Function`. The page's Content-Security-Policy refuses eval, and with Trusted Types Chromium
// reports zod's probe for it as a policy violation on the console at every start; configured here,
// before any module that imports it can make a schema, the probe never runs.
// eslint-disable-next-line no-restricted-imports -- the one place that imports zod itself
import { z } from 'zod';

z.config({ jitless: true });

export { z };
