import { describe, expect, it } from 'vitest';
import { rememberFormatting } from '../../../src/app/formattingCookie';

describe('rememberFormatting', () => {
  it("stores this browser's locale and time zone for the server, as Intl reports them", () => {
    const { locale, timeZone } = new Intl.DateTimeFormat().resolvedOptions();
    rememberFormatting();
    expect(document.cookie).toContain(
      `console-formatting=${encodeURIComponent(`${locale} ${timeZone}`)}`,
    );
  });
});
