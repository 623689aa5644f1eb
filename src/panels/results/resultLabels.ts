import type { FailureClass } from '../../engine';
// From their own files, not the export folder's index: this runs on the first screen, and a value
// imported through the index would bring the report writers (Markdown, CSV, print) into the initial JavaScript.
import { categoryName } from '../../export/categoryName';
import { reportNames, type ReportNames } from '../../export/reportNames';
import type { NamedElements, Scenario } from '../../model';

/** A failure class as people say it (SPEC §2.4), in the order the results and the compare table list them. */
export const failureClassNames: Readonly<Record<FailureClass, string>> = {
  instance: 'Instance loss',
  zone: 'Zone loss',
  region: 'Region loss',
  provider: 'Provider loss',
  corruption: 'Data corruption',
};

export const failureClasses = Object.keys(failureClassNames) as FailureClass[];

/** Names of what the report refers to by id, taken from the scenario. */
export interface ResultLabels extends ReportNames {
  categoryName: (category: string) => string;
  recoveryTargets: { rtoSeconds: number; rpoSeconds: number };
}

/** What the labels are made from: element names, edge ends and the recovery targets. */
export type LabelledScenario = NamedElements & { readonly recovery: Pick<Scenario['recovery'], 'targets'> };

/** Names by id (`reportNames`: an edge by its ends, the id only where names collide) and the recovery targets. */
export function resultLabels(scenario: LabelledScenario): ResultLabels {
  const { rtoSec, rpoSec } = scenario.recovery.targets;
  return { ...reportNames(scenario), categoryName, recoveryTargets: { rtoSeconds: rtoSec, rpoSeconds: rpoSec } };
}
