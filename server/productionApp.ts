import path from 'node:path';
import express, { type Express } from 'express';
import { createConsoleApp } from './consoleApp.ts';
import type { ServerConfig } from './config.ts';

/** The built console (dist/) plus the console app. Security hardening lives in issue 6. */
export function createProductionApp(config: ServerConfig, distDir: string): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(createConsoleApp(config));
  app.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), {
      immutable: true,
      maxAge: '1y',
      fallthrough: false,
    }),
  );
  app.use(express.static(distDir, { index: false, maxAge: 0 }));
  // SPA fallback for page navigations only; a missing asset stays a 404.
  app.get(/^\/(?!v1\/|console\/|assets\/).*/, (req, res, next) => {
    if (!req.accepts('html') || path.extname(req.path)) {
      next();
      return;
    }
    res.set('Cache-Control', 'no-cache');
    res.sendFile(path.join(distDir, 'index.html'));
  });
  return app;
}
