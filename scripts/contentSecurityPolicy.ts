import type { Plugin } from 'vite';

/**
 * The app's Content-Security-Policy (SPEC §5: no network, user text only as text). Everything comes
 * from the app's own origin; the exceptions, each needed by something named:
 * - `img-src data: blob:` — html-to-image draws the canvas PNG by loading the drawing as a
 *   `data:image/svg+xml` image, and downloads are handed over as `blob:` URLs.
 * - `style-src 'unsafe-inline'` is NOT granted: React, React Flow and recharts set styles through the
 *   CSSOM (`element.style`), which CSP does not govern; the e2e safety spec fails on any violation.
 * No `'unsafe-eval'`, no inline scripts, no other origin anywhere; `connect-src 'self'` covers the
 * service worker's own fetches of the app's files. `frame-ancestors` cannot be set from a meta tag.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Puts the policy in the built index.html as the first tag of <head>. Not in the dev server: Vite's
 * dev client and React Refresh need an inline script and a websocket; the e2e spec checks the build.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'meridian-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' }],
  };
}
