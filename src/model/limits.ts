/** Largest scenario document accepted, bytes of JSON (SPEC §5). */
export const maxScenarioBytes = 5 * 1024 * 1024;
/** Most components a scenario may hold (SPEC §5). */
export const maxComponents = 5000;
/** Most clients, groups and edges, so that a hostile file cannot exhaust memory. */
export const maxClients = 200;
export const maxGroups = 2000;
export const maxEdges = 20000;
