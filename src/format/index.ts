export { availabilityPercent, downtimeMinutesNumber, ninesNumber, unavailabilityNumber } from './availabilityText';
export { formatAvailability, formatDowntime, formatMs, formatNines, formatPercent, formatQuantity, formatRps, formatSeconds, formatUnavailability, formatUsd, formatUsdExact, formatUsdWhole } from './screenFigures';
