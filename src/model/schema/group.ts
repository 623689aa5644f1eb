import '../zodConfig';
import { z } from 'zod';
import { availabilitySpecSchema, catalogRegionIdSchema, displayNameSchema, elementIdSchema, providerIdSchema } from './primitives';

const groupBase = {
  id: elementIdSchema,
  name: displayNameSchema,
  /** Availability of the whole failure domain; no provider publishes one, so defaults are named assumptions. */
  availability: availabilitySpecSchema.default({ source: 'catalog' }),
};

/** A provider (aws, gcp…): the outermost failure domain. */
export const providerGroupSchema = z.object({
  ...groupBase,
  kind: z.literal('provider'),
  parentId: z.null().default(null),
  provider: providerIdSchema,
});

/** A region from the catalog (`aws:eu-west-1`), optionally inside a provider group. */
export const regionGroupSchema = z.object({
  ...groupBase,
  kind: z.literal('region'),
  parentId: elementIdSchema.nullable().default(null),
  regionId: catalogRegionIdSchema,
});

/** An availability zone inside a region group. */
export const zoneGroupSchema = z.object({
  ...groupBase,
  kind: z.literal('zone'),
  parentId: elementIdSchema,
  /** The provider's zone name, e.g. `eu-west-1a`. */
  zoneName: z.string().min(1).max(64),
});

/** Groups are the failure domains: provider > region > zone. */
export const groupSchema = z.discriminatedUnion('kind', [providerGroupSchema, regionGroupSchema, zoneGroupSchema]);
export type Group = z.infer<typeof groupSchema>;
export type GroupKind = Group['kind'];
export type ProviderGroup = z.infer<typeof providerGroupSchema>;
export type RegionGroup = z.infer<typeof regionGroupSchema>;
export type ZoneGroup = z.infer<typeof zoneGroupSchema>;

/** Which group kinds may hold a group of each kind (null = top level). */
export const allowedGroupParents: Record<GroupKind, ReadonlyArray<GroupKind | null>> = {
  provider: [null],
  region: [null, 'provider'],
  zone: ['region'],
};
