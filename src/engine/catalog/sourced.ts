/**
 * A catalog figure together with where it comes from. Every number the catalog presents as real
 * names its data file and section and the date of the snapshot; a figure the data does not give is
 * an `assumption`, and then says why it was chosen.
 */
export interface Sourced<T = number> {
  value: T;
  /** Unit of `value`, e.g. `ms`, `USD/h`, `USD/GB`. */
  unit: string;
  /** Data file and section (e.g. `shared/data/cloud-facts.md §3.1`) or the upstream file. */
  source: string;
  /** Date of the snapshot or price page the figure was read from (ISO `YYYY-MM-DD`). */
  asOf: string;
  /** True when no data file gives the figure and it is a named assumption (the UI marks it so); absent or false for a fact. */
  assumption?: boolean;
  /** Why this value (always present for assumptions). */
  rationale?: string;
}

/** Date of the research pass that compiled `shared/data/cloud-facts.md`, for rows it does not date. */
export const cloudFactsAsOf = '2026-08-22';

const cloudFacts = 'shared/data/cloud-facts.md';

/** A fact read from `shared/data/cloud-facts.md` at `section` (e.g. `§1.6`). */
export function fact<T>(value: T, unit: string, section: string, asOf: string = cloudFactsAsOf, rationale?: string): Sourced<T> {
  const entry: Sourced<T> = { value, unit, source: `${cloudFacts} ${section}`, asOf, assumption: false };
  if (rationale !== undefined) entry.rationale = rationale;
  return entry;
}

/** A named assumption: no data file gives this figure; `rationale` says why this value. */
export function assumption<T>(value: T, unit: string, rationale: string, basis: string = cloudFacts): Sourced<T> {
  return { value, unit, source: basis, asOf: cloudFactsAsOf, assumption: true, rationale };
}
