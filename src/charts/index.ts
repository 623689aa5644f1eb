export { CdfChart, type CdfSeries } from './CdfChart';
export { BarList, type BarRow } from './BarList';
export { chartTheme, seriesColour, seriesStroke, type SeriesStroke } from './chartColours';
export { downsampleLttb, maxChartPoints, type SeriesPoint } from './downsample';
export { formatAvailability, formatDowntime, formatMs, formatNines, formatPercent, formatQuantity, formatRps, formatSeconds, formatUnavailability, formatUsd, formatUsdExact } from '../format';
export { loadLevel, loadLevelColours, type LoadLevel } from './loadLevel';
export { ScenarioScatter, type ScenarioPoint } from './ScenarioScatter';
export { SeriesLineChart, type LineSeries } from './SeriesLineChart';
export { curveCrossovers, type Crossover } from './crossovers';
