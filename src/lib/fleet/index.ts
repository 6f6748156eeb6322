/**
 * Latency across calls (issue 16): one pure module, used by the console server's
 * GET /console/latency and by demo mode's handler, so both answer alike. No React, DOM or Node.
 */
export {
  createFleetAggregator,
  DEFAULT_TARGET_MS,
  DEFAULT_VIEW,
  type FleetAggregator,
  type FleetView,
} from './aggregator';
export {
  createFleetCache,
  type CachedWindow,
  type FleetCache,
  type FleetCacheOptions,
} from './cache';
export {
  callLatencyColumns,
  readCallLatency,
  type CallLatencyColumns,
  type CallTurnSummary,
  type LatencyState,
} from './callLatency';
export {
  abortableWait,
  FLEET_PAGE_SIZE,
  FleetSourceError,
  readFleetPage,
  runFleetJob,
  type FetchFleetPage,
  type FleetJobDeps,
  type FleetJobOutcome,
  type FleetPage,
} from './job';
export {
  DEFAULT_FLEET_LIMIT,
  FLEET_LIMITS,
  fleetCacheKey,
  parseFleetRequest,
  type FleetLimit,
  type FleetQuery,
  type FleetRequest,
} from './query';
export * from './wire';
