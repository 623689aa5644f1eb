import { describeError, maxScenarioBytes, parseScenario, type ParseResult } from '../../model';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads a picked or dropped file into a scenario through `parseScenario`. The size is checked
 * before reading so that a huge file is refused without pulling it into memory.
 */
export async function readScenarioFile(file: Blob): Promise<ParseResult> {
  if (file.size > maxScenarioBytes) {
    return {
      ok: false,
      issues: [{ path: '(file)', message: `is ${megabytes(file.size)}; a scenario may be at most ${megabytes(maxScenarioBytes)}` }],
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, issues: [{ path: '(file)', message: `could not be read (${describeError(error)})` }] };
  }
  return parseScenario(text);
}
