import '../../model/zodConfig';
import type { Awareness } from 'y-protocols/awareness';
import { z } from 'zod';
import { maxComponents } from '../../model';

/**
 * What each person designing together shows the others (their awareness state): name, where their
 * pointer is on the canvas (canvas coordinates) and what they have selected. Others' states come
 * from their browsers: each is read through this schema, and one that fails it is left out.
 */
export const presenceSchema = z.object({
  name: z.string().trim().min(1).max(60),
  cursor: z.object({ x: z.number().finite(), y: z.number().finite() }).nullable(),
  selection: z.array(z.string().max(200)).max(maxComponents),
});
export type Presence = z.infer<typeof presenceSchema>;

export interface Person extends Presence {
  clientId: number;
  /** One of `presenceColours`, the same in every browser (from the Yjs client id). */
  colour: string;
  isSelf: boolean;
}

/** Distinct at a glance on the light and the dark canvas. */
export const presenceColours = ['#d9480f', '#1c7ed6', '#2b8a3e', '#ae3ec9', '#e8590c', '#0c8599'] as const;

export const colourOf = (clientId: number): string => presenceColours[clientId % presenceColours.length] ?? presenceColours[0];

/** Everyone in the room with a valid presence, this browser first. */
export function peopleOf(awareness: Awareness): Person[] {
  const people: Person[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const parsed = presenceSchema.safeParse((state as { presence?: unknown }).presence);
    if (parsed.success) people.push({ ...parsed.data, clientId, colour: colourOf(clientId), isSelf: clientId === awareness.clientID });
  }
  return people.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
}
