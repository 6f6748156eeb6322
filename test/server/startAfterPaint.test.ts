// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  appScripts,
  START_AFTER_PAINT_SCRIPT,
  takeEntryScript,
} from '../../server/ssr/startAfterPaint.ts';

const ENTRY = '<script type="module" crossorigin src="/assets/index-H777bC.js"></script>';
const page = (head: string, body = '<div id="root"></div>') =>
  `<!doctype html><html><head><title>x</title>${head}<link rel="icon" href="/favicon.svg" /></head><body>${body}</body></html>`;

describe('takeEntryScript', () => {
  it('takes the entry out of the built page and names it', () => {
    expect(takeEntryScript(page(ENTRY))).toEqual({
      page: page(''),
      entry: '/assets/index-H777bC.js',
    });
  });

  it('finds it in the body too, whatever the attribute order', () => {
    const body = `<div id="root"></div><script src="/assets/main-1.js" type="module"></script>`;
    expect(takeEntryScript(page('', body))).toEqual({
      page: page('', '<div id="root"></div>'),
      entry: '/assets/main-1.js',
    });
  });

  it('leaves classic scripts and other links where they are', () => {
    const head = `<script src="/theme-init.js"></script>${ENTRY}<link rel="preload" as="fetch" href="/v1/calls/x" />`;
    const result = takeEntryScript(page(head));
    expect(result?.page).toContain('<script src="/theme-init.js"></script>');
    expect(result?.page).toContain('rel="preload" as="fetch"');
    expect(result?.page).not.toContain('type="module"');
  });

  it.each([
    ['a second module script', ENTRY + '<script type="module" src="/assets/other-1.js"></script>'],
    ['an entry from elsewhere', '<script type="module" src="https://cdn.example/app.js"></script>'],
    ['a preload from elsewhere', ENTRY + '<link rel="modulepreload" href="/x/y.js" />'],
    ['a preload of its own', ENTRY + '<link rel="modulepreload" href="/assets/b-1.js" />'],
    [
      'a path that would need escaping',
      '<script type="module" src="/assets/a&quot;b.js"></script>',
    ],
    ['no entry at all', '<link rel="modulepreload" href="/assets/CallPage-B6gBnM.js" />'],
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
  ])('moves nothing on %s', (_name, head) => {
    expect(takeEntryScript(page(head))).toBeNull();
  });
});

describe('appScripts', () => {
  it('writes the entry and its chunks both ways: as tags, and for start-after-paint', () => {
    const scripts = appScripts('/assets/index-H777bC.js', [
      '/assets/CallPage-B6gBnM.js',
      '/assets/hydrate-DgLNHp.js',
    ]);
    expect(scripts.tags).toBe(
      ENTRY +
        '<link rel="modulepreload" href="/assets/CallPage-B6gBnM.js" />' +
        '<link rel="modulepreload" href="/assets/hydrate-DgLNHp.js" />',
    );
    expect(scripts.startAfterPaint).toBe(
      `<script async src="${START_AFTER_PAINT_SCRIPT}" data-entry="/assets/index-H777bC.js" ` +
        `data-chunks="/assets/CallPage-B6gBnM.js /assets/hydrate-DgLNHp.js"></script>`,
    );
  });

  it('leaves out a chunk path that is not a build script', () => {
    const scripts = appScripts('/assets/index-1.js', ['/assets/a-1.js', '/x/"><b>.js']);
    expect(scripts.tags).not.toContain('/x/');
    expect(scripts.startAfterPaint).toContain('data-chunks="/assets/a-1.js"');
  });
});
