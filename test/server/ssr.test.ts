// @vitest-environment node
// Issue 15: /calls/:id rendered on the server in live mode, through the upstream module.
import { describe, expect, it } from 'vitest';
import * as renderer from '../../src/entry-server.ts';
import { FAKE_KEY, FAKE_STYLESHEET, raw } from './support/consoleServer.ts';
import { setupFakeUpstream, setupServersPerTest } from './support/fixtures.ts';

const upstream = setupFakeUpstream();
const servers = setupServersPerTest();

const COOKIE = `console-formatting=${encodeURIComponent('en-GB Europe/London')}`;
const PAGE = { Accept: 'text/html', Cookie: COOKIE };

const call = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  status: 'completed',
  type: 'inbound',
  direction: 'inbound',
  agent_id: 'agent_1',
  from_number: '+15551234567',
  to_number: '+15557654321',
  started_at: '2026-01-05T10:00:00Z',
  ended_at: '2026-01-05T10:03:00Z',
  duration_seconds: 180,
  ai_summary: 'Caller booked a cleaning for Tuesday.',
  messages: [
    { role: 'agent', content: 'Hello, thanks for calling Bright Dental.' },
    { role: 'user', content: 'I would like to book a cleaning.' },
  ],
  ...extra,
});

function answerWith(body: string | object, { delayMs = 0, status = 200 } = {}) {
  upstream.handle((_req, res) => {
    setTimeout(() => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    }, delayMs);
  });
}

async function ssrServer(env: Record<string, string> = {}) {
  return servers.inProcess(
    { ONEINBOX_API_URL: upstream.url, ...env },
    { withAudit: false, renderer, ssrApiBudgetMs: 300 },
  );
}

/** The call data block's text, and the page with it removed. */
function dataBlock(html: string) {
  const match = /<script type="application\/json" id="console-ssr">([\s\S]*?)<\/script>/.exec(html);
  return match?.[1] ?? null;
}

const ENTRY_TAG = '<script type="module" crossorigin src="/assets/index-AbC123.js"></script>';
const HYDRATE_PRELOAD = '<link rel="modulepreload" href="/assets/hydrate-AbC123.js" />';
const START_TAG =
  '<script async src="/start-after-paint.js" data-entry="/assets/index-AbC123.js" ' +
  'data-chunks="/assets/CallPage-AbC123.js /assets/hydrate-AbC123.js"></script>';
/** Every module script element. */
const scriptTags = (html: string) =>
  html.match(/<script\b[^>]*\btype="module"[^>]*><\/script>/g) ?? [];

/** Every <script> that a browser would run: anything but a JSON data block. */
function executableInlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs = '', body = '']) => {
      if (/\btype="application\/json"/i.test(attrs)) return false;
      return body.trim() !== '' || !/\bsrc=/i.test(attrs);
    })
    .map(([whole]) => whole);
}

describe('server-rendered call page', () => {
  it('renders the header, summary and first lines, with the call as a JSON block', async () => {
    answerWith(call('call_1'));
    const server = await ssrServer();
    const res = await raw(server.url, 'GET', '/calls/call_1', PAGE);
    expect(res.status).toBe(200);
    expect(res.body).toContain('Caller booked a cleaning for Tuesday.');
    expect(res.body).toContain('Hello, thanks for calling Bright Dental.');
    // One read, through the upstream module: the key, the allowlisted path.
    expect(upstream.seen).toHaveLength(1);
    expect(upstream.seen[0]).toMatchObject({ method: 'GET', url: '/v1/calls/call_1' });
    expect(upstream.seen[0]!.headers.authorization).toBe(`Bearer ${FAKE_KEY}`);
    const data = JSON.parse(dataBlock(res.body) ?? 'null') as renderer.SsrData;
    expect(data).toMatchObject({ callId: 'call_1', locale: 'en-GB', timeZone: 'Europe/London' });
    expect((data.call as { id: string }).id).toBe('call_1');
    // The page carries the call: no preload that would fetch it a second time.
    expect(res.body).not.toContain('rel="preload" as="fetch"');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(executableInlineScripts(res.body)).toEqual([]);
  });

  it('asks for the app only after the embedded call, through start-after-paint.js', async () => {
    answerWith(call('call_1'));
    const server = await ssrServer();
    const res = await raw(server.url, 'GET', '/calls/call_1', PAGE);
    // Nothing before the first screen fetches script: the page's first frame competes with none.
    expect(res.body).not.toContain('type="module"');
    expect(res.body).not.toContain('modulepreload');
    const dataAt = res.body.indexOf('id="console-ssr"');
    expect(dataAt).toBeGreaterThan(res.body.indexOf('Bright Dental'));
    expect(res.body.indexOf(START_TAG)).toBeGreaterThan(dataAt);
  });

  it('sends the app while the API is slow to answer, and then no starter', async () => {
    answerWith(call('call_1'), { delayMs: 200 });
    const server = await ssrServer();
    const res = await raw(server.url, 'GET', '/calls/call_1', PAGE);
    expect(res.body).toContain('Bright Dental'); // rendered: 200 ms is within the budget
    const rootAt = res.body.indexOf('<div id="root">');
    expect(scriptTags(res.body)).toEqual([ENTRY_TAG]);
    expect(res.body.indexOf(ENTRY_TAG)).toBeLessThan(rootAt);
    expect(res.body.indexOf(HYDRATE_PRELOAD)).toBeLessThan(rootAt);
    expect(res.body.indexOf(HYDRATE_PRELOAD)).toBeGreaterThan(res.body.indexOf('</head>'));
    expect(res.body).not.toContain('start-after-paint');
  });

  it('inlines the stylesheet under this response’s nonce: the first paint waits for no request', async () => {
    answerWith(call('call_1'));
    const server = await ssrServer();
    const res = await raw(server.url, 'GET', '/calls/call_1', PAGE);
    const nonce = /style-src [^;]*'nonce-([^']+)'/.exec(
      String(res.headers['content-security-policy']),
    )?.[1];
    expect(nonce).toBeTruthy();
    expect(res.body).toContain(`<style nonce="${nonce}">${FAKE_STYLESHEET}</style>`);
    expect(res.body).not.toContain('rel="stylesheet"');
    // A page the browser renders keeps the link: its sheet is cached across pages.
    const first = await raw(server.url, 'GET', '/calls/call_1', { Accept: 'text/html' });
    expect(first.body).toContain('rel="stylesheet"');
    expect(first.body).not.toContain(FAKE_STYLESHEET);
  });

  it('formats times in the reader’s zone, from the cookie', async () => {
    answerWith(call('call_1'));
    const server = await ssrServer();
    const tokyo = `console-formatting=${encodeURIComponent('en-US Asia/Tokyo')}`;
    const res = await raw(server.url, 'GET', '/calls/call_1', { ...PAGE, Cookie: tokyo });
    // 10:00 UTC is 19:00 in Tokyo.
    expect(res.body).toMatch(/07:00:00\s?PM/);
  });

  it('keeps call text inside the data block: </script>, <!-- and U+2028/2029 are escaped', async () => {
    const nasty = '</script><script>alert(1)</script><!-- \u2028\u2029 & </SCRIPT >';
    answerWith(call('call_1', { ai_summary: nasty, messages: [{ role: 'user', content: nasty }] }));
    const server = await ssrServer();
    const res = await raw(server.url, 'GET', '/calls/call_1', PAGE);
    const block = dataBlock(res.body);
    expect(block).not.toBeNull();
    expect(block).not.toMatch(/[<>\u2028\u2029]/);
    expect(block).not.toMatch(/&(?!quot;)/); // & only as \u0026
    const data = JSON.parse(block!) as renderer.SsrData;
    expect((data.call as { ai_summary: string }).ai_summary).toBe(nasty);
    // The rendered text is escaped by React, so nothing of it runs either.
    expect(executableInlineScripts(res.body)).toEqual([]);
    expect(res.body).not.toContain('<script>alert(1)');
  });

  it('falls back to the browser-rendered page when the API is slower than its budget', async () => {
    answerWith(call('call_1'), { delayMs: 700 });
    const server = await ssrServer();
    const started = performance.now();
    const res = await raw(server.url, 'GET', '/calls/call_1', PAGE);
    expect(performance.now() - started).toBeLessThan(650);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<div id="root"></div>');
    // The app went out while the API was awaited, once.
    expect(scriptTags(res.body)).toEqual([ENTRY_TAG]);
    expect(res.body).not.toContain('start-after-paint');
    expect(dataBlock(res.body)).toBeNull();
    expect(res.body).not.toContain('Bright Dental');
  });

  it.each([
    ['an error status', () => answerWith({ detail: 'Not found' }, { status: 404 })],
    ['a body that is not JSON', () => answerWith('{"id": "call_1", "messages": [')],
    ['JSON that is not a call', () => answerWith([1, 2, 3])],
    [
      'a call that breaks rendering',
      () => answerWith(call('call_1', { messages: null, transcript: { evil: true } })),
    ],
  ])('falls back to the browser-rendered page on %s, never a 500', async (_name, arrange) => {
    arrange();
    const server = await ssrServer();
    const res = await raw(server.url, 'GET', '/calls/call_1', PAGE);
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/<div id="root">(<\/div>|<)/);
    expect(executableInlineScripts(res.body)).toEqual([]);
    if (dataBlock(res.body) === null) {
      // The browser renders: the app's script once, after the empty root.
      expect(scriptTags(res.body)).toEqual([ENTRY_TAG]);
      expect(res.body).toContain(`<div id="root"></div>${ENTRY_TAG}`);
      expect(res.body).not.toContain('start-after-paint');
    } else {
      // Rendered after all (a call the console can show, oddities and all): the starter.
      expect(scriptTags(res.body)).toEqual([]);
      expect(res.body).toContain(START_TAG);
    }
  });

  it('falls back when rendering throws, and still serves a page', async () => {
    answerWith(call('call_1'));
    const server = await servers.inProcess(
      { ONEINBOX_API_URL: upstream.url },
      {
        withAudit: false,
        renderer: { ...renderer, renderCallPage: () => Promise.reject(new Error('render broke')) },
      },
    );
    const res = await raw(server.url, 'GET', '/calls/call_1', PAGE);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<div id="root"></div>');
    expect(server.logs.join('\n')).toMatch(/fell back to the browser.*render broke/);
  });

  it('renders a call with schema issues (lazy JSON tree) without inline script', async () => {
    answerWith(call('call_1', { messages: null, transcript: { evil: true }, status: 7 }));
    const server = await ssrServer();
    const res = await raw(server.url, 'GET', '/calls/call_1', PAGE);
    expect(dataBlock(res.body)).not.toBeNull();
    expect(executableInlineScripts(res.body)).toEqual([]);
  });

  it('paints in the theme the browser last showed, without waiting for theme-init.js', async () => {
    answerWith(call('call_1'));
    const server = await ssrServer();
    const page = (theme: string) =>
      raw(server.url, 'GET', '/calls/call_1', {
        ...PAGE,
        Cookie: `${COOKIE}; console-theme=${theme}`,
      });
    const dark = await page('dark');
    expect(dark.body).toContain('<html lang="en" class="dark">');
    expect(dark.body).not.toContain('theme-init.js');
    // The toggle offers what the reader can switch to, and hydrates from the same theme.
    expect(dark.body).toContain('aria-label="Switch to light theme"');
    expect(JSON.parse(dataBlock(dark.body) ?? 'null')).toMatchObject({ theme: 'dark' });
    const light = await page('light');
    expect(light.body).toContain('<html lang="en">');
    expect(light.body).not.toContain('theme-init.js');
    expect(light.body).toContain('aria-label="Switch to dark theme"');
    // Anything else is not a theme: the page waits for theme-init.js as before.
    for (const forged of ['dark%22%20onload%3D%22x', 'DARK', '']) {
      const res = await page(forged);
      expect(res.body).toContain('<html lang="en">');
      expect(res.body).toContain('<script src="/theme-init.js"></script>');
    }
  });

  it.each([
    ['a HEAD', 'HEAD', {}],
    ['a body', 'GET', { 'Content-Length': '5' }],
    ['Transfer-Encoding', 'GET', { 'Transfer-Encoding': 'chunked' }],
    ['Expect', 'GET', { Expect: '100-continue' }],
  ])(
    'reads nothing from the API for %s: the page the browser renders',
    async (_n, method, extra) => {
      answerWith(call('call_1'));
      const server = await ssrServer();
      const res = await raw(server.url, method, '/calls/call_1', { ...PAGE, ...extra });
      expect(res.status).toBe(200);
      expect(upstream.seen).toHaveLength(0);
      expect(dataBlock(res.body)).toBeNull();
    },
  );

  it('renders in the browser on a first visit (no formatting cookie yet)', async () => {
    answerWith(call('call_1'));
    const server = await ssrServer();
    const res = await raw(server.url, 'GET', '/calls/call_1', { Accept: 'text/html' });
    expect(res.body).toContain('<div id="root"></div>');
    expect(upstream.seen).toEqual([]);
  });

  it('renders only for an authenticated request (basic and header auth)', async () => {
    answerWith(call('call_1'));
    const header = await ssrServer({ CONSOLE_AUTH: 'header' });
    const anonymous = await raw(header.url, 'GET', '/calls/call_1', PAGE);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).not.toContain('Bright Dental');
    expect(upstream.seen).toEqual([]);
    const signedIn = await raw(header.url, 'GET', '/calls/call_1', {
      ...PAGE,
      'X-Forwarded-User': 'ada@example.com',
    });
    expect(signedIn.body).toContain('Bright Dental');
    const data = JSON.parse(dataBlock(signedIn.body)!) as renderer.SsrData;
    expect(data.config).toEqual({ mode: 'live', readOnly: false, user: 'ada@example.com' });
  });

  it('carries read-only into the rendered page and its config', async () => {
    answerWith(call('call_1', { status: 'in_progress', ended_at: null }));
    const server = await ssrServer({ CONSOLE_READ_ONLY: 'true' });
    const res = await raw(server.url, 'GET', '/calls/call_1', PAGE);
    const data = JSON.parse(dataBlock(res.body)!) as renderer.SsrData;
    expect(data.config.readOnly).toBe(true);
    expect(executableInlineScripts(res.body)).toEqual([]);
  });

  it('does not serve the server build as a file', async () => {
    const server = await ssrServer();
    const res = await raw(server.url, 'GET', '/server/entry-server.js');
    expect(res.status).toBe(404);
  });
});

describe('the server-rendered page is behind the same boundary as /v1', () => {
  it('carries no API header and no echoed key, only the console’s own headers', async () => {
    upstream.handle((req, res) => {
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Access-Control-Allow-Origin': '*',
        'Content-Security-Policy': "script-src * 'unsafe-inline'",
        'Set-Cookie': 'api=1',
        Server: 'hostile-api',
        'X-Frame-Options': 'ALLOWALL',
      });
      res.end(JSON.stringify(call('call_1', { ai_summary: `echo ${req.headers.authorization}` })));
    });
    const server = await ssrServer();
    const res = await raw(server.url, 'GET', '/calls/call_1', PAGE);
    expect(res.status).toBe(200);
    expect(dataBlock(res.body)).not.toBeNull();
    expect(res.body).not.toContain(FAKE_KEY);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers.server).toBeUndefined();
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['x-frame-options']).not.toBe('ALLOWALL');
  });

  it('refuses a foreign Host before reading the call', async () => {
    answerWith(call('call_1'));
    const server = await ssrServer();
    const res = await raw(server.url, 'GET', '/calls/call_1', { ...PAGE, Host: 'rebind.example' });
    expect(res.status).toBe(421);
    expect(res.body).not.toContain('Bright Dental');
    expect(upstream.seen).toEqual([]);
  });
});
