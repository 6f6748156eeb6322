import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Request, RequestHandler, Response } from 'express';
import { readManifest, routeHints, type Manifest } from './routeHints.ts';

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

/** What every page's head gets: the mode, this response's nonce, the route's hints. */
export function headExtras(
  req: Request,
  res: Response,
  mode: 'live' | 'demo',
  manifest: Manifest | null,
  hints: { fetchCall?: boolean } = {},
): string {
  return (
    modeMeta(mode) +
    `<meta name="csp-nonce" content="${nonceOf(res)}" />` +
    `<script src="${CSP_NONCE_SCRIPT_PATH}"></script>` +
    routeHints(req.path, mode, manifest, hints)
  );
}

/** The built index.html with `extras` at the end of its head. */
export function withHead(html: string, extras: string): string {
  return /<\/head>/i.test(html) ? html.replace(/<\/head>/i, `${extras}</head>`) : extras + html;
}

/** dist/index.html, read once (again after a failed read: perhaps not built yet). */
export function indexTemplate(indexFile: string): () => Promise<string> {
  let template: Promise<string> | null = null;
  return () => {
    template ??= readFile(indexFile, 'utf8');
    return template.catch((error: unknown) => {
      template = null;
      throw error;
    });
  };
}

export function manifestNextTo(indexFile: string): Manifest | null {
  return readManifest(path.join(path.dirname(indexFile), '.vite', 'manifest.json'));
}

/** Serves dist/index.html with this response's nonce and the script that publishes it. */
export function indexPage(indexFile: string, mode: 'live' | 'demo'): RequestHandler {
  const template = indexTemplate(indexFile);
  const manifest = manifestNextTo(indexFile);
  return (req, res, next) => {
    template().then((html) => {
      res
        .set('Cache-Control', 'no-store')
        .type('html')
        .send(withHead(html, headExtras(req, res, mode, manifest)));
    }, next);
  };
}

export const nonceScript: RequestHandler = (_req, res) => {
  res.set('Cache-Control', 'no-cache').type('text/javascript').send(CSP_NONCE_SCRIPT);
};
