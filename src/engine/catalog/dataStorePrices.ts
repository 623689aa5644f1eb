import { assumption, fact, type Sourced } from './sourced';

/** A managed database or cache node size with its us-east-1 on-demand price per node-hour. */
export interface NodeTypeEntry {
  id: string;
  usdPerHour: Sourced;
}

const node = (id: string, usdPerHour: number, section: string, asOf: string): NodeTypeEntry => ({
  id,
  usdPerHour: fact(usdPerHour, 'USD/h', section, asOf),
});

/** Database instance sizes, single-AZ price per instance-hour (docs/sources.md §3.2). Each copy is billed. */
export const databaseNodeTypes: readonly NodeTypeEntry[] = [
  node('aws:db.t3.large', 0.136, '§3.2 (RDS MySQL db.t3.large, db_instance_test.golden)', '2026-05-03'),
  node('aws:db.m5.large', 0.171, '§3.2 (RDS MySQL db.m5.large, db_instance_test.golden)', '2026-05-03'),
  node('aws:db.m6i.large', 0.171, '§3.2 (RDS MySQL db.m6i.large, pricing page, tag K)', '2026-08-22'),
  node('aws:db.m6i.large-postgres', 0.178, '§3.2 (RDS PostgreSQL db.m6i.large, pricing page, tag K)', '2026-08-22'),
  node('aws:aurora.db.t3.medium', 0.082, '§3.2 (Aurora db.t3.medium, rds_cluster_instance_test.golden)', '2025-03-05'),
  node('aws:aurora.db.t3.large', 0.164, '§3.2 (Aurora db.t3.large, rds_cluster_instance_test.golden)', '2025-03-05'),
  node('aws:aurora.db.r6g.large', 0.26, '§3.2 (Aurora db.r6g.large, pricing page, tag K)', '2026-08-22'),
  node('aws:aurora.db.r6i.large', 0.29, '§3.2 (Aurora db.r6i.large, pricing page, tag K)', '2026-08-22'),
];

/** Cache node sizes (ElastiCache Redis OSS), price per node-hour (docs/sources.md §3.2). */
export const cacheNodeTypes: readonly NodeTypeEntry[] = [
  node('aws:cache.t3.medium', 0.068, '§3.2 (ElastiCache cache.t3.medium, pricing page, tag K)', '2026-08-22'),
  node('aws:cache.m6g.large', 0.149, '§3.2 (ElastiCache cache.m6g.large, pricing page, tag K)', '2026-08-22'),
  node('aws:cache.r6g.large', 0.206, '§3.2 (ElastiCache cache.r6g.large, pricing page, tag K)', '2026-08-22'),
  node('aws:cache.m4.large', 0.156, '§3.2 (ElastiCache cache.m4.large, elasticache_cluster_test.golden)', '2026-08-22'),
];

/** `instanceType` of a database billed per request (DynamoDB on-demand) instead of per node-hour. */
export const dynamoDbOnDemandType = 'aws:dynamodb.on-demand';

const byId = (entries: readonly NodeTypeEntry[]) => new Map(entries.map((entry) => [entry.id, entry]));
const databaseById = byId(databaseNodeTypes);
const cacheById = byId(cacheNodeTypes);

/** The price entry of a database instance size, or undefined when the catalog has none. */
export function findDatabaseNodeType(id: string): NodeTypeEntry | undefined {
  return databaseById.get(id);
}

/** The price entry of a cache node size, or undefined when the catalog has none. */
export function findCacheNodeType(id: string): NodeTypeEntry | undefined {
  return cacheById.get(id);
}

/** Storage and request prices of managed data services, us-east-1 (docs/sources.md §3.2, §3.3, §3.5). */
export const dataStorePrices = {
  /** RDS gp2/gp3 storage per copy; a Multi-AZ standby doubles it ($0.23 Multi-AZ). */
  databaseStorageUsdPerGbMonth: fact(0.115, 'USD/GB-month', '§3.2 (RDS gp2/gp3 storage, single-AZ)', '2026-05-03'),
  dynamoDbUsdPerMillionWrites: fact(0.625, 'USD/1M WRU', '§3.2 (DynamoDB on-demand, after 2024-11-01 cut)', '2024-11-15'),
  dynamoDbUsdPerMillionReads: fact(0.125, 'USD/1M RRU', '§3.2 (DynamoDB on-demand, after 2024-11-01 cut)', '2024-11-15'),
  dynamoDbStorageUsdPerGbMonth: fact(0.25, 'USD/GB-month', '§3.2 (DynamoDB storage)', '2024-11-15'),
  s3StandardUsdPerGbMonth: fact(0.023, 'USD/GB-month', '§3.3 (S3 Standard, first 50 TB)', '2024-07-01'),
  s3InfrequentAccessUsdPerGbMonth: fact(0.0125, 'USD/GB-month', '§3.3 (S3 Standard-IA)', '2024-07-01'),
  s3PutUsdPerThousand: fact(0.005, 'USD/1k requests', '§3.3 (S3 PUT/COPY/POST/LIST)', '2024-07-01'),
  s3GetUsdPerThousand: fact(0.0004, 'USD/1k requests', '§3.3 (S3 GET/SELECT)', '2024-07-01'),
  sqsStandardUsdPerMillion: fact(0.4, 'USD/1M requests', '§3.5 (SQS Standard)', '2024-07-01'),
  sqsFifoUsdPerMillion: fact(0.5, 'USD/1M requests', '§3.5 (SQS FIFO)', '2024-07-01'),
  /** Each message is sent, received and deleted: three billed API requests (per 64 KB chunk). */
  sqsRequestsPerMessage: assumption(3, 'requests/message', 'a consumer calls SendMessage, ReceiveMessage and DeleteMessage once per message; batching would lower it'),
} satisfies Record<string, Sourced>;
