import type { Migration } from './migrate';

/**
 * `scenarioMigrations[v]` upgrades a version-v document to v + 1. Version 1 is the first published
 * format, so there is nothing to upgrade yet; each future format change adds its step here and a
 * fixture of the old format under fixtures/, kept forever.
 */
export const scenarioMigrations: Readonly<Record<number, Migration>> = {};

export { migrateDocument, type Migration, type MigrationResult } from './migrate';
