export { formatCsv, formatMarkdownTable } from './table';
export { availabilityPercentText, exponentText, msText, ninesText, percentText, secondsText, usdText } from './reportFigures';
export { reportSections } from './reportSections';
export type { ReportBlock, ReportSection } from './reportSection';
export { reportMarkdown } from './reportMarkdown';
export { reportCsv } from './reportCsv';
export { markdownText } from './markdownText';
export { reportNames, type ReportNames, type ReportScenario } from './reportNames';
export { categoryName } from './categoryName';
