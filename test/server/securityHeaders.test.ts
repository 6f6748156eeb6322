// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { raw } from './support/consoleServer.ts';
import { setupInProcessServer } from './support/fixtures.ts';

const server = setupInProcessServer(() => ({}), { withAudit: false });

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
}

describe('security headers', () => {
  it.each(['/calls/abc', '/console/config', '/v1/calls/cursor', '/assets/index-AbC123.js'])(
    'are on every response (%s)',
    async (path) => {
      const res = await raw(server.url, 'GET', path, { Accept: 'text/html' });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-powered-by']).toBeUndefined();
      const csp = directives(String(res.headers['content-security-policy']));
      expect(csp.get('default-src')).toBe("'self'");
      // No inline script, no eval, no other origins.
      expect(csp.get('script-src')).toBe("'self'");
      expect(csp.get('style-src')).toMatch(/^'self' 'nonce-[A-Za-z0-9+/]{22}==' ?$/);
      expect(csp.get('object-src')).toBe("'none'");
      expect(csp.get('base-uri')).toBe("'none'");
      expect(csp.get('frame-ancestors')).toBe("'none'");
      expect(csp.get('media-src')).toBe("'self' https:");
      expect(csp.get('worker-src')).toBe("'self'");
      // https: for the recording download (a signed link on another host), as media-src.
      expect(csp.get('connect-src')).toBe("'self' https:");
      expect(csp.get('report-uri')).toBe('/console/csp-report');
    },
  );

  it('logs CSP violation reports in both report formats', async () => {
    const legacy = await raw(server.url, 'POST', '/console/csp-report', {
      'Content-Type': 'application/csp-report',
    });
    expect(legacy.status).toBe(204); // a body-less report still says a violation happened
    const res = await fetch(`${server.url}/console/csp-report`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/csp-report' },
      body: JSON.stringify({
        'csp-report': {
          'document-uri': 'http://127.0.0.1/calls',
          'violated-directive': 'script-src-elem',
          'effective-directive': 'script-src-elem',
          'blocked-uri': 'inline',
        },
      }),
    });
    expect(res.status).toBe(204);
    const modern = await fetch(`${server.url}/console/csp-report`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/reports+json' },
      body: JSON.stringify([
        {
          type: 'csp-violation',
          body: { effectiveDirective: 'img-src', blockedURL: 'https://x.example/a.png' },
        },
      ]),
    });
    expect(modern.status).toBe(204);
    const violations = server.logs
      .filter((l) => l.includes('"csp violation"'))
      .map((l) => JSON.parse(l));
    expect(violations).toEqual([
      expect.objectContaining({ level: 'warn', directive: 'unknown' }),
      expect.objectContaining({ level: 'warn', directive: 'script-src-elem', blocked: 'inline' }),
      expect.objectContaining({
        level: 'warn',
        directive: 'img-src',
        blocked: 'https://x.example/a.png',
      }),
    ]);
  });
});

describe('serving the built console', () => {
  it('falls back to index.html for page navigations only', async () => {
    const page = await raw(server.url, 'GET', '/calls/abc', { Accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>console</title>');
    expect(page.headers['cache-control']).toBe('no-store');
    const navigation = await raw(server.url, 'GET', '/agents/x', { 'Sec-Fetch-Dest': 'document' });
    expect(navigation.status).toBe(200);
    const script = await raw(server.url, 'GET', '/calls/abc', {
      'Sec-Fetch-Dest': 'script',
      Accept: '*/*',
    });
    expect(script.status).toBe(404);
  });

  it('stamps each page with its own style nonce, in a meta tag and no extra head script', async () => {
    const first = await raw(server.url, 'GET', '/', { Accept: 'text/html' });
    const second = await raw(server.url, 'GET', '/calls', { Accept: 'text/html' });
    const nonces = [first, second].map((res) => {
      const header = /'nonce-([^']+)'/.exec(String(res.headers['content-security-policy']))![1];
      const meta = /<meta name="csp-nonce" content="([^"]+)"/.exec(res.body)![1];
      expect(meta).toBe(header);
      // The app publishes it (src/app/styleNonce.ts): no parser-blocking script for it.
      expect(res.body).not.toContain('csp-nonce.js');
      return meta;
    });
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('answers 404 for missing assets, even to a navigation', async () => {
    for (const path of [
      '/assets/missing-123.js',
      '/missing.js',
      '/favicon.png',
      '/console/csp-nonce.js',
    ]) {
      const res = await raw(server.url, 'GET', path, { Accept: 'text/html' });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('<title>console</title>');
    }
  });

  it('caches hashed assets for a year as immutable, other files not', async () => {
    const asset = await raw(server.url, 'GET', '/assets/index-AbC123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const theme = await raw(server.url, 'GET', '/theme-init.js');
    expect(theme.headers['cache-control']).toBe('public, max-age=0');
  });

  it('answers /healthz', async () => {
    const res = await raw(server.url, 'GET', '/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true });
  });
});
