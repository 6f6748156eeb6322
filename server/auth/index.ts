import type { RequestHandler } from 'express';
import type { ServerConfig } from '../config.ts';
import { basicAuth } from './basic.ts';
import { headerAuth } from './header.ts';
import { signInLimit } from './signInLimit.ts';

export { userOf } from './users.ts';

/** The access-control middleware for the configured mode (a pass-through for "none"). */
export function createAuth(config: ServerConfig): RequestHandler[] {
  const { mode, header, usersFile } = config.auth;
  if (mode === 'header') {
    const { trustedProxies } = config.auth;
    return [headerAuth(header, trustedProxies.length ? trustedProxies : ['loopback'])];
  }
  if (mode === 'basic') {
    if (!usersFile) throw new Error('CONSOLE_AUTH=basic needs CONSOLE_USERS_FILE');
    return [signInLimit(), basicAuth(usersFile)];
  }
  return [];
}
