// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PRECOMPRESSED_TEXT, raw } from './support/consoleServer.ts';
import { setupInProcessServer } from './support/fixtures.ts';

const server = setupInProcessServer(() => ({}), { withAudit: false });

describe('built assets', () => {
  // fetch decodes the body itself, so the text says which file the server sent.
  it('serves the build’s brotli copy when the browser accepts it', async () => {
    const res = await fetch(`${server.url}/assets/index-AbC123.js`, {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(PRECOMPRESSED_TEXT.br);
  });

  it('falls back to the gzip copy, and to the plain file', async () => {
    const gz = await fetch(`${server.url}/assets/index-AbC123.js`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toBe(PRECOMPRESSED_TEXT.gz);
    const plain = await raw(server.url, 'GET', '/assets/index-AbC123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('console.log(1)');
  });
});
