// Loads the app into a server-rendered call page once that page is on screen (server/ssr/
// startAfterPaint.ts puts this script after the page's embedded call, with the app's entry and
// chunks in its data attributes). Fetched and compiled while the first screen was being laid
// out, the app's modules held that screen back by 30–50 ms on a 2-core machine
// (docs/performance.md), and hydration waits for the first contentful paint anyway
// (src/lib/afterFirstPaint.ts). External, so the CSP can forbid inline script.
(function () {
  var me = document.currentScript;
  if (!me) return;
  // Only the build's own scripts: anything else in these attributes is ignored.
  var ours = /^\/assets\/[\w.-]+\.js$/;
  var entry = me.getAttribute('data-entry') || '';
  var chunks = (me.getAttribute('data-chunks') || '').split(' ');
  var started = false;
  function start() {
    if (started) return;
    started = true;
    chunks.forEach(function (href) {
      if (!ours.test(href)) return;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.appendChild(link);
    });
    if (!ours.test(entry)) return;
    var script = document.createElement('script');
    script.type = 'module';
    script.src = entry;
    document.head.appendChild(script);
  }
  // A hidden tab presents nothing; a browser without paint timing gets no report.
  var paintTiming =
    typeof PerformanceObserver !== 'undefined' &&
    (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') !== -1;
  if (document.visibilityState === 'hidden' || !paintTiming) {
    start();
    return;
  }
  // As src/lib/afterFirstPaint.ts: a page that paints nothing contentful is not held back.
  setTimeout(start, 500);
  new PerformanceObserver(function (list, observer) {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
})();
