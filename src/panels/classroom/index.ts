export { ClassButton } from './ClassButton';
export { ClassOverlayOnDemand, ClassroomOnDemand } from './ClassroomOnDemand';
