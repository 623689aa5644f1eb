// The charts drawn with recharts: a chunk of their own, fetched with the panels that show them.
export { ScenarioScatter } from './ScenarioScatter';
export { SeriesLineChart } from './SeriesLineChart';
