import '../model/zodConfig';
import { z } from 'zod';
import { classCodeLength, classCodeOf, studentRoomOf } from './credentials';

/**
 * Who may do what in which room: the relay runs this for every connection, before the room's
 * document is loaded. Pure and stateless (credentials.ts says why that is enough).
 *
 * - design room `d-…`: role `peer`, everyone with the link edits.
 * - class `<code>` and its rooms `<code>/<name>`: the teacher (secret whose hash is the code) writes
 *   them all except students' rooms, which the teacher reads; a student writes only their own
 *   `<code>/student-…` room (the hash of their secret), reads the others of the class except other
 *   students' rooms.
 */

export const roomRoles = ['teacher', 'student', 'peer'] as const;
export type RoomRole = (typeof roomRoles)[number];

/** What a client sends the relay when it joins a room (the provider's token, as JSON). */
export const roomTokenSchema = z.object({
  role: z.enum(roomRoles),
  name: z.string().trim().min(1).max(60),
  secret: z.string().min(32).max(100).optional(),
});
export type RoomToken = z.infer<typeof roomTokenSchema>;

export type RoomAccess = { ok: true; readOnly: boolean } | { ok: false; reason: string };

const designRoomPattern = /^d-[A-Za-z0-9_-]{22}$/;
const classRoomPattern = new RegExp(`^([0-9A-Z]{${classCodeLength}})(?:/([A-Za-z0-9][A-Za-z0-9-]{0,63}))?$`);

export type RoomName = { kind: 'design' } | { kind: 'class'; code: string; subRoom: string | null };

/** The kind of room a name denotes, or null when the relay serves no such room. */
export function parseRoomName(room: string): RoomName | null {
  if (designRoomPattern.test(room)) return { kind: 'design' };
  const [, code, subRoom] = classRoomPattern.exec(room) ?? [];
  return code ? { kind: 'class', code, subRoom: subRoom ?? null } : null;
}

function parseToken(token: string): RoomToken | null {
  try {
    const parsed = roomTokenSchema.safeParse(JSON.parse(token));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const refuse = (reason: string): RoomAccess => ({ ok: false, reason });

/** Decides whether the client holding `token` (the provider's token text) may join `room`, and how. */
export async function decideRoomAccess(room: string, token: string): Promise<RoomAccess> {
  const name = parseRoomName(room);
  if (!name) return refuse(`There is no room "${room.slice(0, 80)}": check the link or the class code.`);
  const client = parseToken(token);
  if (!client) return refuse('The join request is malformed (role, name, secret): reload the page and join again.');
  if (name.kind === 'design') {
    return client.role === 'peer' ? { ok: true, readOnly: false } : refuse('This is a design-together link, not a class: open it outside a class.');
  }
  if (client.role === 'peer') return refuse('This is a class: join it with its code as a student.');
  const isStudentRoom = name.subRoom?.startsWith('student-') ?? false;
  if (client.role === 'teacher') {
    if (!client.secret || (await classCodeOf(client.secret)) !== name.code) {
      return refuse("This is not this class's teacher link: open the link you got when you started the class.");
    }
    return { ok: true, readOnly: isStudentRoom };
  }
  if (!isStudentRoom) return { ok: true, readOnly: true };
  if (!client.secret) return refuse("A student's room needs that student's secret: join the class again from its code.");
  if ((await studentRoomOf(name.code, client.secret)) !== room) return refuse("This is another student's room: you can open only your own.");
  return { ok: true, readOnly: false };
}
