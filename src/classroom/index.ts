export { readClassState, writeClassFollow, writeClassStart, writeClassStep, type ClassState, type ClassViewport } from './classState';
export { goalStatusOf, readStudentState, studentNameSchema, writeGoalStatus, writeStudentProfile, writeSubmission, type GoalStatus, type StudentState } from './studentState';
export { rosterOf, type RosterRow } from './roster';
export { classDesignsBundle, classResultsCsv } from './classResults';
export { keepDocLocally, memoryDocStorage, type DocStorage } from './docStorage';
export type { JoinRoom } from './classConnections';
export { openTeacherClass, type TeacherClass } from './teacherClass';
export { openStudentClass, type StudentClass } from './studentClass';
