import { describe, expect, it } from 'vitest';
import { catalogRegions, findCatalogRegion } from '../../model';
import { measuredRttMs } from '../catalog/measuredRtt';
import { distanceModelRttMs } from './distanceModelRtt';
import { greatCircleKm } from './greatCircle';
import type { Site } from './site';
import { siteRtt } from './siteRtt';

const region = (id: string) => {
  const found = findCatalogRegion(id);
  if (!found) throw new Error(id);
  return found;
};
const site = (id: string, regionGroupIndex = -1, zoneGroupIndex = -1): Site => {
  const r = region(id);
  return { regionGroupIndex, zoneGroupIndex, region: r, latDeg: r.latDeg, lonDeg: r.lonDeg };
};

describe('greatCircleKm', () => {
  it('agrees with the spherical law of cosines (an independent formula)', () => {
    // Dublin (53.35, −6.26) ↔ Ashburn (39.04, −77.49): d = R·acos(sin φ₁ sin φ₂ + cos φ₁ cos φ₂ cos Δλ).
    const r = Math.PI / 180;
    const expected = 6371.0088 * Math.acos(Math.sin(53.35 * r) * Math.sin(39.04 * r) + Math.cos(53.35 * r) * Math.cos(39.04 * r) * Math.cos((-77.49 + 6.26) * r));
    expect(greatCircleKm(53.35, -6.26, 39.04, -77.49)).toBeCloseTo(expected, 6);
  });
});

describe('distanceModelRttMs', () => {
  it('is 1.75 × 2d / 200 with a 2 ms floor', () => {
    expect(distanceModelRttMs(1000)).toBeCloseTo(17.5, 12); // 1.75 × 2 × 1000 / 200
    expect(distanceModelRttMs(10)).toBe(2);
  });

  it('is within the stated error of measured RTT for real pairs (stretch p10 1.42 … p90 2.68)', () => {
    const pairs = [
      ['aws:eu-central-1', 'aws:ap-south-1'],
      ['aws:us-east-1', 'aws:sa-east-1'],
      ['aws:us-east-1', 'aws:us-west-2'],
      ['aws:eu-west-2', 'aws:ap-southeast-1'],
      ['gcp:us-central1', 'gcp:europe-west1'],
    ] as const;
    for (const [a, b] of pairs) {
      const ra = region(a);
      const rb = region(b);
      const km = greatCircleKm(ra.latDeg, ra.lonDeg, rb.latDeg, rb.lonDeg);
      const measured = measuredRttMs(ra, rb)?.value ?? NaN;
      const stretch = measured / ((2 * km) / 200);
      expect(stretch, `${a} ↔ ${b}`).toBeGreaterThanOrEqual(1.42);
      expect(stretch, `${a} ↔ ${b}`).toBeLessThanOrEqual(2.68);
      const model = distanceModelRttMs(km);
      expect(model / measured).toBeGreaterThan(1.75 / 2.68);
      expect(model / measured).toBeLessThan(1.75 / 1.42);
    }
  });
});

describe('distance model error over the whole AWS matrix', () => {
  it('puts 80 % of the 486 pairs beyond 500 km inside the p10–p90 stretch band, as docs/sources.md §1.5 states', () => {
    // Transatlantic and transpacific cables are straighter than average: us-east-1 ↔ eu-west-1 has
    // stretch 1.27, so the model (1.75) overestimates it by 38 % — one of the 10 % below p10.
    const aws = catalogRegions.filter((r) => r.provider === 'aws');
    let pairs = 0;
    let inside = 0;
    for (const a of aws) {
      for (const b of aws) {
        const km = greatCircleKm(a.latDeg, a.lonDeg, b.latDeg, b.lonDeg);
        const measured = measuredRttMs(a, b);
        if (a.code >= b.code || km <= 500 || measured === undefined) continue;
        pairs += 1;
        const stretch = measured.value / ((2 * km) / 200);
        if (stretch >= 1.42 && stretch <= 2.68) inside += 1;
      }
    }
    expect(pairs).toBe(486);
    expect(inside / pairs).toBeGreaterThan(0.78);
    expect(inside / pairs).toBeLessThan(0.82);
  });
});

describe('siteRtt', () => {
  it('uses the intra-region defaults: same zone 0.2, two zones 1, zone unknown 0.5 ms', () => {
    expect(siteRtt(site('aws:eu-west-1', 3, 4), site('aws:eu-west-1', 3, 4)).value).toBe(0.2);
    expect(siteRtt(site('aws:eu-west-1', 3, 4), site('aws:eu-west-1', 3, 5)).value).toBe(1);
    expect(siteRtt(site('aws:eu-west-1', 3, 4), site('aws:eu-west-1', 3)).value).toBe(0.5);
  });

  it('prefers the matrix, and falls back to the distance model across providers', () => {
    expect(siteRtt(site('aws:eu-west-1', 1), site('aws:eu-west-2', 2)).value).toBeCloseTo(measuredRttMs(region('aws:eu-west-1'), region('aws:eu-west-2'))?.value ?? NaN, 12);
    const cross = siteRtt(site('aws:eu-west-2', 1), site('gcp:europe-west3', 2));
    expect(cross.source).toMatch(/distance model/);
    expect(cross.value).toBeCloseTo(distanceModelRttMs(greatCircleKm(51.51, -0.13, 50.11, 8.68)), 9);
  });
});
