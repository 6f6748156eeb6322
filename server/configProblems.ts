import proxyAddr from 'proxy-addr';
import { isLoopbackHost, type ServerConfig } from './config.ts';

/**
 * Request headers a browser, HTTP client or ordinary proxy sets or passes on by itself. An SSO
 * proxy's identity header must be one only that proxy sets, so none of these can be it.
 */
const STANDARD_REQUEST_HEADER =
  /^(host|origin|cookie|authorization|proxy-.*|content-.*|accept(-.*)?|user-agent|referer|from|connection|keep-alive|te|trailer|transfer-encoding|upgrade|expect|range|if-.*|cache-control|pragma|priority|dnt|date|via|max-forwards|forwarded|x-forwarded-(for|host|proto|port|prefix)|x-real-ip|sec-.*|upgrade-insecure-requests|x-requested-with)$/;

function addressListProblem(variable: string, values: readonly string[]): string | null {
  try {
    proxyAddr.compile([...values]);
    return null;
  } catch (error) {
    return `${variable}="${values.join(',')}" is not a list of addresses or CIDRs: ${(error as Error).message}.`;
  }
}

/** Reasons the production server must refuse to start; empty when the configuration is safe. */
export function configProblems(config: ServerConfig): string[] {
  const problems: string[] = [];
  const { auth } = config;
  const publicBind = !isLoopbackHost(config.host);
  if (auth.mode === null) {
    problems.push(`CONSOLE_AUTH="${auth.rawMode}" is not a known mode; use "header" or "basic".`);
  }
  if (auth.mode === 'none' && publicBind) {
    problems.push(
      `Refusing to listen on ${config.host} without access control: anyone who can reach it could ` +
        'read calls and stop them with the organisation-wide key. Set CONSOLE_AUTH=header (behind ' +
        'an SSO proxy that sets CONSOLE_AUTH_HEADER) or CONSOLE_AUTH=basic with CONSOLE_USERS_FILE, ' +
        'or bind HOST=127.0.0.1.',
    );
  }
  if (auth.mode === 'basic' && !auth.usersFile) {
    problems.push('CONSOLE_AUTH=basic needs CONSOLE_USERS_FILE (lines of user:bcrypt-hash).');
  }
  if (auth.mode === 'header') {
    if (!/^[a-z0-9-]+$/.test(auth.header)) {
      problems.push(`CONSOLE_AUTH_HEADER="${auth.header}" is not a valid header name.`);
    } else if (STANDARD_REQUEST_HEADER.test(auth.header)) {
      problems.push(
        `CONSOLE_AUTH_HEADER="${auth.header}" is a standard request header that browsers and ` +
          'clients set themselves; use the header only your SSO proxy sets (e.g. X-Forwarded-User).',
      );
    }
    if (publicBind && auth.trustedProxies.length === 0) {
      problems.push(
        `CONSOLE_AUTH=header on ${config.host} needs CONSOLE_TRUSTED_PROXIES (the SSO proxy's ` +
          'addresses or CIDRs): otherwise anyone who reaches the console directly can claim any identity.',
      );
    }
    const bad = addressListProblem('CONSOLE_TRUSTED_PROXIES', auth.trustedProxies);
    if (bad) problems.push(bad);
  }
  if (Array.isArray(config.trustProxy)) {
    if (config.trustProxy.includes('true')) {
      problems.push(
        'CONSOLE_TRUST_PROXY=true would believe any X-Forwarded-For, so clients could pick the IP ' +
          'that rate limits and the audit see. Give the number of proxy hops (e.g. 1) or their addresses.',
      );
    } else {
      const bad = addressListProblem('CONSOLE_TRUST_PROXY', config.trustProxy);
      if (bad) problems.push(bad);
    }
  }
  if (config.redisUrl && !/^rediss?:\/\//.test(config.redisUrl)) {
    problems.push('CONSOLE_REDIS_URL must be a redis:// or rediss:// URL.');
  }
  return problems;
}

/** Worth a warning, not a refusal. */
export function configWarnings(config: ServerConfig): string[] {
  if (!isLoopbackHost(config.host) && config.allowedOrigins.length === 0) {
    return [
      `HOST=${config.host} but no CONSOLE_ORIGIN: only requests whose Host is a loopback name with ` +
        `port ${config.port} are answered (421 otherwise). Set CONSOLE_ORIGIN to the URL browsers use.`,
    ];
  }
  return [];
}
