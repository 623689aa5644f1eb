import { autoLayout } from '../../commands';
import { beforeEach, describe, expect, it } from 'vitest';
import { createChainScenario } from '../../model/fixtures/chainScenario';
import { useMeridianStore } from '../../store';
import { elkMaxComponents, laidOutIfNeeded, tidyUpDesign } from './tidyUpDesign';

beforeEach(() => useMeridianStore.setState(useMeridianStore.getInitialState(), true));

describe('laidOutIfNeeded', () => {
  it('lays out a design above the ELK bound in simple rows, at once, and says so', async () => {
    const scenario = createChainScenario(elkMaxComponents + 1);
    const laidOut = await laidOutIfNeeded(scenario);
    expect(Object.keys(laidOut.layout.nodes)).toEqual(expect.arrayContaining(scenario.components.map((component) => component.id)));
    expect(useMeridianStore.getState().notice?.message).toContain(`${scenario.name} has ${elkMaxComponents + 1} components`);
  });

  it('keeps the layout a document came with', async () => {
    const scenario = createChainScenario(3);
    const withLayout = { ...scenario, layout: autoLayout(scenario) };
    expect(await laidOutIfNeeded(withLayout)).toBe(withLayout);
  });
});

describe('tidyUpDesign', () => {
  it('tidies a design above the ELK bound in simple rows, at once, and says so', async () => {
    const scenario = createChainScenario(elkMaxComponents + 1);
    useMeridianStore.setState({ scenario });
    await tidyUpDesign();
    expect(useMeridianStore.getState().scenario.layout.nodes).toEqual(autoLayout(scenario).nodes);
    expect(useMeridianStore.getState().notice?.message).toContain('laid out in simple rows');
  });
});
