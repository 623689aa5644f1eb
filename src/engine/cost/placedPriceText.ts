import { unitPriceText, type PlacedPrice } from '../catalog/regionalPrices';

/**
 * Where a line is priced and at what unit price, for its label: "eu-west-1 at $0.107/h",
 * "eu-west-1 at $0.02508/h (estimated)", "global at $0.4/1M queries", and for a price the data does not
 * give for the region, "eu-north-1 at us-east-1's $0.2/1M requests (no eu-north-1 price in the data)".
 */
export function placedPriceText(placed: PlacedPrice): string {
  const price = `$${unitPriceText(placed.price.value)}${placed.price.unit.replace(/^USD/, '')}`;
  const where = placed.region?.code ?? 'global';
  switch (placed.basis) {
    case 'estimated':
      return `${where} at ${price} (estimated)`;
    case 'usEast1':
      return `${where} at us-east-1's ${price} (no ${where} price in the data)`;
    case 'listed':
    case 'global':
      return `${where} at ${price}`;
  }
}
