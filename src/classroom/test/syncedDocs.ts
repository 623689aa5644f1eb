import * as Y from 'yjs';

/**
 * Two documents kept in sync by `Y.applyUpdate`, as the relay would carry updates between two
 * browsers: every update made on one is applied to the other (tagged so it is not echoed back).
 */
export function syncedDocs(): [Y.Doc, Y.Doc] {
  const first = new Y.Doc();
  const second = new Y.Doc();
  const relay = 'relay';
  first.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== relay) Y.applyUpdate(second, update, relay);
  });
  second.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== relay) Y.applyUpdate(first, update, relay);
  });
  return [first, second];
}
