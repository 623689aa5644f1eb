export { type Sourced, assumption, fact, researchAsOf } from './sourced';
export { measuredRttMs } from './measuredRtt';
export { networkDefaults } from './networkDefaults';
export { instanceTypes, findInstanceType, pricingModelFactors, lambdaPrices, type InstanceTypeEntry } from './computePrices';
export { databaseNodeTypes, cacheNodeTypes, dataStorePrices, dynamoDbOnDemandType, findCacheNodeType, findDatabaseNodeType, type NodeTypeEntry } from './dataStorePrices';
export { networkPrices, tieredCostUsd, kbPerGb, type PriceTier } from './networkPrices';
export { interRegionUsdPerGb, internetEgressTiers } from './transferPrices';
