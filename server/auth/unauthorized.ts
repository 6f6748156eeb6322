import type { Response } from 'express';

export function unauthorized(res: Response, basic: boolean): void {
  if (basic) res.set('WWW-Authenticate', 'Basic realm="OneInbox Call Console", charset="UTF-8"');
  res.status(401).set('Cache-Control', 'no-store').json({ detail: 'Sign in to use the console.' });
}
