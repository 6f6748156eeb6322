/** Statuses in which a call is still running: worth polling, and stoppable. */
export const LIVE_STATUSES = ['queued', 'initiated', 'in_progress'] as const;
export const TERMINAL_STATUSES = ['completed', 'failed'] as const;

export function isLiveStatus(status: string): boolean {
  return (LIVE_STATUSES as readonly string[]).includes(status);
}

export function isTerminalStatus(status: string): boolean {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}
