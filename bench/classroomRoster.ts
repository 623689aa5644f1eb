// npm run bench:classroom — how long a goal change takes to reach the teacher's roster (issue #19.6,
// SPEC §6: ≤ 1 s at the 95th percentile with 40 students). The relay runs as its own process
// (`npx meridian relay`); the teacher and 40 students are Node clients of it (the browser's own
// connection code, over the `ws` package), every student editing their design a few times a second
// while their goals flip. Latency: from the student's write to the teacher's roster (recomputed on
// every update, as the panel does) showing the new status. Not a test: figures depend on the machine.
import { spawn } from 'node:child_process';
import WebSocket from 'ws';
import { newClass, newSecret } from '../src/collab';
import { joinRoom } from '../src/collab/joinRoom';
import { memoryDocStorage, openStudentClass, openTeacherClass, rosterOf, writeClassStart, writeGoalStatus, writeStudentProfile, type JoinRoom, type StudentClass } from '../src/classroom';
import { createExampleScenario, parseLesson } from '../src/model';
import lessonDocument from '../src/lessons/content/latency-and-geography.json' with { type: 'json' };
import { percentile } from './percentile';
import { reportTarget } from './targetRows';

const port = Number(process.env.BENCH_RELAY_PORT ?? 5198);
const studentCount = Number(process.env.BENCH_STUDENTS ?? 40);
const rounds = 10;
const editsPerSecond = 4;
/** Goal changes are spread over each round rather than fired at once, as in a room. */
const roundMs = 2000;

// The lessons module bundles its content through Vite's glob; here a shipped lesson is imported as JSON
// (bundled by `npm run bench` as by tsx) and read through the same door.
const parsedLesson = parseLesson(lessonDocument);
if (!parsedLesson.ok) throw new Error('the shipped lesson does not parse');
const lesson = parsedLesson.lesson;
const stepId = lesson.steps[0]!.id;
const join: JoinRoom = (options) => joinRoom({ ...options, relayUrl: `ws://127.0.0.1:${port}/relay`, WebSocketPolyfill: WebSocket });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startRelay() {
  const relay = spawn(process.execPath, ['bin/meridian.mjs', 'relay', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    relay.stdout.on('data', (data: Buffer) => data.toString().includes('Meridian relay on') && resolve());
    relay.once('exit', (code) => reject(new Error(`the relay exited (${code})`)));
  });
  return relay;
}

const relay = await startRelay();
const { code, teacherSecret } = await newClass();
const teacher = await openTeacherClass({ code, teacherSecret, join, storage: memoryDocStorage() });
writeClassStart(teacher.classDoc, lesson);
await teacher.connection.synced;

const students: StudentClass[] = await Promise.all(
  Array.from({ length: studentCount }, (_, i) => openStudentClass({ code, name: `Student ${String(i + 1).padStart(2, '0')}`, studentSecret: newSecret(), join, storage: memoryDocStorage() })),
);
const design = createExampleScenario();
students.forEach((student) => writeStudentProfile(student.ownDoc, { name: student.name, stepIndex: 0, design }));

// Each change waits here until the teacher's roster shows it.
const pending = new Map<string, { passed: boolean; sinceMs: number }>();
const latenciesMs: number[] = [];
let rosterMs = 0;
let rosterCount = 0;
// The panel re-renders once for a burst of updates (React batches them): so is the roster recomputed here.
let scheduled = false;
const readRoster = () => {
  scheduled = false;
  const startMs = performance.now();
  const roster = rosterOf(lesson, teacher.students);
  rosterMs += performance.now() - startMs;
  rosterCount += 1;
  for (const row of roster) {
    const waiting = pending.get(row.studentId);
    if (waiting && row.goal?.passed === waiting.passed) {
      latenciesMs.push(performance.now() - waiting.sinceMs);
      pending.delete(row.studentId);
    }
  }
};
teacher.subscribe(() => {
  if (pending.size > 0 && !scheduled) {
    scheduled = true;
    setImmediate(readRoster);
  }
});

const rosterComplete = async () => {
  while (rosterOf(lesson, teacher.students).length < studentCount) await sleep(50);
};
const joinStartMs = performance.now();
await rosterComplete();
console.log(`${studentCount} students on the roster ${((performance.now() - joinStartMs) / 1000).toFixed(1)} s after joining`);

let editing = true;
const edits = students.map(async (student, i) => {
  for (let edit = 0; editing; edit += 1) {
    await sleep(1000 / editsPerSecond);
    writeStudentProfile(student.ownDoc, { name: student.name, stepIndex: 0, design: { ...design, workload: { ...design.workload, requestsPerSecond: 400 + ((edit + i) % 50) } } });
  }
});

for (let round = 0; round < rounds; round += 1) {
  const passed = round % 2 === 0;
  for (const student of students) {
    pending.set(student.room, { passed, sinceMs: performance.now() });
    writeGoalStatus(student.ownDoc, stepId, { passed, conditionsMet: passed ? 2 : 1, conditions: 2 });
    await sleep(roundMs / studentCount);
  }
  while (pending.size > 0) await sleep(20);
}
editing = false;
await Promise.all(edits);

const format = (ms: number) => `${ms.toFixed(0)} ms`;
console.log(
  `Goal change → teacher's roster, ${latenciesMs.length} changes from ${studentCount} students editing ${editsPerSecond}×/s: ` +
    `p50 ${format(percentile(latenciesMs, 0.5))}, p95 ${format(percentile(latenciesMs, 0.95))}, max ${format(Math.max(...latenciesMs))} (target: p95 ≤ 1 000 ms)`,
);
const p95Ms = percentile(latenciesMs, 0.95);
reportTarget({ target: `classroom, ${studentCount} students editing ${editsPerSecond}×/s, goal change → teacher's roster, p95 ≤ 1000 ms`, measured: format(p95Ms), baseline: '—', ratio: '—', met: p95Ms <= 1000 });
console.log(`The roster was recomputed ${rosterCount} times, ${(rosterMs / rosterCount).toFixed(2)} ms each`);
await Promise.all([teacher, ...students].map((session) => session.close()));
relay.kill();
process.exit(0);
