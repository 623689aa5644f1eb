import { runMeridian } from './meridian';

process.exitCode = await runMeridian(
  process.argv.slice(2),
  (text) => console.log(text),
  (text) => console.error(text),
);
