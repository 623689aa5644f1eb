import { assumption, fact, type Sourced } from './sourced';

/** An instance type people can pick for a compute fleet or monolith. */
export interface InstanceTypeEntry {
  /** Catalog id, e.g. `aws:m6i.large`. */
  id: string;
  vcpus: number;
  memoryGib: number;
  /** On-demand price, us-east-1, USD per instance-hour. */
  usdPerHour: Sourced;
}

const ec2 = (id: string, vcpus: number, memoryGib: number, usdPerHour: number, asOf: string, note: string): InstanceTypeEntry => ({
  id: `aws:${id}`,
  vcpus,
  memoryGib,
  usdPerHour: fact(usdPerHour, 'USD/h', `§3.1 (${note})`, asOf),
});

const fargateVcpuHour = fact(0.04048, 'USD/vCPU-h', '§3.1 (Fargate Linux/x86, ecs_service_test.golden)', '2025-07-04');
const fargateGbHour = fact(0.004445, 'USD/GB-h', '§3.1 (Fargate Linux/x86, ecs_service_test.golden)', '2025-07-04');

/** A Fargate task size priced as vCPU-hours + GB-hours (docs/sources.md §3.1: 1 vCPU + 2 GB ≈ $36.04 / month). */
function fargate(vcpus: number, memoryGib: number): InstanceTypeEntry {
  const usd = vcpus * fargateVcpuHour.value + memoryGib * fargateGbHour.value;
  return {
    id: `aws:fargate.${vcpus}vcpu-${memoryGib}gb`,
    vcpus,
    memoryGib,
    usdPerHour: { ...fargateVcpuHour, value: usd, unit: 'USD/h', rationale: `${vcpus} × $${fargateVcpuHour.value}/vCPU-h + ${memoryGib} × $${fargateGbHour.value}/GB-h` },
  };
}

/** EC2 and Fargate sizes with us-east-1 on-demand prices (docs/sources.md §3.1). */
export const instanceTypes: readonly InstanceTypeEntry[] = [
  ec2('t3.micro', 2, 1, 0.0104, '2024-07-01', 'golden files'),
  ec2('t3.medium', 2, 4, 0.0416, '2024-07-01', 'instance_test.golden'),
  ec2('m5.large', 2, 8, 0.096, '2025-11-28', 'golden files'),
  ec2('m6i.large', 2, 8, 0.096, '2025-11-28', 'breakdown_terragrunt golden'),
  ec2('m6i.xlarge', 4, 16, 0.192, '2026-08-22', 'EC2 on-demand page, tag K'),
  ec2('c6i.large', 2, 4, 0.085, '2026-07-20', "Karpenter's generated price table"),
  ec2('c6i.xlarge', 4, 8, 0.17, '2026-08-22', 'EC2 on-demand page, tag K'),
  ec2('r6i.large', 2, 16, 0.126, '2026-08-22', 'EC2 on-demand page, tag K'),
  ec2('m7g.large', 2, 8, 0.0816, '2026-06-01', 'factualminds.com, June 2026'),
  fargate(0.5, 1),
  fargate(1, 2),
  fargate(2, 4),
];

const instanceTypesById = new Map(instanceTypes.map((entry) => [entry.id, entry]));

/** The catalog entry of an EC2 or Fargate size, or undefined when the catalog has no price for it. */
export function findInstanceType(id: string): InstanceTypeEntry | undefined {
  return instanceTypesById.get(id);
}

/**
 * Fraction of the on-demand price paid under each pricing model. Reserved figures are the t3.medium
 * Standard RI, no upfront (docs/sources.md §3.1: $0.0261/h and $0.0180/h against $0.0416/h, i.e. −37 % / −57 %),
 * applied to every instance type; spot has no figure in the data and is a named assumption.
 */
export const pricingModelFactors = {
  onDemand: fact(1, '× on-demand', '§3.1'),
  reserved1y: fact(0.0261 / 0.0416, '× on-demand', '§3.1 (t3.medium 1-yr Standard RI, no upfront: −37 %)', '2024-07-01', 'the t3.medium discount is applied to every instance type'),
  reserved3y: fact(0.018 / 0.0416, '× on-demand', '§3.1 (t3.medium 3-yr Standard RI, no upfront: −57 %)', '2024-07-01', 'the t3.medium discount is applied to every instance type'),
  spot: assumption(0.35, '× on-demand', 'spot prices float hourly and are not in the data; AWS advertises "up to 90 %" off, and general-purpose families typically save about two thirds'),
} satisfies Record<'onDemand' | 'reserved1y' | 'reserved3y' | 'spot', Sourced>;

/** AWS Lambda prices, x86, us-east-1 (docs/sources.md §3.1, lambda_function_test.golden). */
export const lambdaPrices = {
  usdPerMillionRequests: fact(0.2, 'USD/1M requests', '§3.1 (Lambda requests)', '2024-07-01'),
  /** First tier (first 6 billion GB-s a month); later tiers are cheaper. */
  usdPerGbSecond: fact(0.0000166667, 'USD/GB-s', '§3.1 (Lambda duration x86, first 6B GB-s)', '2024-07-01'),
} satisfies Record<string, Sourced>;
