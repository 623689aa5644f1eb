import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { decideRoomAccess, parseRoomName } from '../src/collab/roomAccess';
import { createTokenBucket, RelayRefusal, relayLimits } from './relayLimits';

/** Close codes in the 4000–4999 range WebSocket leaves to applications. */
const refusedCode = 4403;
const tooLargeCode = 4413;
const tooFastCode = 4429;

/**
 * Meridian's rules on hocuspocus: who joins which room and how (src/collab/roomAccess.ts), how many
 * people a room holds, and how big and how fast messages may be. A refusal carries a reason the
 * client shows. Nothing is stored: a room lives in memory while someone is in it.
 */
function meridianRules(nowMs: () => number): Extension {
  const messageBudgets = new Map<string, { take: () => boolean }>();
  const joinBudgets = new Map<string, { take: () => boolean }>();
  return {
    extensionName: 'meridian-rules',
    async onConnect({ documentName, instance, request }) {
      const address = request.socket.remoteAddress ?? 'unknown';
      let joins = joinBudgets.get(address);
      if (!joins) joinBudgets.set(address, (joins = createTokenBucket(relayLimits.joinBurst, relayLimits.joinsPerSecond, nowMs)));
      if (!joins.take()) throw new RelayRefusal(tooFastCode, 'Too many joins from this address: wait a few seconds and try again.');
      const kind = parseRoomName(documentName)?.kind;
      const capacity = kind === 'design' ? relayLimits.designRoomConnections : relayLimits.classRoomConnections;
      const present = instance.documents.get(documentName)?.getConnectionsCount() ?? 0;
      if (present >= capacity) {
        const who = kind === 'design' ? 'people design together' : 'connections share a class room';
        throw new RelayRefusal(refusedCode, `This room is full: at most ${capacity} ${who}.`);
      }
    },
    async onAuthenticate({ documentName, token, connectionConfig }) {
      const access = await decideRoomAccess(documentName, token);
      if (!access.ok) throw new RelayRefusal(refusedCode, access.reason);
      connectionConfig.readOnly = access.readOnly;
    },
    async connected({ socketId }) {
      messageBudgets.set(socketId, createTokenBucket(relayLimits.messageBurst, relayLimits.messagesPerSecond, nowMs));
    },
    async beforeHandleMessage({ socketId, update }) {
      if (update.byteLength > relayLimits.messageBytes) {
        const limitMb = relayLimits.messageBytes / 1024 / 1024;
        throw new RelayRefusal(tooLargeCode, `A message was ${(update.byteLength / 1024 / 1024).toFixed(1)} MB; the relay takes at most ${limitMb} MB.`);
      }
      if (messageBudgets.get(socketId)?.take() === false) {
        throw new RelayRefusal(tooFastCode, `Too many messages: the relay takes at most ${relayLimits.messagesPerSecond} a second. Rejoin to continue.`);
      }
    },
    async onDisconnect({ socketId }) {
      messageBudgets.delete(socketId);
    },
  };
}

/** A hocuspocus instance with Meridian's rules, ready for `handleConnection`. */
export function createRelay(options: { nowMs?: () => number } = {}): Hocuspocus {
  return new Hocuspocus({
    name: 'meridian-relay',
    quiet: true,
    extensions: [meridianRules(options.nowMs ?? (() => performance.now()))],
  });
}
