// Runs before first paint so a saved dark/light choice never flashes the other theme.
// An external file rather than inline script, so the Content-Security-Policy can forbid inline.
(function () {
  try {
    var saved = localStorage.getItem('console.theme');
    var dark = saved ? saved === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    document.documentElement.classList.toggle('dark', dark);
  } catch {
    /* storage may be blocked; the system theme still applies via CSS */
  }
  // The server renders call pages in the reader's locale and time zone once it knows them
  // (server/ssr/formatting.ts); until then the browser renders.
  try {
    var formatting = new Intl.DateTimeFormat().resolvedOptions();
    document.cookie =
      'console-formatting=' +
      encodeURIComponent(formatting.locale + ' ' + formatting.timeZone) +
      '; path=/; max-age=31536000; samesite=lax';
  } catch {
    /* cookies may be blocked; pages are then rendered by the browser */
  }
})();
