import { findCatalogRegion } from '../../../model';
import { getIn } from './fieldValue';

/**
 * The value a discriminated union starts with when a person switches to another variant: named
 * starting points they are expected to edit (a year between failures, four hours to repair…).
 */
export function variantDefault(discriminator: string, tag: string, current: unknown): Record<string, unknown> {
  switch (`${discriminator}:${tag}`) {
    case 'source:direct':
      return { source: tag, availability: 0.999 };
    case 'source:unavailability':
      return { source: tag, unavailability: 0.001 };
    case 'source:mtbf':
      return { source: tag, mtbfHours: 8760, mttrHours: 4 };
    case 'source:explicit':
      return { source: tag, usdPerHour: 0, usdPerMillionRequests: 0, usdPerGbMonth: 0 };
    case 'kind:coordinates': {
      const region = findCatalogRegion(String(getIn(current, ['regionId'])));
      return { kind: tag, latDeg: region?.latDeg ?? 0, lonDeg: region?.lonDeg ?? 0 };
    }
    case 'kind:region':
      return { kind: tag, regionId: 'aws:us-east-1' };
    default:
      return { [discriminator]: tag };
  }
}
