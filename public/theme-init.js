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
})();
