/**
 * The Content Security Policy Forge serves Custom UI under: "All scripts and assets used in your
 * Custom UI app must come from the same resource directory", "you cannot fetch APIs from your static
 * assets", and "By default, Atlassian blocks any policies that are considered unsafe": no inline
 * scripts, no `eval` or `new Function`, no inline styles, unless the manifest's
 * `permissions.content.scripts` / `permissions.content.styles` allow them ('unsafe-inline',
 * 'unsafe-eval', 'unsafe-hashes', 'blob:' or a hash for scripts; 'unsafe-inline' for styles).
 * The exact default header is undocumented: this is the strict reading of those rules.
 * https://developer.atlassian.com/platform/forge/custom-ui/  ·  .../manifest-reference/permissions/
 */
import type { ForgeManifest } from './manifest';

function sources(values: readonly string[]): string {
  return values.map((v) => (v.startsWith('sha') || v === 'blob:' ? (v === 'blob:' ? v : `'${v}'`) : `'${v}'`)).join(' ');
}

export function contentSecurityPolicy(manifest: ForgeManifest): string {
  const { scripts, styles } = manifest.contentPermissions;
  const extra = (values: readonly string[]) => (values.length ? ` ${sources(values)}` : '');
  return [
    "default-src 'self'",
    // 'report-sample' allows nothing: it puts the first characters of a blocked inline script or style in the report.
    `script-src 'self' 'report-sample'${extra(scripts)}`,
    `style-src 'self' 'report-sample'${extra(styles)}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Shown only inside the site's pages (here the host under either local name, host-bridge.ts).
    "frame-ancestors 'self' http://localhost:* http://127.0.0.1:*",
  ].join('; ');
}
