import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readServerConfig } from './config.ts';
import { createProductionApp } from './productionApp.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = readServerConfig();
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

// CONSOLE_DIST_DIR lets parallel test runs serve their own builds.
const distDir = process.env.CONSOLE_DIST_DIR
  ? path.resolve(process.env.CONSOLE_DIST_DIR)
  : path.join(root, 'dist');
const app = createProductionApp(config, distDir);
const server = app.listen(port, host, () => {
  console.log(
    JSON.stringify({
      level: 'info',
      msg: 'console listening',
      url: `http://${host}:${port}`,
      mode: config.apiKey ? 'live' : 'demo',
    }),
  );
});
server.on('error', (error) => {
  console.error(
    JSON.stringify({ level: 'error', msg: 'server failed to start', error: error.message }),
  );
  process.exit(1);
});
