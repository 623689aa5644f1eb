import { getIn } from './fieldValue';

/** Fields that mean nothing in the element's current configuration, so the inspector hides them. */
const hiddenWhen: Record<string, (element: unknown) => boolean> = {
  serverless: (element) => getIn(element, ['flavor']) !== 'serverless',
  'autoscaling.min': (element) => getIn(element, ['autoscaling', 'enabled']) !== true,
  'autoscaling.max': (element) => getIn(element, ['autoscaling', 'enabled']) !== true,
  'autoscaling.targetUtilization': (element) => getIn(element, ['autoscaling', 'enabled']) !== true,
  'autoscaling.scaleUpSeconds': (element) => getIn(element, ['autoscaling', 'enabled']) !== true,
  quorum: (element) => getIn(element, ['model']) !== 'leaderless',
  replication: (element) => getIn(element, ['model']) === 'single',
  replicationLagMs: (element) => getIn(element, ['model']) === 'single' || getIn(element, ['replication']) === 'sync',
  lagMs: (element) => getIn(element, ['mode']) === 'sync',
};

export function isFieldHidden(path: readonly string[], element: unknown): boolean {
  return hiddenWhen[path.join('.')]?.(element) ?? false;
}
