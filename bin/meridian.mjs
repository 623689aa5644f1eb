#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx meridian` works right after `npm install`.
// `classroom` and `relay` start the class relay (server/); everything else is the engine's CLI.
import { register } from 'tsx/esm/api';

register();
const serverCommands = ['classroom', 'relay'];
await import(serverCommands.includes(process.argv[2]) ? '../server/main.ts' : '../src/cli/main.ts');
