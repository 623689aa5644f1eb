import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../model';
import { bundledLessons } from '../lessons/bundledLessons';
import { lzStringRunBomb } from './test/lzStringBomb';
import { decodeShareFragment, encodeShareFragment, maxChatLinkLength, maxFragmentLength } from './shareFragment';

describe('share fragments', () => {
  it('round-trips the example scenario, well under the chat-tool limit', async () => {
    const fragment = await encodeShareFragment('scenario', createExampleScenario());
    expect(fragment.startsWith('#s2=')).toBe(true);
    expect(fragment.length).toBeLessThan(maxChatLinkLength / 2);
    expect(await decodeShareFragment(fragment)).toEqual({ kind: 'scenario', scenario: createExampleScenario() });
  });

  it.each(bundledLessons.map((lesson) => [lesson.id, lesson] as const))('round-trips the %s lesson', async (_id, lesson) => {
    const decoded = await decodeShareFragment(await encodeShareFragment('lesson', lesson));
    expect(decoded.kind === 'lesson' && decoded.lesson).toEqual(lesson);
  });

  it('still opens the first links, made with lz-string', async () => {
    const scenario = createExampleScenario();
    expect(await decodeShareFragment(`#s=${LZString.compressToEncodedURIComponent(JSON.stringify(scenario))}`)).toEqual({ kind: 'scenario', scenario });
    const lesson = bundledLessons[0];
    const decoded = await decodeShareFragment(`#l=${LZString.compressToEncodedURIComponent(JSON.stringify(lesson))}`);
    expect(decoded.kind === 'lesson' && decoded.lesson).toEqual(lesson);
  });

  it('ignores fragments that are not shares', async () => {
    expect(await decodeShareFragment('')).toEqual({ kind: 'none' });
    expect(await decodeShareFragment('#section-2')).toEqual({ kind: 'none' });
  });

  it('refuses damaged, hostile and oversized links with a path-named reason', async () => {
    for (const broken of ['#s=%%%not-lz', '#s2=%%%', '#s2=AAAA', `${(await encodeShareFragment('scenario', createExampleScenario())).slice(0, 200)}`]) {
      expect(await decodeShareFragment(broken)).toMatchObject({ kind: 'invalid', issues: [{ path: '(link)', message: expect.stringMatching(/^is damaged or incomplete/) }] });
    }
    const hostile = await encodeShareFragment('scenario', { ...createExampleScenario(), components: [{ kind: 'compute', id: '<img src=x onerror=alert(1)>' }] });
    const decoded = await decodeShareFragment(hostile);
    expect(decoded.kind).toBe('invalid');
    expect(decoded.kind === 'invalid' && decoded.issues.some((issue) => issue.path.startsWith('components[0]'))).toBe(true);
    expect(await decodeShareFragment(`#l2=${'A'.repeat(maxFragmentLength + 1)}`)).toMatchObject({ kind: 'invalid', shareKind: 'lesson', issues: [{ path: '(link)' }] });
    const lesson = await decodeShareFragment(`#l=${LZString.compressToEncodedURIComponent('{"lessonVersion":1}')}`);
    expect(lesson.kind === 'invalid' && lesson.issues[0]).toEqual({ path: 'id', message: 'is required' });
  });

  it.each([
    ['deflate-raw', async () => encodeShareFragment('scenario', ' '.repeat(48 * 1024 * 1024))],
    ['lz-string', async () => `#s=${lzStringRunBomb(30_000).encoded}`],
  ])('refuses a %s link that would unpack to far more than the 5 MB limit, saying so', async (_codec, bomb) => {
    const fragment = await bomb();
    expect(fragment.length).toBeLessThan(80_000);
    expect(await decodeShareFragment(fragment)).toMatchObject({ kind: 'invalid', issues: [{ path: '(link)', message: expect.stringMatching(/^holds more than 5 MB once unpacked/) }] });
  });
});
