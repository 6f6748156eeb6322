import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Request, RequestHandler, Response } from 'express';
import { readManifest, routeHints, type Manifest, type RouteHintOptions } from './routeHints.ts';

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
  hints: RouteHintOptions = {},
): string {
  return (
    modeMeta(mode) +
    // The app hands it to Radix's one <style> element (src/app/styleNonce.ts).
    `<meta name="csp-nonce" content="${nonceOf(res)}" />` +
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
