import { useEffect, useLayoutEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';

const STORAGE_KEY = 'console.scroll';
const positions = new Map<string, number>(readStored());

function readStored(): [string, number][] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? (stored as [string, number][]).slice(-50) : [];
  } catch {
    return [];
  }
}

function store() {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...positions].slice(-50)));
  } catch {
    // Storage full or blocked: positions still work for this page's lifetime.
  }
}

/**
 * What React Router's <ScrollRestoration> did in data mode: a new page starts at the top (or
 * at its #section, which useSectionHash handles), and Back returns to where the reader was, e.g.
 * the same row of the calls list. The page may render a frame or two late (its chunk, cached
 * data), so the restore retries briefly until the document is tall enough.
 */
export function useScrollRestoration() {
  const { key, hash } = useLocation();
  const navigationType = useNavigationType();

  useEffect(() => {
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  }, []);

  // Positions are recorded as the reader scrolls: by the time a navigation commits, the new
  // page's content has replaced the old and the old position can no longer be read.
  useEffect(() => {
    let frame = 0;
    const record = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => positions.set(key, window.scrollY));
    };
    window.addEventListener('scroll', record, { passive: true });
    window.addEventListener('pagehide', store);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', record);
      window.removeEventListener('pagehide', store);
      store();
    };
  }, [key]);

  useLayoutEffect(() => {
    const saved = positions.get(key);
    if (navigationType !== 'POP' || saved === undefined) {
      if (!hash) window.scrollTo(0, 0);
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
