import { useEffect, useMemo } from 'react';
import { checkGoal, type GoalResult } from '../../lessons';
import type { LessonStep } from '../../model';
import { useMeridianStore, useResults } from '../../store';
import { useLessonSession } from './useLessonSession';

/**
 * The step's goal checked live against the store's latest report, when the lesson's tab is the one
 * open (another tab's figures say nothing about the lesson's design). Meeting it marks the step done.
 */
export function useStepGoal(step: LessonStep): { result: GoalResult | null; onLessonTab: boolean; updating: boolean } {
  const tabId = useLessonSession((state) => state.tabId);
  const onLessonTab = useMeridianStore((state) => state.activeTabId === tabId);
  const { report, status } = useResults();
  const result = useMemo(() => (report && onLessonTab ? checkGoal(step.goal, report) : null), [report, onLessonTab, step.goal]);
  const settled = status === 'ready' && result?.passed === true;
  useEffect(() => {
    if (settled) useLessonSession.getState().markCompleted(step.id);
  }, [settled, step.id]);
  return { result, onLessonTab, updating: status === 'computing' };
}
