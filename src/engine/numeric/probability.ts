/**
 * Branded probabilities, so that a probability of failure is never passed where a probability of
 * success is wanted. The engine works in unavailability U (a probability of failure) throughout,
 * because U of 1e-12 is representable exactly while `1 − A` for A = 1 − 1e-12 is not
 * (float64 spacing near 1 is 1.1e-16; see data/performance-anchors.md §0 G7).
 */

declare const unavailabilityBrand: unique symbol;
declare const availabilityBrand: unique symbol;

/** Probability of failure (down, or a request failing), 0–1, dimensionless. */
export type Unavailability = number & { readonly [unavailabilityBrand]: true };

/** Probability of success (up, or a request succeeding), 0–1, dimensionless. */
export type Availability = number & { readonly [availabilityBrand]: true };

function checkProbability(value: number, what: string): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${what} must be a probability in [0, 1], got ${value}`);
}

/** Brands `value` (0–1) as an unavailability; throws RangeError outside [0, 1] or on NaN. */
export function asUnavailability(value: number): Unavailability {
  checkProbability(value, 'unavailability');
  return value as Unavailability;
}

/** Brands `value` (0–1) as an availability; throws RangeError outside [0, 1] or on NaN. */
export function asAvailability(value: number): Availability {
  checkProbability(value, 'availability');
  return value as Availability;
}

/**
 * A = 1 − U, for display only: the result rounds to 1 once U < 1.1e-16, which is why reports keep
 * U itself as the exact figure.
 */
export function availabilityFromUnavailability(unavailability: Unavailability): Availability {
  return (1 - unavailability) as Availability;
}

/**
 * U = 1 − A for an availability a person typed (e.g. 0.9995). The subtraction is exact for any A
 * in [0.5, 1] (Sterbenz lemma), so U carries no more error than A itself did.
 */
export function unavailabilityFromAvailability(availability: Availability): Unavailability {
  return (1 - availability) as Unavailability;
}
