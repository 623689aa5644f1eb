/** Largest scenario document accepted, bytes of JSON (SPEC §5). */
export const maxScenarioBytes = 5 * 1024 * 1024;
/** Most components a scenario may hold (SPEC §5). */
export const maxComponents = 5000;
/** Most clients, groups and edges, so that a hostile file cannot exhaust memory. */
export const maxClients = 200;
export const maxGroups = 2000;
export const maxEdges = 20000;
/**
 * Most times one request of a population may reach a component (calls per request multiplied along a
 * path, added over paths): a request that fans out to more than a million calls is a mistake, and with
 * workloads up to 1e12 requests/s it keeps every load finite (`findCallAmplification`).
 */
export const maxCallsPerRequest = 1_000_000;
/** Most instances (or cache nodes) in one fleet: exact k-of-n availability takes O(n) per evaluation. */
export const maxFleetSize = 100_000;
/** Most requests one instance or one serverless function serves at once: Erlang C takes O(servers). */
export const maxConcurrency = 100_000;
/**
 * Every number of a scenario is 0 or has a magnitude in [1e-12, 1e12] (`numberInRange`), so that
 * products of a few of them (load × payload × price × hours) neither overflow to ∞ nor underflow to 0
 * in the engine. Only an explicit `unavailability` may be smaller: 1e-15 is a meaningful figure there.
 */
export const minNumberMagnitude = 1e-12;
export const maxNumberMagnitude = 1e12;
