export { FileMenu } from './FileMenu';
export { FilesLayer } from './FilesLayer';
export { RestoreGate } from './RestoreGate';
export { importScenarioFile } from './importScenarioFile';
export { exportScenario, scenarioFileName } from './exportScenario';
