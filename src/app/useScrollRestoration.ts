import { useEffect, useLayoutEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';

const STORAGE_KEY = 'console.scroll';
/**
 * The first entry of a document, and entries made by plain #links, all have the key "default".
 * A stored "default" belongs to an earlier document: it is only ours again when the browser
 * itself came back (reload, Back/Forward into this page), never when a new URL was opened.
 */
const DEFAULT_KEY = 'default';
// Read on first use, not when this module is evaluated: session storage's first read costs
// ~17 ms (CPU profile), and on a server-rendered page the module runs before the first paint
// is on screen.
let stored: Map<string, number> | null = null;
const positions = () => (stored ??= new Map(readStored()));
/** The entry on screen; scroll positions are recorded against it. */
let activeKey: string | null = null;

function readStored(): [string, number][] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    const entries = Array.isArray(stored) ? (stored as [string, number][]).slice(-50) : [];
    const navigation = performance.getEntriesByType?.('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    const cameBack = navigation?.type === 'reload' || navigation?.type === 'back_forward';
    return cameBack ? entries : entries.filter(([key]) => key !== DEFAULT_KEY);
  } catch {
    return [];
  }
}

function store() {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...positions()].slice(-50)));
  } catch {
    // Storage full or blocked: positions still work for this page's lifetime.
  }
}

function record() {
  if (activeKey !== null) positions().set(activeKey, window.scrollY);
}

/**
 * What React Router's <ScrollRestoration> did in data mode: a new page starts at the top, a
 * #section link is left to the browser and useSectionHash, and Back returns to where the
 * reader was, e.g. the same row of the calls list. The page may render a frame or two late
 * (its chunk, cached data), so the restore retries briefly until the document is tall enough.
 */
export function useScrollRestoration() {
  const { key, hash } = useLocation();
  const navigationType = useNavigationType();

  useEffect(() => {
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    window.addEventListener('scroll', record, { passive: true });
    window.addEventListener('pagehide', store);
    return () => {
      window.removeEventListener('scroll', record);
      window.removeEventListener('pagehide', store);
      store();
    };
  }, []);

  useLayoutEffect(() => {
    // Switched at commit, before any scroll event of the new page can be recorded: the list's
    // position is never overwritten by the call page's scroll to the top.
    activeKey = key;
    if (hash) return;
    const saved = positions().get(key);
    if (navigationType !== 'POP' || saved === undefined) {
      window.scrollTo(0, 0);
      return;
    }
    let frame = 0;
    const deadline = Date.now() + 1_000;
    const restore = () => {
      window.scrollTo(0, saved);
      const short = Math.abs(window.scrollY - saved) > 1;
      if (short && Date.now() < deadline) frame = requestAnimationFrame(restore);
    };
    restore();
    // Stop fighting the reader: any wheel, touch or key ends the restore.
    const stop = () => cancelAnimationFrame(frame);
    const events = ['wheel', 'touchstart', 'keydown'] as const;
    events.forEach((e) => window.addEventListener(e, stop, { once: true, passive: true }));
    return () => {
      stop();
      events.forEach((e) => window.removeEventListener(e, stop));
    };
  }, [key, hash, navigationType]);
}
