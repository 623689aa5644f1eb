export * from './figurePath';
export * from './goalCondition';
export { scenarioChangeSchema, scenarioChangesSchema, type ScenarioChange } from './scenarioChange';
export { applyScenarioChanges } from './applyScenarioChanges';
export { maxStepTextLength, type LessonStep, type StepStart } from './step';
export { currentLessonVersion, lessonDocumentSchema, maxLessonSteps, type Lesson } from './lesson';
export { parseLesson, maxLessonBytes, type LessonParseResult } from './parseLesson';
