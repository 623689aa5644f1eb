import { describe, expect, it } from 'vitest';
import { clientPopulationSchema, componentSchema, workloadSchema } from '../../../model';
import { fieldsFromShape, type FieldSpec } from './fieldSpec';
import { getIn, parseListField, parseNumberField, parseTextField, refusalForField, setIn, validateField } from './fieldValue';

const computeShape = componentSchema.options.find((option) => option.shape.kind.value === 'compute')?.shape ?? {};
const find = (fields: FieldSpec[], key: string) => fields.find((field) => field.path.at(-1) === key);

function numberField(fields: FieldSpec[], key: string) {
  const field = find(fields, key);
  if (field?.control !== 'number') throw new Error(`${key} is not a number field`);
  return field;
}

describe('fieldsFromShape', () => {
  const fields = fieldsFromShape(computeShape, new Set(['id', 'groupId']));

  it('derives typed, unit-labelled fields from a kind’s schema', () => {
    expect(find(fields, 'id')).toBeUndefined();
    expect(find(fields, 'kind')).toBeUndefined();
    expect(find(fields, 'instances')).toMatchObject({ control: 'number', integer: true, label: 'Instances' });
    expect(find(fields, 'serviceTimeMs')).toMatchObject({ control: 'number', unit: 'ms' });
    expect(find(fields, 'flavor')).toMatchObject({ control: 'select', options: ['vm', 'container', 'serverless'] });
    expect(find(fields, 'name')).toMatchObject({ control: 'text' });
  });

  it('nests objects as sections and unions as variants', () => {
    const autoscaling = find(fields, 'autoscaling');
    expect(autoscaling?.control === 'section' && autoscaling.fields.map((f) => f.path.join('.'))).toContain('autoscaling.targetUtilization');
    const availability = find(fields, 'availability');
    expect(availability?.control === 'variant' && Object.keys(availability.variants)).toEqual(['catalog', 'direct', 'unavailability', 'mtbf']);
    expect(availability?.control === 'variant' && availability.variants.mtbf?.map((f) => f.path.join('.'))).toEqual(['availability.mtbfHours', 'availability.mttrHours']);
  });

  it('uses a region picker for catalog regions and lists for arrays', () => {
    const clientFields = fieldsFromShape(clientPopulationSchema.shape);
    const location = find(clientFields, 'location');
    expect(location?.control === 'variant' && location.variants.region?.[0]).toMatchObject({ control: 'region', path: ['location', 'regionId'] });
    expect(find(clientFields, 'residency')).toMatchObject({ control: 'list', optional: true });
  });
});

describe('field values', () => {
  const fields = fieldsFromShape(computeShape);

  it('validates numbers with the field’s own schema', () => {
    expect(parseNumberField(numberField(fields, 'instances'), '4')).toEqual({ ok: true, value: 4 });
    expect(parseNumberField(numberField(fields, 'instances'), '0')).toEqual({ ok: false, error: 'Must be ≥ 1' });
    expect(parseNumberField(numberField(fields, 'instances'), '2.5')).toMatchObject({ ok: false, error: expect.stringMatching(/integer/) });
    expect(parseNumberField(numberField(fields, 'instances'), 'abc')).toEqual({ ok: false, error: 'Enter a number' });
    expect(parseNumberField(numberField(fields, 'instances'), '')).toEqual({ ok: false, error: 'Enter a number' });
    expect(parseNumberField(numberField(fields, 'serviceTimeMs'), 'Infinity')).toEqual({ ok: false, error: 'Enter a number' });
  });

  it('shows fractions as percentages, with ranges in percent', () => {
    const readFraction = numberField(fieldsFromShape(workloadSchema.shape), 'readFraction');
    expect(parseNumberField(readFraction, '85')).toEqual({ ok: true, value: 0.85 });
    expect(parseNumberField(readFraction, '7')).toEqual({ ok: true, value: 0.07 });
    expect(parseNumberField(readFraction, '150')).toEqual({ ok: false, error: 'Must be between 0 and 100 %' });
  });

  it('reads empty nullable numbers and texts as null, and trims names', () => {
    const edgeFields = fieldsFromShape(componentSchema.options[0].shape);
    const name = find(edgeFields, 'name');
    if (name?.control !== 'text') throw new Error('name is not text');
    expect(parseTextField(name, '  DNS  ')).toEqual({ ok: true, value: 'DNS' });
    expect(parseTextField(name, '   ')).toEqual({ ok: false, error: 'Must not be empty' });
  });

  it('parses comma-separated lists against the list schema', () => {
    const residency = find(fieldsFromShape(clientPopulationSchema.shape), 'residency');
    if (residency?.control !== 'list') throw new Error('residency is not a list');
    expect(parseListField(residency, 'EU, UK')).toEqual({ ok: true, value: ['EU', 'UK'] });
    expect(parseListField(residency, '')).toEqual({ ok: true, value: undefined });
    expect(parseListField(residency, 'Mars')).toMatchObject({ ok: false });
  });

  it('reads and writes nested paths without touching the original', () => {
    const original = { autoscaling: { min: 1, max: 4 } };
    const next = setIn(original, ['autoscaling', 'max'], 6);
    expect(next).toEqual({ autoscaling: { min: 1, max: 6 } });
    expect(getIn(original, ['autoscaling', 'max'])).toBe(4);
  });

  it('drops the field name from refusals shown under that field', () => {
    expect(refusalForField('instances: must be ≥ 1', ['instances'])).toBe('Must be ≥ 1');
    expect(refusalForField('minHealthy: must be ≤ instances (2)', ['instances'])).toBe('Min healthy: must be ≤ instances (2)');
    expect(validateField(numberField(fields, 'instances'), 3)).toEqual({ ok: true, value: 3 });
  });
});
