// comlink ships its Node adapter as an .mjs file whose types sit beside it as a plain .d.ts, which
// TypeScript does not pair with an .mjs import: this pairs them.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/esm/node-adapter';
}
