import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RequestHandler, Response } from 'express';
import { readManifest, routeHints } from './routeHints.ts';

/** Where the page's style nonce is published for script (see CSP_NONCE_SCRIPT). */
export const CSP_NONCE_SCRIPT_PATH = '/console/csp-nonce.js';

/**
 * Radix's dialog (react-remove-scroll-bar via react-style-singleton) injects a <style> element
 * and stamps it with `__webpack_nonce__` when that global exists. Publishing the page's nonce
 * there lets style-src stay free of 'unsafe-inline'. External, because script-src has no
 * 'unsafe-inline' either.
 */
export const CSP_NONCE_SCRIPT = `(function () {
  var meta = document.querySelector('meta[name="csp-nonce"]');
  if (meta) window.__webpack_nonce__ = meta.getAttribute('content');
})();
`;

/** A fresh nonce per response, for the CSP header and the page that goes with it. */
export const cspNonce: RequestHandler = (_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString('base64');
  next();
};

export function nonceOf(res: Response): string {
  return String(res.locals.cspNonce ?? '');
}

/** Tells the SPA its mode up front, so it boots without waiting for /console/config. */
export function modeMeta(mode: 'live' | 'demo'): string {
  return `<meta name="console-mode" content="${mode}" />`;
}

/** Serves dist/index.html with this response's nonce and the script that publishes it. */
export function indexPage(indexFile: string, mode: 'live' | 'demo'): RequestHandler {
  let template: Promise<string> | null = null;
  const manifest = readManifest(path.join(path.dirname(indexFile), '.vite', 'manifest.json'));
  return (req, res, next) => {
    template ??= readFile(indexFile, 'utf8');
    template.then(
      (html) => {
        const head =
          modeMeta(mode) +
          `<meta name="csp-nonce" content="${nonceOf(res)}" />` +
          `<script src="${CSP_NONCE_SCRIPT_PATH}"></script>` +
          routeHints(req.path, mode, manifest);
        res
          .set('Cache-Control', 'no-store')
          .type('html')
          .send(/<\/head>/i.test(html) ? html.replace(/<\/head>/i, `${head}</head>`) : head + html);
      },
      (error: unknown) => {
        template = null; // perhaps not built yet; try again next time
        next(error);
      },
    );
  };
}

export const nonceScript: RequestHandler = (_req, res) => {
  res.set('Cache-Control', 'no-cache').type('text/javascript').send(CSP_NONCE_SCRIPT);
};
