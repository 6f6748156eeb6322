import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorFields, type Logger } from '../logger.ts';
import type { CallRenderer } from './callPage.ts';

/** The server build's entry (`vite build --ssr src/entry-server.ts`, see package.json). */
export function rendererPath(distDir: string): string {
  return path.join(distDir, 'server', 'entry-server.js');
}

/**
 * Loads the server build, or returns null (pages are then rendered by the browser, as before
 * issue 15): a missing or broken build must not keep the console from starting.
 */
export async function loadRenderer(distDir: string, logger: Logger): Promise<CallRenderer | null> {
  const file = rendererPath(distDir);
  if (!existsSync(file)) {
    logger.log('warn', 'no server build: call pages are rendered in the browser', { file });
    return null;
  }
  try {
    return (await import(pathToFileURL(file).href)) as CallRenderer;
  } catch (error) {
    logger.log('error', 'server build failed to load: call pages are rendered in the browser', {
      file,
      ...errorFields(error),
    });
    return null;
  }
}
