/** Cost categories of SPEC §2.5. */
export type CostCategory = 'compute' | 'serverless' | 'database' | 'cache' | 'storage' | 'loadBalancing' | 'cdn' | 'dns' | 'messaging' | 'external' | 'dataTransfer';

/** One priced item of the monthly bill, USD/month, attributed to a component. */
export interface CostLine {
  componentIndex: number;
  category: CostCategory;
  label: string;
  monthlyUsd: number;
}
