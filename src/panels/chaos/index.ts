export { ChaosPanel } from './ChaosPanel';
