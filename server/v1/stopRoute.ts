import type { Request, Response } from 'express';
import type { AuditLog } from '../auditLog.ts';
import type { ServerConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { RedisCommands } from '../redis.ts';
import type { RouteParams, Upstream, UpstreamAnswer } from '../upstream/index.ts';
import { sendAnswer, sendJson } from './answers.ts';
import { describeFailure, type FailureAnswer } from './failures.ts';
import { stopRecorder } from './stopAudit.ts';
import { stopRejection } from './stopChecks.ts';
import { createStopLimiter } from './stopLimiter.ts';

export interface StopDeps {
  upstream: Upstream;
  audit: AuditLog | null;
  logger: Logger;
  redis: RedisCommands | null;
}

/**
 * POST /v1/calls/{id}/stop. The console's own checks come first (body, read-only, same-origin,
 * rate limit), each refusal audited and answered with a detail saying the stop was not sent. Then
 * a "requested" line must be on disk before anything goes upstream. The API's outcome is recorded
 * before the browser hears it, and is recorded even if the browser has gone away meanwhile: the
 * request to the API is never abandoned half-way.
 */
export function createStopHandler(config: ServerConfig, deps: StopDeps) {
  const limit = createStopLimiter(config, deps.redis);
  const recorderFor = stopRecorder(deps.audit, deps.logger);

  return async (req: Request, res: Response, params: RouteParams, framing: string | null) => {
    const record = recorderFor(req, params.id ?? null);
    let clientGone = false;
    res.once('close', () => {
      clientGone = !res.writableFinished;
    });
    const refuse = async (
      result: string,
      status: number,
      detail: string,
      headers?: Record<string, string>,
    ) => {
      await record(result, null).catch(() => undefined); // the structured log has it anyway
      sendJson(res, status, detail, headers);
    };

    const rejection = stopRejection(req, config, framing);
    if (rejection) {
      const close: Record<string, string> = framing ? { Connection: 'close' } : {};
      return refuse(rejection.result, rejection.status, rejection.detail, close);
    }
    const verdict = await limit(req, res);
    if (verdict.kind === 'limited') {
      return refuse(
        'rejected_rate_limit',
        429,
        'Too many stop requests from you. Wait a minute and try again. The stop was not sent.',
        { 'Retry-After': verdict.retryAfter },
      );
    }
    if (verdict.kind === 'unavailable') {
      deps.logger.log('error', 'stop rate limit unavailable', {
        error: String((verdict.error as Error)?.message ?? verdict.error),
      });
      return refuse(
        'rejected_limit_unavailable',
        503,
        'The console could not check its stop rate limit (its shared store did not answer), so it did not send the stop. Try again in a moment.',
      );
    }

    try {
      await record('requested', null);
    } catch {
      return sendJson(
        res,
        503,
        'The console cannot write its audit log, so it did not send the stop. Tell your administrator.',
      );
    }

    let answer: UpstreamAnswer | null = null;
    let failure: FailureAnswer | null = null;
    try {
      answer = await deps.upstream.request('stopCall', params);
    } catch (error) {
      failure = describeFailure(error, config.upstreamTimeoutMs, 'stop');
    }
    const status = answer?.status ?? failure?.upstreamStatus ?? null;
    const result = answer
      ? answer.status >= 200 && answer.status < 300
        ? 'stopped'
        : 'upstream_error'
      : failure!.result;
    try {
      await record(result, status, clientGone ? { clientGone } : {});
    } catch {
      answer?.body.destroy();
      return sendJson(
        res,
        500,
        `The stop was sent (${status === null ? 'the API gave no answer' : `the API answered ${status}`}), but the console could not write its outcome to the audit log. Tell your administrator.`,
      );
    }
    if (answer) sendAnswer(res, answer);
    else sendJson(res, failure!.status, failure!.detail);
  };
}
