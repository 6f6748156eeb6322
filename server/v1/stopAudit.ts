import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { AuditLog, AuditRecord } from '../auditLog.ts';
import { userOf } from '../auth/users.ts';
import { errorFields, type Logger } from '../logger.ts';

export type RecordStop = (
  result: string,
  upstreamStatus: number | null,
  extra?: Pick<AuditRecord, 'clientGone'>,
) => Promise<void>;

/**
 * Records one stop request: who, which call, from where, and each step's result. Every line goes
 * to the structured log; with an audit log it is also appended (and fsynced) there, and a failed
 * append rejects, so the caller can refuse to send, or say it could not record.
 */
export function stopRecorder(audit: AuditLog | null, logger: Logger) {
  return (req: Request, callId: string | null): RecordStop => {
    const base = { requestId: randomUUID(), user: userOf(req), ip: req.ip ?? null, callId };
    return async (result, upstreamStatus, extra = {}) => {
      const line = { ...base, result, upstreamStatus, ...extra };
      logger.log('info', 'stop', line);
      if (!audit) return;
      try {
        await audit.append(line);
      } catch (error) {
        logger.log('error', 'audit log write failed', { ...errorFields(error), record: line });
        throw error;
      }
    };
  };
}
