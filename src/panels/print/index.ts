export { PrintReportLayer } from './PrintReportLayer';
