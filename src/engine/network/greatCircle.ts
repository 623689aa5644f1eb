/** Mean Earth radius, km (IUGG). */
export const earthRadiusKm = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Great-circle distance between two points, km, by the haversine formula
 * d = 2R·asin(√(sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2))) on a sphere of radius R = 6371 km.
 */
export function greatCircleKm(latADeg: number, lonADeg: number, latBDeg: number, lonBDeg: number): number {
  const dLat = radians(latBDeg - latADeg);
  const dLon = radians(lonBDeg - lonADeg);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(latADeg)) * Math.cos(radians(latBDeg)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}
