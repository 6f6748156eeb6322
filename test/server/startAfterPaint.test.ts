// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { deferModuleScripts, START_AFTER_PAINT_SCRIPT } from '../../server/ssr/startAfterPaint.ts';

const ENTRY = '<script type="module" crossorigin src="/assets/index-H777bC.js"></script>';
const PRELOADS =
  '<link rel="modulepreload" href="/assets/CallPage-B6gBnM.js" />' +
  '<link rel="modulepreload" href="/assets/hydrate-DgLNHp.js" />';
const page = (head: string, body = '<div id="root"></div>') =>
  `<!doctype html><html><head><title>x</title>${head}<link rel="icon" href="/favicon.svg" /></head><body>${body}</body></html>`;

describe('deferModuleScripts', () => {
  it('takes the entry and its module preloads out, and names them for start-after-paint', () => {
    const result = deferModuleScripts(page(ENTRY + PRELOADS));
    expect(result.page).toBe(page(''));
    expect(result.tags).toBe(ENTRY + PRELOADS);
    expect(result.startAfterPaint).toBe(
      `<script async src="${START_AFTER_PAINT_SCRIPT}" data-entry="/assets/index-H777bC.js" ` +
        `data-chunks="/assets/CallPage-B6gBnM.js /assets/hydrate-DgLNHp.js"></script>`,
    );
  });

  it('finds them in the body too, whatever the attribute order', () => {
    const body = `<div id="root"></div><script src="/assets/main-1.js" type="module"></script>`;
    const result = deferModuleScripts(page('', body));
    expect(result.page).toBe(page('', '<div id="root"></div>'));
    expect(result.startAfterPaint).toContain('data-entry="/assets/main-1.js"');
  });

  it('leaves classic scripts and other links where they are', () => {
    const head = `<script src="/theme-init.js"></script>${ENTRY}<link rel="preload" as="fetch" href="/v1/calls/x" />`;
    const result = deferModuleScripts(page(head));
    expect(result.page).toContain('<script src="/theme-init.js"></script>');
    expect(result.page).toContain('rel="preload" as="fetch"');
    expect(result.page).not.toContain('type="module"');
  });

  it.each([
    ['a second module script', ENTRY + '<script type="module" src="/assets/other-1.js"></script>'],
    ['an entry from elsewhere', '<script type="module" src="https://cdn.example/app.js"></script>'],
    ['a preload from elsewhere', ENTRY + '<link rel="modulepreload" href="/x/y.js" />'],
    [
      'a path that would need escaping',
      '<script type="module" src="/assets/a&quot;b.js"></script>',
    ],
    ['no entry at all', PRELOADS],
    [
      'an entry with integrity',
      '<script type="module" integrity="sha384-x" src="/assets/a-1.js"></script>',
    ],
    [
      'an entry with credentials',
      '<script type="module" crossorigin="use-credentials" src="/assets/a-1.js"></script>',
    ],
    [
      'a module script it cannot read',
      ENTRY + "<script type='module' src='/assets/b-1.js'></script>",
    ],
    ['an inline module script', ENTRY + '<script type="module">import "/assets/b-1.js";</script>'],
    [
      'a preload with another attribute',
      ENTRY + '<link rel="modulepreload" href="/assets/b-1.js" fetchpriority="high" />',
    ],
  ])('changes nothing on %s', (_name, head) => {
    const html = page(head);
    expect(deferModuleScripts(html)).toEqual({ page: html, tags: '', startAfterPaint: '' });
  });
});
