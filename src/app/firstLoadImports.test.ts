import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/**
 * Every source file the first screen loads: the entry's chunk and the chunks it imports statically.
 * A module statically reachable from the entry lands in those chunks whoever calls it (a re-export
 * in a folder's index is enough), so this is what the initial JavaScript holds, bundler aside.
 */
async function firstLoadInputs(): Promise<string[]> {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: ['src/app/main.tsx'],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'first-load',
    write: false,
    metafile: true,
    logLevel: 'silent',
    loader: { '.css': 'empty', '.svg': 'empty', '.png': 'empty', '.woff2': 'empty' },
  });
  const outputs: Metafile['outputs'] = metafile.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file]?.entryPoint === 'src/app/main.tsx');
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const imported of outputs[file]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  if (entry) visit(entry);
  return [...loaded].flatMap((file) => Object.keys(outputs[file]?.inputs ?? {}));
}

describe('the first load', () => {
  // SPEC §6: compare, lessons, chaos and charts load on demand; so do the class, the print and export
  // writers, and the engine's tables (the worker has its own).
  const onDemand = [
    /node_modules\/(yjs|@hocuspocus|y-protocols|recharts|react-markdown|remark-gfm|uqr)\//,
    /^src\/engine\/(index|catalog\/)/,
    /^src\/lessons\/(bundledLessons\.ts|content\/)/,
    /^src\/panels\/(compare|chaos|templates|method|print|results\/explain)\//,
    /^src\/panels\/classroom\/ClassroomLayer/,
    /^src\/export\/(reportCsv|reportMarkdown|reportSections|printSections)/,
    /^src\/canvas\/diagram\/(canvasSvg|drawioFile|mermaidFlowchart)/,
    /^src\/charts\/plots/,
  ];

  it('imports none of what loads on demand', async () => {
    const inputs = await firstLoadInputs();
    expect(inputs).toContain('src/app/App.tsx');
    expect(inputs.filter((input) => onDemand.some((pattern) => pattern.test(input)))).toEqual([]);
  });
});
