import { afterEach, describe, expect, it } from 'vitest';
import { publishStyleNonce } from '../../../src/app/styleNonce';

const global = window as { __webpack_nonce__?: string };

describe('publishStyleNonce', () => {
  afterEach(() => {
    delete global.__webpack_nonce__;
    document.head.querySelector('meta[name="csp-nonce"]')?.remove();
  });

  it("hands the page's nonce to the dialog's style element", () => {
    document.head.insertAdjacentHTML('beforeend', '<meta name="csp-nonce" content="abc123" />');
    publishStyleNonce();
    expect(global.__webpack_nonce__).toBe('abc123');
  });

  it('leaves the global unset when the page has no nonce (dev server, demo)', () => {
    publishStyleNonce();
    expect(global.__webpack_nonce__).toBeUndefined();
  });
});
