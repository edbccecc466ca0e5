/**
 * Forge serves Custom UI under a Content Security Policy without 'unsafe-eval' (manifest.yml asks
 * for none). zod compiles object parsers with `new Function` unless told not to, and its probe for
 * that (`new Function("")` in a try) is itself reported as a violation; jitless mode never tries.
 * https://developer.atlassian.com/platform/forge/manifest-reference/permissions/ (content) · https://zod.dev/api?id=jitless
 */
import { config } from 'zod/v4/core';

// The core's config is the one every zod schema reads; importing it alone keeps zod out of bundles that use no schema.
config({ jitless: true });
