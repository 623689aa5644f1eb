import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { classCodeOf, newClass, newDesignRoom, newSecret, studentRoomOf } from '../src/collab/credentials';
import { joinRoom, type JoinRoomOptions, type RoomConnection, type RoomState } from '../src/collab/joinRoom';
import { relayLimits } from './relayLimits';
import { serveClassroom, type ClassroomServer } from './serveClassroom';

let classroom: ClassroomServer | null = null;
const connections: RoomConnection[] = [];

afterEach(async () => {
  connections.splice(0).forEach((connection) => connection.destroy());
  await classroom?.close();
  classroom = null;
});

async function startRelay(nowMs?: () => number): Promise<string> {
  classroom = await serveClassroom({ port: 0, host: '127.0.0.1', appDir: null, nowMs });
  return `ws://127.0.0.1:${(classroom.server.address() as AddressInfo).port}/relay`;
}

function join(relayUrl: string, options: Omit<JoinRoomOptions, 'relayUrl' | 'WebSocketPolyfill'>): RoomConnection {
  const connection = joinRoom({ ...options, relayUrl, WebSocketPolyfill: WebSocket });
  connections.push(connection);
  return connection;
}

function stateWhere(connection: RoomConnection, test: (state: RoomState) => boolean): Promise<RoomState> {
  return new Promise((resolve) => {
    const check = () => test(connection.state()) && resolve(connection.state());
    connection.subscribe(check);
    check();
  });
}

function valueArrives(doc: Y.Doc, key: string): Promise<unknown> {
  return new Promise((resolve) => {
    const map = doc.getMap('test');
    const check = () => map.has(key) && resolve(map.get(key));
    map.observe(check);
    check();
  });
}

describe('the classroom relay', () => {
  it('syncs a design room between peers, both ways', async () => {
    const url = await startRelay();
    const room = newDesignRoom();
    const ada = join(url, { room, role: 'peer', name: 'Ada' });
    const grace = join(url, { room, role: 'peer', name: 'Grace' });
    await Promise.all([ada.synced, grace.synced]);
    ada.doc.getMap('test').set('from', 'Ada');
    grace.doc.getMap('test').set('to', 'Grace');
    expect(await valueArrives(grace.doc, 'from')).toBe('Ada');
    expect(await valueArrives(ada.doc, 'to')).toBe('Grace');
    expect(ada.state()).toEqual({ status: 'online', readOnly: false, refusal: null });
  });

  it("lets the teacher write the class room and students only read it; a student writes only their own room", async () => {
    const url = await startRelay();
    const { code, teacherSecret } = await newClass();
    const studentSecret = newSecret();
    const ownRoom = await studentRoomOf(code, studentSecret);
    const teacher = join(url, { room: code, role: 'teacher', name: 'Teacher', secret: teacherSecret });
    const student = join(url, { room: code, role: 'student', name: 'Ada', secret: studentSecret });
    const own = join(url, { room: ownRoom, role: 'student', name: 'Ada', secret: studentSecret });
    const teacherReads = join(url, { room: ownRoom, role: 'teacher', name: 'Teacher', secret: teacherSecret });
    await Promise.all([teacher.synced, student.synced, own.synced, teacherReads.synced]);
    expect([teacher, student, own, teacherReads].map((c) => c.state().readOnly)).toEqual([false, true, false, true]);

    teacher.doc.getMap('test').set('step', 2);
    expect(await valueArrives(student.doc, 'step')).toBe(2);
    own.doc.getMap('test').set('goal', 'met');
    expect(await valueArrives(teacherReads.doc, 'goal')).toBe('met');
    // A read-only client's edit stays in its own copy: the teacher never sees it.
    student.doc.getMap('test').set('hijack', true);
    teacher.doc.getMap('test').set('marker', 1);
    await valueArrives(student.doc, 'marker');
    expect(teacher.doc.getMap('test').has('hijack')).toBe(false);
  });

  it('refuses with a reason: a wrong teacher secret, another student’s room, a class code at a design link', async () => {
    const url = await startRelay();
    const { code } = await newClass();
    const otherRoom = await studentRoomOf(code, newSecret());
    const impostor = join(url, { room: code, role: 'teacher', name: 'Mallory', secret: newSecret() });
    const snoop = join(url, { room: otherRoom, role: 'student', name: 'Mallory', secret: newSecret() });
    const peerInClass = join(url, { room: code, role: 'peer', name: 'Mallory' });
    const refusals = await Promise.all([impostor, snoop, peerInClass].map((c) => stateWhere(c, (s) => s.status === 'refused')));
    expect(refusals.map((s) => s.refusal)).toEqual([
      "This is not this class's teacher link: open the link you got when you started the class.",
      "This is another student's room: you can open only your own.",
      'This is a class: join it with its code as a student.',
    ]);
    expect(await classCodeOf(newSecret())).not.toBe(code);
  });

  it(`refuses a sixth person in a design room (at most ${relayLimits.designRoomConnections})`, async () => {
    const url = await startRelay();
    const room = newDesignRoom();
    const five = Array.from({ length: relayLimits.designRoomConnections }, (_, i) => join(url, { room, role: 'peer', name: `P${i}` }));
    await Promise.all(five.map((c) => c.synced));
    const sixth = join(url, { room, role: 'peer', name: 'P5' });
    expect((await stateWhere(sixth, (s) => s.status === 'refused')).refusal).toBe('This room is full: at most 5 people design together.');
  });

  it('closes a client sending too fast, saying why, and the others keep working', async () => {
    const url = await startRelay(() => 0); // a frozen clock: the burst never refills
    const room = newDesignRoom();
    const flooder = join(url, { room, role: 'peer', name: 'Flood' });
    const calm = join(url, { room, role: 'peer', name: 'Calm' });
    const witness = join(url, { room, role: 'peer', name: 'Witness' });
    await Promise.all([flooder.synced, calm.synced, witness.synced]);
    for (let i = 0; i <= relayLimits.messageBurst; i++) flooder.doc.getMap('flood').set('n', i);
    const refused = await stateWhere(flooder, (s) => s.status === 'refused');
    expect(refused.refusal).toBe(`Too many messages: the relay takes at most ${relayLimits.messagesPerSecond} a second. Rejoin to continue.`);
    calm.doc.getMap('test').set('still', 'working');
    expect(await valueArrives(witness.doc, 'still')).toBe('working');
  });

  it('drops a client sending a malformed update; the others keep working', async () => {
    const url = await startRelay();
    const room = newDesignRoom();
    const calm = join(url, { room, role: 'peer', name: 'Calm' });
    const witness = join(url, { room, role: 'peer', name: 'Witness' });
    await Promise.all([calm.synced, witness.synced]);
    const hostile = new WebSocket(url);
    await new Promise((resolve) => hostile.once('open', resolve));
    const message = (write: (encoder: encoding.Encoder) => void) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarString(encoder, room);
      write(encoder);
      return encoding.toUint8Array(encoder);
    };
    hostile.send(message((e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint(e, 0), encoding.writeVarString(e, JSON.stringify({ role: 'peer', name: 'Hostile' })))));
    hostile.send(message((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, new Uint8Array([255, 255, 255, 1, 2, 3])))));
    hostile.send(new Uint8Array([200, 200, 200]));
    calm.doc.getMap('test').set('after', 'garbage');
    expect(await valueArrives(witness.doc, 'after')).toBe('garbage');
    hostile.terminate();
  });
});
