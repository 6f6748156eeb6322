/**
 * Radix's dialog (react-remove-scroll-bar via react-style-singleton) injects one <style> element
 * and stamps it with `window.__webpack_nonce__` when that exists. The server puts this
 * response's style nonce in `<meta name="csp-nonce">` (server/indexPage.ts); publishing it
 * here, before anything renders, keeps style-src free of 'unsafe-inline' without a second,
 * parser-blocking script in the head.
 */
export function publishStyleNonce(doc: Document = document): void {
  const nonce = doc.querySelector('meta[name="csp-nonce"]')?.getAttribute('content');
  if (nonce) (window as { __webpack_nonce__?: string }).__webpack_nonce__ = nonce;
}
