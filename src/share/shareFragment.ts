import { maxLessonBytes, maxScenarioBytes, parseLesson, parseScenario, type Lesson, type Scenario, type ScenarioIssue } from '../model';
import { base64UrlToBytes, bytesToBase64Url } from './base64url';
import { deflateRaw, inflateRawCapped } from './deflateRaw';
import { lzDecompressCapped } from './lzDecompressCapped';

/** What a link carries: a scenario or a lesson, compressed into the URL fragment (never sent to a server). */
export type ShareKind = 'scenario' | 'lesson';

/**
 * `#s2=` / `#l2=`: deflate-raw + base64url, what links are made with (a quarter to a half the length
 * of lz-string's: `bench/shareCodecs.ts`). `#s=` / `#l=`: lz-string, the first links, still opened.
 */
const prefixes: Record<ShareKind, { deflate: string; lz: string }> = { scenario: { deflate: '#s2=', lz: '#s=' }, lesson: { deflate: '#l2=', lz: '#l=' } };

/**
 * Longest link we hand out: chat tools and mail clients cut or refuse links around this length
 * (a conservative, named assumption — no tool publishes one limit). Longer shares become a file.
 */
export const maxChatLinkLength = 8000;

/** Fragments beyond this are refused before decompressing, so a hostile link cannot stall the page. */
export const maxFragmentLength = 2_000_000;

/** `#s2=…`: the document as JSON, deflated into URL-safe characters. */
export async function encodeShareFragment(kind: ShareKind, document: Scenario | unknown): Promise<string> {
  return `${prefixes[kind].deflate}${bytesToBase64Url(await deflateRaw(JSON.stringify(document)))}`;
}

/** Whether a location hash is one of our shares (of either codec), before anything is unpacked. */
export const isShareFragment = (hash: string) => Object.values(prefixes).some(({ deflate, lz }) => hash.startsWith(deflate) || hash.startsWith(lz));

export type SharedDocument =
  | { kind: 'none' }
  | { kind: 'scenario'; scenario: Scenario }
  | { kind: 'lesson'; lesson: Lesson; document: unknown }
  | { kind: 'invalid'; shareKind: ShareKind; issues: ScenarioIssue[] };

const invalid = (shareKind: ShareKind, message: string): SharedDocument => ({ kind: 'invalid', shareKind, issues: [{ path: '(link)', message }] });
const damaged = 'is damaged or incomplete (it may have been cut by the app it was sent through): ask for the link again, or for the file';
/** The document size limits (SPEC §5), which unpacking never passes. */
const maxUnpackedBytes: Record<ShareKind, number> = { scenario: maxScenarioBytes, lesson: maxLessonBytes };

/** Unpacks a payload, never past the size limit: a small hostile link cannot inflate to hundreds of MB. */
async function unpack(kind: ShareKind, codec: 'deflate' | 'lz', payload: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const maxBytes = maxUnpackedBytes[kind];
  const limitMb = maxBytes / 1024 / 1024;
  const failed = (reason: 'tooLarge' | 'damaged') => ({
    ok: false as const,
    message: reason === 'damaged' ? damaged : `holds more than ${limitMb} MB once unpacked; a shared ${kind} may hold at most ${limitMb} MB: ask for the file instead`,
  });
  if (codec === 'lz') {
    const result = lzDecompressCapped(payload, maxBytes);
    return result.ok ? result : failed(result.reason);
  }
  const bytes = base64UrlToBytes(payload);
  if (!bytes) return failed('damaged');
  const result = await inflateRawCapped(bytes, maxBytes);
  return result.ok ? result : failed(result.reason);
}

/**
 * Reads a location hash. Anything that is not one of our fragments is `none` (the app ignores it);
 * one of ours goes through the same door as a file — `parseScenario` or `parseLesson` — and never throws.
 */
export async function decodeShareFragment(hash: string): Promise<SharedDocument> {
  const match = (Object.keys(prefixes) as ShareKind[])
    .flatMap((kind) => (['deflate', 'lz'] as const).map((codec) => ({ kind, codec, prefix: prefixes[kind][codec] })))
    .find(({ prefix }) => hash.startsWith(prefix));
  if (!match) return { kind: 'none' };
  const shareKind = match.kind;
  const payload = hash.slice(match.prefix.length);
  if (payload.length > maxFragmentLength) return invalid(shareKind, `is ${payload.length.toLocaleString('en-US')} characters long; a shared link may hold at most ${maxFragmentLength.toLocaleString('en-US')}`);
  const unpacked = await unpack(shareKind, match.codec, payload);
  if (!unpacked.ok) return invalid(shareKind, unpacked.message);
  const text = unpacked.text;
  if (shareKind === 'scenario') {
    const parsed = parseScenario(text);
    return parsed.ok ? { kind: 'scenario', scenario: parsed.scenario } : { kind: 'invalid', shareKind, issues: parsed.issues };
  }
  const parsed = parseLesson(text);
  return parsed.ok ? { kind: 'lesson', lesson: parsed.lesson, document: JSON.parse(text) as unknown } : { kind: 'invalid', shareKind, issues: parsed.issues };
}
