// public/start-after-paint.js: what it adds to the page, and what it refuses to.
import { afterEach, describe, expect, it } from 'vitest';
import SOURCE from '../../../public/start-after-paint.js?raw';

/** Runs the script as if loaded by a tag with these attributes (jsdom reports no paint timing). */
function runWith(attributes: Record<string, string> | null) {
  const tag = document.createElement('script');
  for (const [name, value] of Object.entries(attributes ?? {})) tag.setAttribute(name, value);
  Object.defineProperty(document, 'currentScript', {
    configurable: true,
    get: () => (attributes ? tag : null),
  });
  new Function(SOURCE)();
}

const added = () => ({
  preloads: [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) =>
    l.getAttribute('href'),
  ),
  scripts: [...document.head.querySelectorAll('script[type="module"]')].map((s) =>
    s.getAttribute('src'),
  ),
});

afterEach(() => {
  document.head.innerHTML = '';
  delete (document as { currentScript?: unknown }).currentScript;
});

describe('start-after-paint.js', () => {
  it('adds the chunks as module preloads, then the entry as a module script', () => {
    runWith({
      'data-entry': '/assets/index-H777bC.js',
      'data-chunks': '/assets/CallPage-B6gBnM.js /assets/hydrate-DgLNHp.js',
    });
    expect(added()).toEqual({
      preloads: ['/assets/CallPage-B6gBnM.js', '/assets/hydrate-DgLNHp.js'],
      scripts: ['/assets/index-H777bC.js'],
    });
  });

  it('takes only the build’s own script paths', () => {
    runWith({
      'data-entry': '//evil.example/assets/index.js',
      'data-chunks':
        'https://evil.example/assets/a.js /assets/../x.js /assets/a.js?x=1 javascript:alert(1) /assets/ok-1.js',
    });
    expect(added()).toEqual({ preloads: ['/assets/ok-1.js'], scripts: [] });
  });

  it('does nothing without its own tag', () => {
    runWith(null);
    expect(added()).toEqual({ preloads: [], scripts: [] });
  });
});
