export { availabilityPercent, downtimeMinutesNumber, ninesNumber, unavailabilityNumber } from './availabilityText';
