import '../zodConfig';
import { z } from 'zod';
import { figurePathHelp, figureUnit, parseFigurePath, type FigurePath, type FigureUnit } from './figurePath';

export const comparators = ['<', '<=', '>', '>='] as const;
export type Comparator = (typeof comparators)[number];

/** Units a threshold may be written in: a figure's own unit, or for times any of ms, s, min, h. */
export const thresholdUnits = ['ms', 's', 'min', 'h', '%', 'nines', 'min/month', 'count', 'req/s', 'USD/month', 'USD/M requests'] as const;
export type ThresholdUnit = (typeof thresholdUnits)[number];

const secondsPerTimeUnit: Partial<Record<ThresholdUnit, number>> = { ms: 0.001, s: 1, min: 60, h: 3600 };

/** A threshold converted into the figure's own unit, or null when the units do not convert. */
export function thresholdInFigureUnit(value: number, unit: ThresholdUnit, target: FigureUnit): number | null {
  if (unit === target) return value;
  const from = secondsPerTimeUnit[unit];
  const to = secondsPerTimeUnit[target as ThresholdUnit];
  return from !== undefined && to !== undefined ? (value * from) / to : null;
}

const label = z.string().trim().min(1).max(160).optional();

/** "p99 for EU users < 150 ms": a report figure, a comparator and a threshold with its unit. */
export const figureConditionSchema = z
  .object({
    kind: z.literal('figure'),
    figure: z.custom<FigurePath>((value) => typeof value === 'string' && value.length <= 200 && parseFigurePath(value) !== null, { message: figurePathHelp }),
    comparator: z.enum(comparators),
    threshold: z.object({ value: z.number().finite(), unit: z.enum(thresholdUnits) }),
    /** How the condition reads to students; generated from the figure when absent. */
    label,
  })
  .superRefine((condition, ctx) => {
    const ref = parseFigurePath(condition.figure);
    const unit = ref && figureUnit(ref);
    if (!unit) return;
    if (thresholdInFigureUnit(condition.threshold.value, condition.threshold.unit, unit) === null) {
      ctx.addIssue({ code: 'custom', path: ['threshold', 'unit'], message: `must be "${unit}" for ${condition.figure}` });
    }
  });

/**
 * "Survive the loss of us-east-1": the recovery event (`region:us-east-1`, `zone:zone-a`,
 * `databasePrimary:db`…) must leave every population served, by redundancy, without an outage.
 */
export const surviveConditionSchema = z.object({
  kind: z.literal('survive'),
  event: z.string().regex(/^(instance|zone|region|provider|databasePrimary|corruption):[A-Za-z0-9_.:-]+$/, 'must be a recovery event id like region:us-east-1 or zone:zone-a'),
  label,
});

export const goalConditionSchema = z.discriminatedUnion('kind', [figureConditionSchema, surviveConditionSchema]);

export type FigureCondition = z.infer<typeof figureConditionSchema>;
export type SurviveCondition = z.infer<typeof surviveConditionSchema>;
export type GoalCondition = FigureCondition | SurviveCondition;

/** All conditions must pass for the goal to turn green. */
export const goalSchema = z.object({
  conditions: z.array(goalConditionSchema).min(1).max(10),
});
export type Goal = z.infer<typeof goalSchema>;
