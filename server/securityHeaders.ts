import express, { type RequestHandler, type Response, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { nonceOf } from './indexPage.ts';
import type { Logger } from './logger.ts';

export const CSP_REPORT_PATH = '/console/csp-report';

/**
 * The console runs no inline script (theme-init.js is external for that reason), so script-src
 * is just 'self'; style-src adds a per-response nonce (see indexPage.ts). MSW's demo worker needs
 * worker-src 'self'. Signed recordings live on other https hosts: media-src https: plays them, and
 * connect-src https: lets "Download recording" fetch one as a file when its host allows CORS.
 * That opens no new way out for data: media-src https: already allows a GET to any https host.
 * Violations are reported to CSP_REPORT_PATH and logged.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Stylesheets from the build, plus <style> elements carrying this page's nonce.
        styleSrc: ["'self'", (_req, res) => `'nonce-${nonceOf(res as Response)}'`],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", 'https:'],
        mediaSrc: ["'self'", 'https:'],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // report-uri only: Chromium ignores report-uri once report-to is present, and delivers
        // report-to batches up to a minute late; Firefox and Safari read report-uri only.
        reportUri: [CSP_REPORT_PATH],
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    // HSTS only means something over https, where the TLS-terminating proxy should set it.
    strictTransportSecurity: false,
  });
}

function summarise(report: unknown): Record<string, unknown> {
  const r = (report ?? {}) as Record<string, unknown>;
  // report-uri sends {"csp-report": {...}} (kebab-case); report-to sends [{type, body: {...}}].
  const body = (r['csp-report'] ?? r.body ?? r) as Record<string, unknown>;
  const pick = (...names: string[]) => {
    for (const n of names) if (body[n] !== undefined) return String(body[n]).slice(0, 500);
    return undefined;
  };
  return {
    directive: pick('effective-directive', 'effectiveDirective', 'violated-directive'),
    blocked: pick('blocked-uri', 'blockedURL'),
    document: pick('document-uri', 'documentURL'),
    source: pick('source-file', 'sourceFile'),
    line: pick('line-number', 'lineNumber'),
    sample: pick('script-sample', 'sample'),
  };
}

/** Receives CSP violation reports and logs each one as a structured warning. */
export function cspReportRouter(logger: Logger): Router {
  const router = express.Router();
  router.post(
    CSP_REPORT_PATH,
    rateLimit({ windowMs: 60_000, limit: 120, standardHeaders: false, legacyHeaders: false }),
    express.json({
      type: ['application/csp-report', 'application/reports+json', 'application/json'],
      limit: '32kb',
    }),
    (req, res) => {
      const empty = req.body === undefined || Object.keys(req.body as object).length === 0;
      if (empty) {
        // Chromium routes report-uri posts through a page's service worker, and demo mode's MSW
        // worker forwards them without their body: the violation happened, its details are lost.
        logger.log('warn', 'csp violation', {
          directive: 'unknown',
          detail: 'report arrived without a body',
        });
      }
      const reports: unknown[] = empty ? [] : Array.isArray(req.body) ? req.body : [req.body];
      for (const report of reports.slice(0, 20)) {
        const fields = summarise(report);
        if (fields.directive || fields.blocked) logger.log('warn', 'csp violation', fields);
        else
          logger.log('info', 'unrecognised csp report', { contentType: req.get('content-type') });
      }
      res.status(204).end();
    },
  );
  return router;
}
