// @ts-expect-error -- the app tsconfig (which covers test/unit) has no Node types; Vitest runs
// this in Node. (A `?raw` CSS import comes back empty under Vitest's CSS handling.)
import { readFileSync } from 'node:fs';

/**
 * WCAG contrast of Tailwind colour classes, computed from Tailwind's own palette (theme.css,
 * oklch) so jsdom, which has no CSS, can still check it. The element's text colour and every
 * background under it (translucent tints composited in order over the page) are read from the
 * class lists of the element and its ancestors, for one theme at desktop width (xl). The browser
 * audit (test/browser/a11y.spec.ts) checks the same pages with real layout.
 */

type Rgba = [number, number, number, number]; // gamma-encoded sRGB 0..1, alpha 0..1

// Relative to the project root, where Vitest runs (import.meta.url is not a file: URL in jsdom).
const themeCss = (readFileSync as (path: string, encoding: 'utf8') => string)(
  'node_modules/tailwindcss/theme.css',
  'utf8',
);

function oklchToSrgb(l: number, c: number, hDeg: number): [number, number, number] {
  const h = (hDeg * Math.PI) / 180;
  const a = c * Math.cos(h);
  const b = c * Math.sin(h);
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
  const encode = (v: number) => {
    const x = Math.min(1, Math.max(0, v));
    return x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055;
  };
  return [byte(encode(linear[0]!)), byte(encode(linear[1]!)), byte(encode(linear[2]!))];
}

/** "slate-500", "white", "transparent", optionally "/60" for opacity. */
export function tailwindColor(token: string): Rgba {
  const [name, opacity] = token.split('/');
  const alpha = opacity === undefined ? 1 : Number(opacity) / 100;
  if (name === 'white') return [1, 1, 1, alpha];
  if (name === 'black') return [0, 0, 0, alpha];
  if (name === 'transparent') return [0, 0, 0, 0];
  const m = new RegExp(`--color-${name}:\\s*oklch\\(([\\d.]+)% ([\\d.]+) ([\\d.]+)\\)`).exec(
    themeCss,
  );
  if (!m) throw new Error(`unknown Tailwind colour ${token}`);
  return [...oklchToSrgb(Number(m[1]) / 100, Number(m[2]), Number(m[3])), alpha];
}

/** Browsers paint in 8 bits a channel; rounding as they do keeps borderline ratios honest. */
function byte(v: number): number {
  return Math.round(v * 255) / 255;
}

function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [
    byte(top[0] * a + bottom[0] * (1 - a)),
    byte(top[1] * a + bottom[1] * (1 - a)),
    byte(top[2] * a + bottom[2] * (1 - a)),
    1,
  ];
}

function luminance([r, g, b]: Rgba): number {
  const lin = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(fg: Rgba, bg: Rgba): number {
  const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const COLOR = /^(?:white|black|transparent|[a-z]+-\d{2,3})(?:\/\d{1,3})?$/;

/**
 * The colour an element's classes set for a utility ("text" or "bg") in a theme, at desktop
 * width: plain classes, then xl:, dark: and xl:dark: override in that order of specificity.
 * Hover/focus/group and other state variants are ignored (the resting state is what is read).
 */
function classColor(el: Element, utility: 'text' | 'bg', theme: 'light' | 'dark'): string | null {
  const allowed = theme === 'dark' ? ['dark', 'xl'] : ['xl'];
  let best: { value: string; weight: number } | null = null;
  for (const cls of el.classList) {
    const parts = cls.split(':');
    const base = parts.pop()!;
    if (!parts.every((p) => allowed.includes(p))) continue;
    if (!base.startsWith(`${utility}-`)) continue;
    const value = base.slice(utility.length + 1);
    if (!COLOR.test(value)) continue;
    const weight = parts.length + (parts.includes('dark') ? 1 : 0);
    if (!best || weight >= best.weight) best = { value, weight };
  }
  return best?.value ?? null;
}

/** Contrast of an element's text against what is painted under it, in the given theme. */
export function textContrast(el: Element, theme: 'light' | 'dark'): number {
  let textToken: string | null = null;
  const backgrounds: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    textToken ??= classColor(node, 'text', theme);
    const bg = classColor(node, 'bg', theme);
    if (bg) backgrounds.unshift(bg);
  }
  // The body's colours (src/index.css): slate-50/slate-900 light, slate-950/slate-100 dark.
  let bg = tailwindColor(theme === 'dark' ? 'slate-950' : 'slate-50');
  for (const token of backgrounds) bg = over(tailwindColor(token), bg);
  const fg = over(tailwindColor(textToken ?? (theme === 'dark' ? 'slate-100' : 'slate-900')), bg);
  return contrastRatio(fg, bg);
}
