/** The server's one way to the OneInbox API (see client.ts). */
export { createUpstream } from './client.ts';
export type { Upstream, UpstreamAnswer, UpstreamConfig, UpstreamRequestOptions } from './client.ts';
export { UpstreamError, type UpstreamFailureKind } from './errors.ts';
export { matchAllowlist, ROUTES, type RouteName, type RouteParams } from './routes.ts';
