import { describe, expect, it } from 'vitest';
import { bundledLessons } from './bundledLessons';
import { loadBundledLessons, loadedBundledLessons } from './loadBundledLessons';

describe('loadBundledLessons', () => {
  it('gives nothing until the lessons are fetched, then the shipped lessons, fetched once', async () => {
    expect(loadedBundledLessons()).toBeNull();
    const loading = loadBundledLessons();
    expect(loadBundledLessons()).toBe(loading);
    expect(await loading).toBe(bundledLessons);
    expect(loadedBundledLessons()).toBe(bundledLessons);
  });
});
