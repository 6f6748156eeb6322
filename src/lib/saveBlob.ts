/**
 * Hands a blob to the browser's downloads under `fileName`, through a temporary object URL.
 * Returns false where object URLs do not exist (old browsers, jsdom).
 */
export function saveBlob(blob: Blob, fileName: string): boolean {
  if (typeof URL.createObjectURL !== 'function') return false;
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download starts asynchronously; a large one needs the URL a little while.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return true;
}
