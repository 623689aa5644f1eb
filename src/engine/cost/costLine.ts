import type { PriceBasis } from '../catalog/regionalPrices';

/** Cost categories of SPEC §2.5. */
export type CostCategory = 'compute' | 'serverless' | 'database' | 'cache' | 'storage' | 'loadBalancing' | 'cdn' | 'dns' | 'messaging' | 'external' | 'dataTransfer';

/** One priced item of the monthly bill, USD/month, attributed to a component. */
export interface CostLine {
  componentIndex: number;
  category: CostCategory;
  /** What is billed, with the region and unit price it is billed at ("2 × m6i.large (onDemand), eu-west-1 at $0.107/h"). */
  label: string;
  monthlyUsd: number;
  /** The same line (same quantity) at us-east-1's unit price: the line of the bill's us-east-1 counterfactual. */
  usEast1MonthlyUsd: number;
  /** Catalog id of the region the line is priced in (`aws:eu-west-1`); absent for global services and explicit prices. */
  regionId?: string;
  /** How the line's unit price was found; absent for explicit prices and for lines of several prices (data transfer). */
  basis?: PriceBasis;
}
