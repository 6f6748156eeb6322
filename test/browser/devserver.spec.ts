import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { freePort } from '../harness/freePort.ts';
import { ROOT, screenshotPath } from '../harness/paths.ts';
import { browserSession } from './session.ts';

// `npm run dev` is the first thing a new user runs: prove it serves a demo call page.
const session = browserSession({ server: false });
let stopDev: () => void = () => undefined;
let url = '';

before(async () => {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      env: { ...process.env, ONEINBOX_API_KEY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  stopDev = () => child.kill('SIGTERM');
  url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/console/config`)).ok) break;
    } catch {
      // starting
    }
    if (Date.now() > deadline) throw new Error('vite dev server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
});

after(async () => {
  stopDev();
});

test('npm run dev serves the console on demo data', async () => {
  const config = (await (await fetch(`${url}/console/config`)).json()) as { mode: string };
  assert.equal(config.mode, 'demo');
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}/calls/${DEMO_CALL_IDS.booked}`);
  await page.getByText('Demo data.').waitFor({ timeout: 30_000 });
  await page.getByText(DEMO_CALL_IDS.booked).first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: screenshotPath('dev-server-call-page') });
  assert.deepEqual(errors, []);
  await page.close();
});
