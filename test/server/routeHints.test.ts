// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { routeChunks, routeHints } from '../../server/routeHints.ts';

const manifest = {
  'index.html': { file: 'assets/index-A.js', isEntry: true, imports: ['_jsx-B.js'] },
  '_jsx-B.js': { file: 'assets/jsx-B.js' },
  '_Skeleton-C.js': { file: 'assets/Skeleton-C.js' },
  'src/pages/CallPage.tsx': {
    file: 'assets/CallPage-D.js',
    imports: ['index.html', '_jsx-B.js', '_Skeleton-C.js'],
  },
  'src/pages/CallsPage.tsx': { file: 'assets/CallsPage-E.js', imports: ['index.html'] },
  'src/pages/LatencyPage.tsx': { file: 'assets/LatencyPage-F.js', imports: ['index.html'] },
};

const hydrate = { 'src/app/hydrate.tsx': { file: 'assets/hydrate-G.js', imports: ['index.html'] } };

describe('routeHints', () => {
  it('preloads the call page chunk (not what the entry loads) and, live, the call', () => {
    const html = routeHints('/calls/abc-123', 'live', manifest);
    expect(html).toContain('<link rel="modulepreload" href="/assets/CallPage-D.js" />');
    expect(html).toContain('<link rel="modulepreload" href="/assets/Skeleton-C.js" />');
    expect(html).not.toContain('index-A.js');
    expect(html).not.toContain('jsx-B.js');
    expect(html).toContain(
      '<link rel="preload" as="fetch" href="/v1/calls/abc-123" crossorigin="anonymous" />',
    );
  });
  it('does not preload the call in demo mode (the service worker answers /v1)', () => {
    expect(routeHints('/calls/abc-123', 'demo', manifest)).not.toContain('/v1/');
  });
  it('preloads the list chunk on /calls', () => {
    expect(routeHints('/calls', 'live', manifest)).toBe(
      '<link rel="modulepreload" href="/assets/CallsPage-E.js" />',
    );
  });
  it('preloads the fleet page chunk on /latency, and no call', () => {
    expect(routeHints('/latency', 'live', manifest)).toBe(
      '<link rel="modulepreload" href="/assets/LatencyPage-F.js" />',
    );
  });
  it('puts nothing from an unusual URL into the page', () => {
    for (const path of ['/calls/"><script>x</script>', '/calls/a%22b', '/calls/../x', '/other']) {
      expect(routeHints(path, 'live', manifest)).not.toMatch(/script|%22|\.\.|\/v1/);
    }
  });
  it('adds the hydration code for a server-rendered call page, or leaves preloads to its caller', () => {
    expect(
      routeChunks('/calls/abc', { ...manifest, ...hydrate }, { serverRendered: true }),
    ).toEqual(['/assets/CallPage-D.js', '/assets/Skeleton-C.js', '/assets/hydrate-G.js']);
    expect(routeChunks('/calls/abc', { ...manifest, ...hydrate })).not.toContain(
      '/assets/hydrate-G.js',
    );
    expect(
      routeHints('/calls/abc', 'live', manifest, { fetchCall: false, modulePreloads: false }),
    ).toBe('');
  });
  it('works without a manifest', () => {
    expect(routeHints('/calls/abc', 'live', null)).toBe(
      '<link rel="preload" as="fetch" href="/v1/calls/abc" crossorigin="anonymous" />',
    );
  });
});
