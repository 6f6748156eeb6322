import express, { type Express } from 'express';
import { createApiProxy, type ApiProxyHooks } from './apiProxy.ts';
import type { ServerConfig } from './config.ts';

export interface ConsoleAppOptions {
  hooks?: ApiProxyHooks;
  /** Resolves the signed-in user's display name (production auth modes). */
  userOf?: (req: express.Request) => string | null;
}

/** The console's own endpoints: the config the UI boots from, and the /v1 proxy. */
export function createConsoleApp(config: ServerConfig, options: ConsoleAppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/console/config', (req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json({
      mode: config.apiKey ? 'live' : 'demo',
      readOnly: config.readOnly,
      user: options.userOf?.(req) ?? null,
    });
  });
  app.use('/v1', createApiProxy(config, options.hooks));
  return app;
}
