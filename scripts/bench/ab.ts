/**
 * A/B: two builds side by side, loads interleaved, so machine noise hits both alike.
 * `npx tsx scripts/bench/ab.ts <distA> <distB> [runs]` — prints first-line medians for the large
 * call (and the floor page, served by A), to judge one change at a time.
 * AB_CALL=typical measures the typical call instead; AB_RETURNING=1 opens the console as a
 * returning visitor (cookies set: the server renders the page), as `npm run bench` does.
 * AB_SERVER_A / AB_SERVER_B: the checkout whose server runs each side (default this one), to
 * judge a server change (e.g. a `git worktree` of the commit before it).
 */
import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { launchChromium } from '../../test/harness/chromium.ts';
import { firstMessageText, measureLoad, median } from '../../test/harness/measure.ts';
import { FLOOR_PATH, startStack } from '../../test/harness/stack.ts';

const [distA, distB, runsArg] = process.argv.slice(2);
if (!distA || !distB) throw new Error('usage: ab.ts <distA> <distB> [runs]');
const runs = Number(runsArg ?? 9);
const a = await startStack(distA, process.env.AB_SERVER_A);
const b = await startStack(distB, process.env.AB_SERVER_B);
const browser = await launchChromium();
try {
  const id = process.env.AB_CALL === 'typical' ? DEMO_CALL_IDS.booked : DEMO_CALL_IDS.large;
  const returning = process.env.AB_RETURNING === '1';
  const call = (await (await fetch(`${a.api.url}/v1/calls/${id}`)).json()) as {
    messages: unknown[];
  };
  const options = { firstText: firstMessageText(call), charts: false, distDir: a.distDir };
  const pages = {
    A: `${a.server.url}/calls/${id}`,
    B: `${b.server.url}/calls/${id}`,
    floor: `${a.server.url}${FLOOR_PATH}?id=${id}`,
  };
  const times: Record<keyof typeof pages, number[]> = { A: [], B: [], floor: [] };
  const painted: Record<keyof typeof pages, number[]> = { A: [], B: [], floor: [] };
  for (let i = -1; i < runs; i++) {
    for (const key of Object.keys(pages) as (keyof typeof pages)[]) {
      const m = await measureLoad(browser, pages[key], {
        ...options,
        distDir: key === 'B' ? b.distDir : a.distDir,
        returning: key !== 'floor' && returning,
      });
      if (i >= 0) times[key].push(m.firstLineMs);
      if (i >= 0 && m.firstLinePaintedMs !== null) painted[key].push(m.firstLinePaintedMs);
    }
  }
  for (const key of Object.keys(times) as (keyof typeof pages)[]) {
    console.log(
      `${key.padEnd(5)} median ${Math.round(median(times[key]))} ms  [${times[key].map(Math.round).join(', ')}]`,
    );
  }
  console.log(
    `A/floor ${(median(times.A) / median(times.floor)).toFixed(2)}×, B/floor ${(median(times.B) / median(times.floor)).toFixed(2)}×`,
  );
  const m = (key: keyof typeof pages) => Math.round(median(painted[key]));
  console.log(
    `painted (Element Timing): A ${m('A')}, B ${m('B')}, floor ${m('floor')} ms; ` +
      `A/floor ${(m('A') / m('floor')).toFixed(2)}×, B/floor ${(m('B') / m('floor')).toFixed(2)}×`,
  );
} finally {
  await browser.close();
  await a.stop();
  await b.stop();
}
