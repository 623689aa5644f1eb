import { describe, expect, it } from 'vitest';
import { templateCatalog } from './templateCatalog';
import { templateMatches } from './templateMatches';

const matching = (query: string) => templateCatalog.filter((entry) => templateMatches(entry.scenario, query)).map((entry) => entry.scenario.id);

describe('templateMatches', () => {
  it('keeps every template for an empty query', () => {
    expect(matching('  ')).toHaveLength(templateCatalog.length);
  });

  it('finds templates by name, description and what they hold, every word in any case', () => {
    expect(matching('Serverless')).toContain('edge-serverless');
    expect(matching('queues')).toContain('event-driven-queues');
    expect(matching('monolith zone')).toEqual(expect.arrayContaining(['monolith-two-zones']));
    expect(matching('monolith zone')).not.toContain('edge-serverless');
    expect(matching('no such thing')).toEqual([]);
  });
});
