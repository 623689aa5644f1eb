export { checkGoal, type ConditionResult, type GoalResult } from './checkGoal';
export { loadBundledLessons, loadedBundledLessons } from './loadBundledLessons';
export { describeCondition, formatFigure } from './describeCondition';
export { referenceStepStart, stepStartScenario } from './stepStartScenario';
