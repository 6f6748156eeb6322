import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Scrolls to the section named in the URL hash (/calls/:id#summary) once the call is shown.
 * The browser's own jump happens before the data loads, and the latency section is lazy, so the
 * target may appear late: wait for it (bounded) instead of giving up.
 */
export function useSectionHash(ready: boolean) {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    let frame = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const deadline = Date.now() + 5000;
    const tryScroll = () => {
      const target = document.getElementById(id);
      if (target) {
        target.scrollIntoView?.({ block: 'start' });
        // Sections above may still grow (the lazy latency charts); re-align once, unless the
        // user has scrolled away meanwhile.
        const landed = window.scrollY;
        settle = setTimeout(() => {
          if (window.scrollY === landed) target.scrollIntoView?.({ block: 'start' });
        }, 600);
        return;
      }
      if (Date.now() < deadline) frame = requestAnimationFrame(tryScroll);
    };
    tryScroll();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
    };
    // `key` changes on every navigation, so following a #link again scrolls again.
  }, [ready, hash, key]);
}
