export * from './probability';
export { binomialUpperTail } from './binomialTail';
export { ninesOf, downtimeMinutesPerMonth, downtimeMinutesPerYear, monthsPerYear } from './nines';
