// @vitest-environment node
// Hole 7 of issue 12: the stop audit could lie. A short write left a torn line and the stop was
// still sent; a browser leaving mid-stop hid the API's real outcome; and names with U+0085 or
// U+2028 split records for line-oriented readers.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { FAKE_KEY, stop, tempDir } from './support/consoleServer.ts';
import { setupFakeUpstream, setupServersPerTest } from './support/fixtures.ts';
import { callJson } from './support/fakeUpstream.ts';
import { rawExchange, rawRequest, statuses } from './support/rawSocket.ts';

const upstream = setupFakeUpstream();
const servers = setupServersPerTest(upstream);

const stopsSeen = () => upstream.seen.filter((r) => r.method === 'POST').length;

/** How Python's str.splitlines() and many log shippers cut a file into records. */
// eslint-disable-next-line no-control-regex -- splitting on control characters is the point
const LINE_BREAKS = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
const lineOriented = (text: string) => text.split(LINE_BREAKS).filter(Boolean);

async function waitFor<T>(probe: () => T | undefined, ms = 5_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('hole 7: a line is all or nothing', () => {
  it('does not send a stop whose "requested" line the disk cut short, and leaves no torn line', async () => {
    const file = path.join(tempDir(), 'audit.jsonl');
    const limit = 64 * 1024;
    // Fill the file to 40 bytes short of the limit with whole lines: the next line cannot fit.
    const filler = '{"result":"filler"}\n';
    const shell = '{"result":"filler","pad":""}\n';
    const count = Math.floor((limit - 40 - shell.length) / filler.length);
    const pad = 'p'.repeat(limit - 40 - count * filler.length - shell.length);
    const last = `{"result":"filler","pad":"${pad}"}\n`;
    writeFileSync(file, filler.repeat(count) + last);
    const before = readFileSync(file, 'utf8');
    expect(before.length).toBe(limit - 40);

    const child = await servers.process(
      { ONEINBOX_API_KEY: FAKE_KEY, ONEINBOX_API_URL: upstream.url, CONSOLE_AUDIT_LOG: file },
      { fileSizeLimit: limit },
    );
    const res = await stop(child.url, 'call_disk_full');
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body).detail).toMatch(/did not send the stop/);
    expect(stopsSeen()).toBe(0);
    // The file is exactly as it was: no part of the line that did not fit.
    expect(statSync(file).size).toBe(limit - 40);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('hole 7: the outcome of a stop whose browser went away', () => {
  it('is the API’s answer, recorded when it comes', async () => {
    const server = await servers.inProcess();
    const file = server.audit!.path;
    upstream.handle((req, res) => {
      setTimeout(() => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(callJson('call_gone', 'completed')));
      }, 500);
      req.resume();
    });
    // The browser sends the stop and is gone 100 ms later, long before the API answers.
    const exchange = await rawExchange(
      server.url,
      rawRequest(server.url, 'POST /v1/calls/call_gone/stop HTTP/1.1', {
        Origin: server.url,
        'Content-Length': '0',
      }),
      { quietMs: 100 },
    );
    expect(statuses(exchange)).toEqual([]);
    const outcome = await waitFor(() => {
      const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
      return lines.length >= 2 ? (JSON.parse(lines[1]!) as Record<string, unknown>) : undefined;
    });
    expect(outcome).toMatchObject({
      callId: 'call_gone',
      result: 'stopped',
      upstreamStatus: 200,
      clientGone: true,
    });
    expect(stopsSeen()).toBe(1);
  });
});

describe('hole 7: line separators in any field', () => {
  it('are escaped, so a name with U+0085 cannot split or forge a record (header mode)', async () => {
    const server = await servers.inProcess({ CONSOLE_AUTH: 'header' });
    const file = server.audit!.path;
    const forged = '{"result":"stopped","callId":"forged","user":"ada"}';
    const name = `mallory\x85${forged}\x9b`;
    // Header bytes as the SSO proxy would pass them on, latin1: 0x85 is NEL.
    const exchange = await rawExchange(
      server.url,
      Buffer.from(
        rawRequest(server.url, 'POST /v1/calls/call_1/stop HTTP/1.1', {
          Origin: server.url,
          'X-Forwarded-User': name,
          'Content-Length': '0',
        }),
        'latin1',
      ),
    );
    expect(statuses(exchange)).toEqual([200]);
    const text = readFileSync(file, 'utf8');
    const records = lineOriented(text).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => [r.user, r.callId, r.result])).toEqual([
      [name, 'call_1', 'requested'],
      [name, 'call_1', 'stopped'],
    ]);
    expect(text).toContain('\\u0085');
    // The structured log holds the same lines, escaped the same way.
    for (const line of server.logs) expect(lineOriented(line)).toHaveLength(1);
  });

  it('are escaped in names from a users file too (U+2028, U+2029, basic mode)', async () => {
    const usersFile = path.join(tempDir(), 'users');
    const name = 'eve\u2028{"result"="x"}\u2029ok';
    writeFileSync(usersFile, `${name}:${bcrypt.hashSync('pw', 4)}\n`);
    const server = await servers.inProcess({
      CONSOLE_AUTH: 'basic',
      CONSOLE_USERS_FILE: usersFile,
    });
    const file = server.audit!.path;
    const auth = `Basic ${Buffer.from(`${name}:pw`).toString('base64')}`;
    expect((await stop(server.url, 'call_2', { Authorization: auth })).status).toBe(200);
    const records = lineOriented(readFileSync(file, 'utf8')).map(
      (l) => JSON.parse(l) as Record<string, unknown>,
    );
    expect(records.map((r) => r.user)).toEqual([name, name]);
  });
});
