// lz-string is CommonJS: the default import works in Vite, Vitest and Node alike; named imports do not in Node.
import LZString from 'lz-string';
import { parseLesson, parseScenario, type Lesson, type Scenario, type ScenarioIssue } from '../model';

/** What a link carries: `#s=` a scenario, `#l=` a lesson, compressed into the URL fragment (never sent to a server). */
export type ShareKind = 'scenario' | 'lesson';

const prefixes: Record<ShareKind, string> = { scenario: '#s=', lesson: '#l=' };

/**
 * Longest link we hand out: chat tools and mail clients cut or refuse links around this length
 * (a conservative, named assumption — no tool publishes one limit). Longer shares become a file.
 */
export const maxChatLinkLength = 8000;

/** Fragments beyond this are refused before decompressing, so a hostile link cannot stall the page. */
export const maxFragmentLength = 2_000_000;

/** `#s=N4Ig…`: the document as JSON, lz-string compressed into URL-safe characters. */
export function encodeShareFragment(kind: ShareKind, document: Scenario | unknown): string {
  return `${prefixes[kind]}${LZString.compressToEncodedURIComponent(JSON.stringify(document))}`;
}

export type SharedDocument =
  | { kind: 'none' }
  | { kind: 'scenario'; scenario: Scenario }
  | { kind: 'lesson'; lesson: Lesson; document: unknown }
  | { kind: 'invalid'; shareKind: ShareKind; issues: ScenarioIssue[] };

const invalid = (shareKind: ShareKind, message: string): SharedDocument => ({ kind: 'invalid', shareKind, issues: [{ path: '(link)', message }] });

/**
 * Reads a location hash. Anything that is not one of our fragments is `none` (the app ignores it);
 * one of ours goes through the same door as a file — `parseScenario` or `parseLesson` — and never throws.
 */
export function decodeShareFragment(hash: string): SharedDocument {
  const shareKind = (Object.keys(prefixes) as ShareKind[]).find((kind) => hash.startsWith(prefixes[kind]));
  if (!shareKind) return { kind: 'none' };
  const payload = hash.slice(prefixes[shareKind].length);
  if (payload.length > maxFragmentLength) return invalid(shareKind, `is ${payload.length.toLocaleString('en-US')} characters long; a shared link may hold at most ${maxFragmentLength.toLocaleString('en-US')}`);
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text) return invalid(shareKind, 'is damaged or incomplete (it may have been cut by the app it was sent through): ask for the link again, or for the file');
  if (shareKind === 'scenario') {
    const parsed = parseScenario(text);
    return parsed.ok ? { kind: 'scenario', scenario: parsed.scenario } : { kind: 'invalid', shareKind, issues: parsed.issues };
  }
  const parsed = parseLesson(text);
  return parsed.ok ? { kind: 'lesson', lesson: parsed.lesson, document: JSON.parse(text) as unknown } : { kind: 'invalid', shareKind, issues: parsed.issues };
}
