import { within } from '@testing-library/react';

/** Each text (or pattern) stands somewhere in `container`; a miss names the text not found. */
export function expectTexts(container: HTMLElement, texts: (string | RegExp)[]): void {
  for (const text of texts) expect(within(container).getByText(text)).toBeInTheDocument();
}
