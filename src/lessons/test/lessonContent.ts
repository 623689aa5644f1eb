import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, parseLesson, type Lesson } from '../../model';

export const contentDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'content');
export const lessonFiles = readdirSync(contentDir).filter((file) => file.endsWith('.json')).sort();

/** A shipped lesson, read through the one door (`parseLesson`); a broken file fails the test that reads it. */
export function readLesson(file: string): Lesson {
  const parsed = parseLesson(readFileSync(join(contentDir, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map(formatIssue).join('; ')}`);
  return parsed.lesson;
}
