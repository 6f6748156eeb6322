import express, { type Express } from 'express';
import { createApiProxy, type ApiProxyOptions } from './apiProxy.ts';
import { userOf } from './auth.ts';
import type { ServerConfig } from './config.ts';

export type ConsoleAppOptions = ApiProxyOptions;

/**
 * The console's own endpoints: the config the UI boots from, and the /v1 proxy. The dev server
 * mounts this alone; `npm start` wraps it with auth, security headers and the built files.
 */
export function createConsoleApp(config: ServerConfig, options: ConsoleAppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/console/config', (req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json({
      mode: config.apiKey ? 'live' : 'demo',
      readOnly: config.readOnly,
      user: userOf(req),
    });
  });
  app.use('/v1', createApiProxy(config, options));
  return app;
}
