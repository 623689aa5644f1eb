import { describe, expect, it } from 'vitest';
import { createIdAllocator } from './ids';
import { example } from './test/helpers';

describe('createIdAllocator', () => {
  it('hands out readable ids that collide with nothing', () => {
    const allocate = createIdAllocator(example());
    expect(allocate('compute')).toBe('compute');
    expect(allocate('compute')).toBe('compute-2');
    expect(allocate('db')).toBe('db-2');
    expect(allocate('a b/c')).toBe('a-b-c');
    expect(allocate('x'.repeat(100))).toHaveLength(60);
  });
});
