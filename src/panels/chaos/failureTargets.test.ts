import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../../model';
import { failureTargetLabel, failureTargetOptions } from './failureTargets';

const example = createExampleScenario();

describe('chaos failure targets', () => {
  it('lists failure domains outermost first, then components and the database primary', () => {
    expect(failureTargetOptions(example).map((o) => o.target)).toEqual(['aws', 'eu-west-1', 'zone-a', 'zone-b', 'dns', 'lb', 'app-a', 'app-b', 'cache', 'db', 'db/primary']);
    expect(failureTargetLabel(example, 'zone-b')).toBe('eu-west-1b (zone)');
    expect(failureTargetLabel(example, 'gone')).toBe('gone');
  });
});
