// The recharts plots are in ./plots (imported by the panels that load on demand), so that importing
// a formatter from here never pulls recharts into the first load.
export { CdfChart, type CdfSeries } from './CdfChart';
export { BarList, type BarRow } from './BarList';
export { chartTheme, seriesColour, seriesStroke, type SeriesStroke } from './chartColours';
export { downsampleLttb, maxChartPoints, type SeriesPoint } from './downsample';
export { formatAvailability, formatDowntime, formatMs, formatNines, formatPercent, formatQuantity, formatRps, formatSeconds, formatUnavailability, formatUsd, formatUsdExact, formatUsdWhole } from '../format';
export { measureTextPx } from './measureTextPx';
export { loadLevel, loadLevelColours, type LoadLevel } from './loadLevel';
export type { ScenarioPoint } from './ScenarioScatter';
export type { LineSeries } from './SeriesLineChart';
export { curveCrossovers, type Crossover } from './crossovers';
