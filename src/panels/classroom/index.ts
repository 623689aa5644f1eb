export { ClassroomLayer } from './ClassroomLayer';
export { ClassButton } from './ClassButton';
export { ClassOverlay } from './ClassOverlay';
