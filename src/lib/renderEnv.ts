/**
 * The locale, time zone and clock a render formats with. In the browser these are the
 * browser's own, except while hydrating server HTML: then the values the server rendered with
 * (embedded in the page), so the first client render matches it exactly. On the server, each
 * request's values (from the browser's cookie) come from the request's own context.
 */
export interface RenderEnv {
  locale?: string;
  timeZone?: string;
  /** The clock reading the server rendered with ("12 s" of a live call must match); read only
   * while rendering on the server or hydrating (src/components/shared/useNow.ts). */
  now?: number;
  /** The theme the page was rendered in (the server's <html> class, from the browser's cookie). */
  theme?: 'dark' | 'light';
}

const NONE: RenderEnv = {};
let source: () => RenderEnv | undefined = () => undefined;

export function setRenderEnvSource(read: () => RenderEnv | undefined): void {
  source = read;
}

export function renderEnv(): RenderEnv {
  return source() ?? NONE;
}
