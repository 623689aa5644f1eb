export { checkGoal, type ConditionResult, type GoalResult } from './checkGoal';
export { bundledLessons } from './bundledLessons';
export { describeCondition, formatFigure } from './describeCondition';
export { referenceStepStart, stepStartScenario } from './stepStartScenario';
