import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The built page's one stylesheet link (Vite writes it into index.html's head). */
const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*\bhref="\/(assets\/[^"/]+\.css)"[^>]*>/;

export type InlineStylesheet = (page: string, nonce: string) => Promise<string>;

/**
 * Puts the page's own stylesheet into a server-rendered page as a `<style>` with the response's
 * CSP nonce, in place of its link. A linked sheet is a request the first paint waits for,
 * answered by the same process that is rendering the page; in interleaved A/B runs the inlined
 * sheet painted the first line 20–60 ms sooner (docs/performance.md). Each sheet is read once;
 * one that cannot be read (tried again on the next page), or that could close the element
 * early, stays a link.
 */
export function stylesheetInliner(distDir: string): InlineStylesheet {
  const sheets = new Map<string, Promise<string | null>>();
  const sheet = (file: string) => {
    let css = sheets.get(file);
    if (!css) {
      css = readFile(path.join(distDir, file), 'utf8').then(
        (text) => (/<\/style/i.test(text) ? null : text),
        () => {
          sheets.delete(file);
          return null;
        },
      );
      sheets.set(file, css);
    }
    return css;
  };
  return async (page, nonce) => {
    const file = STYLESHEET_LINK.exec(page)?.[1];
    const css = file ? await sheet(file) : null;
    return css === null
      ? page
      : page.replace(STYLESHEET_LINK, () => `<style nonce="${nonce}">${css}</style>`);
  };
}
