import { availabilityFromUnavailability, downtimeMinutesPerMonth, downtimeMinutesPerYear, ninesOf, type Unavailability } from '../numeric';
import type { AvailabilityFigure, ExplainTerm } from '../report';

/**
 * The report figure for an unavailability U: availability = 1 − U (display only; U is the exact
 * figure), nines = −log10 U, downtime minutes per month = U × monthHours × 60 and per year × 12.
 */
export function availabilityFigure(unavailability: Unavailability, monthHours: number, explain: ExplainTerm[]): AvailabilityFigure {
  return {
    availability: availabilityFromUnavailability(unavailability),
    unavailability,
    nines: ninesOf(unavailability),
    downtimeMinutesPerMonth: downtimeMinutesPerMonth(unavailability, monthHours),
    downtimeMinutesPerYear: downtimeMinutesPerYear(unavailability, monthHours),
    explain,
  };
}
