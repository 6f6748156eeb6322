// Runs before first paint so a saved dark/light choice never flashes the other theme. A page
// the server rendered knows the theme from the cookie set here and does without this script.
// An external file rather than inline script, so the Content-Security-Policy can forbid inline.
(function () {
  try {
    var saved = localStorage.getItem('console.theme');
    var dark = saved ? saved === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    document.documentElement.classList.toggle('dark', dark);
    // Lets the server render <html class="dark"> itself, so a server-rendered page need not
    // wait for this script before painting (server/ssr/theme.ts).
    document.cookie =
      'console-theme=' + (dark ? 'dark' : 'light') + '; path=/; max-age=31536000; samesite=lax';
  } catch {
    /* storage may be blocked; the system theme still applies via CSS */
  }
})();
