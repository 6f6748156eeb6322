import { queryAllByRole, type ByRoleMatcher } from '@testing-library/react';
import { expect } from 'vitest';

/** Lower case, punctuation dropped (":", "·", "(" …), whitespace collapsed; symbols like "−" kept. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.,:;!?()[\]·]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text a sighted user reads on the control: aria-hidden parts and sr-only text left out. */
export function visibleText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    else if (node instanceof Element) {
      if (node.getAttribute('aria-hidden') === 'true' || node.classList.contains('sr-only')) {
        text += ' ';
        continue;
      }
      text += visibleText(node);
    }
  }
  return text;
}

/** The accessible name Testing Library computes for the element (the one getByRole matches). */
function accessibleName(el: HTMLElement, role: ByRoleMatcher): string {
  let found: string | null = null;
  queryAllByRole(el.parentElement ?? el, role, {
    name: (name, node) => {
      if (node === el) found = name;
      return false;
    },
  });
  if (found === null) throw new Error(`the element has no ${String(role)} role`);
  return found;
}

/**
 * WCAG 2.5.3 label in name: the visible words appear, in order and together, in the accessible
 * name, and lead it (so "click <what I see>" in speech input finds the control). Adjacent
 * elements are not given a space here, as in Chromium's name computation and axe's visible text:
 * words that only a flex gap keeps apart run together and fail.
 */
export function expectLabelInName(el: HTMLElement, role: ByRoleMatcher = 'button') {
  const visible = words(visibleText(el));
  const name = words(accessibleName(el, role));
  expect(visible, 'the control has visible text').not.toBe('');
  expect(`${name} `.startsWith(`${visible} `), `name "${name}" starts with "${visible}"`).toBe(
    true,
  );
}
