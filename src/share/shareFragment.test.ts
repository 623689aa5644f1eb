import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { createExampleScenario } from '../model';
import { bundledLessons } from '../lessons';
import { decodeShareFragment, encodeShareFragment, maxChatLinkLength, maxFragmentLength } from './shareFragment';

describe('share fragments', () => {
  it('round-trips the example scenario, well under the chat-tool limit', () => {
    const fragment = encodeShareFragment('scenario', createExampleScenario());
    expect(fragment.startsWith('#s=')).toBe(true);
    expect(fragment.length).toBeLessThan(maxChatLinkLength / 2);
    expect(decodeShareFragment(fragment)).toEqual({ kind: 'scenario', scenario: createExampleScenario() });
  });

  it.each(bundledLessons.map((lesson) => [lesson.id, lesson] as const))('round-trips the %s lesson', (_id, lesson) => {
    const decoded = decodeShareFragment(encodeShareFragment('lesson', lesson));
    expect(decoded.kind === 'lesson' && decoded.lesson).toEqual(lesson);
  });

  it('ignores fragments that are not shares', () => {
    expect(decodeShareFragment('')).toEqual({ kind: 'none' });
    expect(decodeShareFragment('#section-2')).toEqual({ kind: 'none' });
  });

  it('refuses damaged, hostile and oversized links with a path-named reason', () => {
    expect(decodeShareFragment('#s=%%%not-lz')).toMatchObject({ kind: 'invalid', issues: [{ path: '(link)', message: expect.stringMatching(/^is damaged or incomplete/) }] });
    const hostile = `#s=${LZString.compressToEncodedURIComponent(JSON.stringify({ ...createExampleScenario(), components: [{ kind: 'compute', id: '<img src=x onerror=alert(1)>' }] }))}`;
    const decoded = decodeShareFragment(hostile);
    expect(decoded.kind).toBe('invalid');
    expect(decoded.kind === 'invalid' && decoded.issues.some((issue) => issue.path.startsWith('components[0]'))).toBe(true);
    expect(decodeShareFragment(`#l=${'A'.repeat(maxFragmentLength + 1)}`)).toMatchObject({ kind: 'invalid', shareKind: 'lesson', issues: [{ path: '(link)' }] });
    const lesson = decodeShareFragment(`#l=${LZString.compressToEncodedURIComponent('{"lessonVersion":1}')}`);
    expect(lesson.kind === 'invalid' && lesson.issues[0]).toEqual({ path: 'id', message: 'is required' });
  });
});
