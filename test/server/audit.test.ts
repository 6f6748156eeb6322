// @vitest-environment node
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAuditLog } from '../../server/auditLog.ts';
import { FAKE_KEY, startProcess, stop, tempDir } from './support/consoleServer.ts';
import { readAuditLines } from './support/auditLines.ts';
import { setupFakeUpstream, setupServersPerTest } from './support/fixtures.ts';

const upstream = setupFakeUpstream();
const servers = setupServersPerTest(upstream);

describe('the stop audit log', () => {
  it('records who stopped which call and what the API said, before the answer goes out', async () => {
    const server = await servers.inProcess({ CONSOLE_AUTH: 'header' });
    const file = server.audit!.path;
    const res = await stop(server.url, 'call_42', { 'X-Forwarded-User': 'ada@example.com' });
    expect(res.status).toBe(200);
    // Read synchronously the moment the answer arrived: the line is already there.
    const lines = readAuditLines(file);
    expect(lines).toEqual([
      expect.objectContaining({
        user: 'ada@example.com',
        callId: 'call_42',
        result: 'requested',
        upstreamStatus: null,
      }),
      expect.objectContaining({
        user: 'ada@example.com',
        callId: 'call_42',
        result: 'stopped',
        upstreamStatus: 200,
      }),
    ]);
    expect(lines[0]!.requestId).toBe(lines[1]!.requestId);
    expect(Date.parse(String(lines[1]!.time))).toBeGreaterThan(0);
    expect(readFileSync(file, 'utf8')).not.toContain(FAKE_KEY);
  });

  it('records refused stops and the API refusing', async () => {
    const server = await servers.inProcess();
    const file = server.audit!.path;
    upstream.handle((_req, res) => {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"detail":"Call not found"}');
    });
    expect((await stop(server.url, 'gone')).status).toBe(404);
    expect(
      (
        await stop(server.url, 'csrf', {
          Origin: 'https://evil.example',
          'Sec-Fetch-Site': 'cross-site',
        })
      ).status,
    ).toBe(403);
    expect(readAuditLines(file).map((l) => [l.callId, l.result, l.upstreamStatus])).toEqual([
      ['gone', 'requested', null],
      ['gone', 'upstream_error', 404],
      ['csrf', 'rejected_csrf', null],
    ]);
  });

  it('does not send a stop it cannot record', async () => {
    const server = await servers.inProcess();
    await server.audit!.close(); // every later append fails, like a full or vanished disk
    const res = await stop(server.url, 'call_1');
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body).detail).toMatch(/audit log/);
    expect(upstream.seen).toEqual([]);
    // The record still reaches the structured log.
    expect(
      server.logs.some((l) => l.includes('audit log write failed') && l.includes('call_1')),
    ).toBe(true);
  });

  it('removes a torn last line on opening, and keeps it in a line of its own', async () => {
    const file = path.join(tempDir(), 'audit.jsonl');
    writeFileSync(file, '{"result":"stopped"}\n{"result":"sto');
    const log = await openAuditLog(file);
    await log.append({
      requestId: 'r',
      user: null,
      ip: null,
      callId: 'c',
      result: 'requested',
      upstreamStatus: null,
    });
    await log.close();
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines).toHaveLength(4); // three lines and the final newline
    expect(lines[0]).toBe('{"result":"stopped"}');
    expect(JSON.parse(lines[1]!)).toMatchObject({
      result: 'torn_tail_repaired',
      torn: '{"result":"sto',
    });
    expect(JSON.parse(lines[2]!)).toMatchObject({ callId: 'c' });
  });

  it('refuses to start when the audit log cannot be opened', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a-file'), '');
    // A directory that cannot exist (its parent is a file), whatever the user's privileges.
    const file = path.join(dir, 'a-file', 'audit.jsonl');
    const started = await startProcess(
      { ONEINBOX_API_KEY: FAKE_KEY, ONEINBOX_API_URL: upstream.url, CONSOLE_AUDIT_LOG: file },
      { wait: false },
    );
    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(/Cannot open the audit log/);
  });
});

describe('audit durability across crashes and restarts', () => {
  it('keeps the line of a stop answered just before the server was killed, and appends after a restart', async () => {
    const file = path.join(tempDir(), 'audit.jsonl');
    const env = {
      ONEINBOX_API_KEY: FAKE_KEY,
      ONEINBOX_API_URL: upstream.url,
      CONSOLE_AUDIT_LOG: file,
    };
    let child = await servers.process(env);
    const res = await stop(child.url, 'call_before_crash');
    expect(res.status).toBe(200);
    child.child.kill('SIGKILL'); // no shutdown hooks, no flushing: a crash
    await child.exited;
    expect(readAuditLines(file).map((l) => [l.callId, l.result])).toEqual([
      ['call_before_crash', 'requested'],
      ['call_before_crash', 'stopped'],
    ]);

    child = await servers.process(env);
    expect((await stop(child.url, 'call_after_restart')).status).toBe(200);
    child.child.kill('SIGKILL');
    await child.exited;
    expect(readAuditLines(file).map((l) => l.callId)).toEqual([
      'call_before_crash',
      'call_before_crash',
      'call_after_restart',
      'call_after_restart',
    ]);
  });

  it('has recorded a stop that was in flight when the server was killed', async () => {
    const file = path.join(tempDir(), 'audit.jsonl');
    let reached: () => void = () => undefined;
    const atUpstream = new Promise<void>((resolve) => (reached = resolve));
    upstream.handle(() => reached()); // the API never answers
    const child = await servers.process({
      ONEINBOX_API_KEY: FAKE_KEY,
      ONEINBOX_API_URL: upstream.url,
      CONSOLE_AUDIT_LOG: file,
    });
    const pending = stop(child.url, 'call_in_flight').catch((e: unknown) => e);
    await atUpstream;
    child.child.kill('SIGKILL');
    await child.exited;
    await pending;
    expect(existsSync(file)).toBe(true);
    expect(readAuditLines(file)).toEqual([
      expect.objectContaining({ callId: 'call_in_flight', result: 'requested' }),
    ]);
  });
});
