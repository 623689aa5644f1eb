import './zodConfig';
import type { z } from 'zod';

/** What went wrong, in words: an Error's message, or whatever else was thrown, as text. */
export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** One thing wrong with a document: where (a JSON path like `components[3].instances`) and what. */
export interface ScenarioIssue {
  path: string;
  message: string;
}

/** Formats a path as people read JSON: `components[3].instances`; the root is `(document)`. */
export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(document)' : text;
}

const receivedPattern = /received (\w+)/;

function describeRule(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const received = receivedPattern.exec(issue.message)?.[1];
      if (received === 'undefined') return 'is required';
      const expected = issue.expected === 'int' ? 'an integer' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
      return received ? `must be ${expected} (got ${received})` : `must be ${expected}`;
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item(s)`;
      return `must be ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
    case 'too_big': {
      // With `reportInput`, say how big the value is too, not only the limit.
      const size = typeof issue.input === 'string' || Array.isArray(issue.input) ? ` (got ${issue.input.length.toLocaleString('en-US')})` : '';
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters${size}`;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} items${size}`;
      return `must be ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown }).options;
      return Array.isArray(options)
        ? `must be one of ${options.map((value) => JSON.stringify(value)).join(', ')}`
        : 'does not match any allowed shape';
    }
    case 'unrecognized_keys':
      return `has unknown field(s) ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

/** Turns zod's issues into people's words, each naming its JSON path. */
export function toScenarioIssues(error: z.ZodError): ScenarioIssue[] {
  return error.issues.map((issue) => ({ path: formatJsonPath(issue.path), message: describeRule(issue) }));
}

/** `components[3].instances: must be ≥ 1` */
export function formatIssue(issue: ScenarioIssue): string {
  return `${issue.path}: ${issue.message}`;
}
