/** Server-side configuration, read from the environment once. The key never leaves this process. */
export interface ServerConfig {
  apiKey: string | null;
  apiUrl: string;
  /** Upstream timeout for proxied requests. */
  upstreamTimeoutMs: number;
  readOnly: boolean;
}

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const key = env.ONEINBOX_API_KEY?.trim();
  const timeout = Number(env.CONSOLE_UPSTREAM_TIMEOUT_MS ?? 10_000);
  return {
    apiKey: key ? key : null,
    apiUrl: (env.ONEINBOX_API_URL?.trim() || 'https://api.oneinbox.ai').replace(/\/+$/, ''),
    upstreamTimeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 10_000,
    readOnly: env.CONSOLE_READ_ONLY === '1' || env.CONSOLE_READ_ONLY === 'true',
  };
}
