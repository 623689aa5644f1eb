/**
 * A catalog figure together with where it comes from. Every number the catalog presents as real
 * names the section of `docs/sources.md` that gives its original public source, and the date of the
 * version read; a figure no source gives is an `assumption`, and then says why it was chosen.
 */
export interface Sourced<T = number> {
  value: T;
  /** Unit of `value`, e.g. `ms`, `USD/h`, `USD/GB`. */
  unit: string;
  /** Section of docs/sources.md (e.g. `docs/sources.md §3.1 (…)`), naming the original public source. */
  source: string;
  /** Date of the snapshot or price page the figure was read from (ISO `YYYY-MM-DD`). */
  asOf: string;
  /** True when no source gives the figure and it is a named assumption (the UI marks it so); absent or false for a fact. */
  assumption?: boolean;
  /** Why this value (always present for assumptions). */
  rationale?: string;
}

/** Date of the research pass behind `docs/sources.md`, for rows whose source is undated. */
export const researchAsOf = '2026-08-22';

const sourcesPage = 'docs/sources.md';

/** A fact whose original source `docs/sources.md` gives at `section` (e.g. `§1.6`). */
export function fact<T>(value: T, unit: string, section: string, asOf: string = researchAsOf, rationale?: string): Sourced<T> {
  const entry: Sourced<T> = { value, unit, source: `${sourcesPage} ${section}`, asOf, assumption: false };
  if (rationale !== undefined) entry.rationale = rationale;
  return entry;
}

/** A named assumption: no source gives this figure; `rationale` says why this value. */
export function assumption<T>(value: T, unit: string, rationale: string, basis: string = sourcesPage): Sourced<T> {
  return { value, unit, source: basis, asOf: researchAsOf, assumption: true, rationale };
}
