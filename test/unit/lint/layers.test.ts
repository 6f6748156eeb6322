import { ESLint } from 'eslint';

/**
 * The layer rule (eslint.config.js, boundaries/dependencies) is proved on planted sources:
 * ESLint lints a one-line import as if it were a file inside a layer. Targets are real files
 * found at test time, so the test follows renames instead of naming a module that may move.
 */

// Lazy globs: Vite lists the paths and imports nothing.
const repoFiles = Object.keys(
  import.meta.glob([
    '/src/**/*.{ts,tsx}',
    '/server/**/*.ts',
    '/scripts/bench/**/*.ts',
    '/test/browser/**/*.ts',
    '/test/harness/**/*.ts',
    '/test/unit/**/*.ts',
  ]),
).map((path) => path.slice(1));

/** Some file directly inside `folder`, or undefined when the folder has none. */
function fileIn(folder: string): string | undefined {
  return repoFiles.find(
    (path) => path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes('/'),
  );
}

/** One import statement, written in `from`, of some file in `toFolder`. */
function plantedImport(from: string, toFolder: string): string {
  const target = fileIn(toFolder);
  if (!target) throw new Error(`no file in ${toFolder} to import`);
  const up = '../'.repeat(from.split('/').length - 1);
  return `import '${up}${target}';`;
}

const eslint = new ESLint();

async function layerErrors(from: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: from });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'boundaries/dependencies')
    .map((message) => message.message);
}

/** Rows of `planted file → folder it imports`. */
function imports(rows: string): [string, string][] {
  return rows
    .trim()
    .split('\n')
    .map((row) => row.split('→').map((side) => side.trim()) as [string, string]);
}

const violations = imports(`
  src/lib/planted.ts                      → src/components/ui
  src/api/planted.ts                      → src/lib
  src/components/ui/planted.tsx           → src/components/call-page
  src/components/ui/planted.tsx           → src/components/shared
  src/components/shared/planted.tsx       → src/components/call-list
  src/components/call-page/planted.tsx    → src/components/call-list
  src/components/call-list/planted.tsx    → src/components/call-page
  src/components/call-page/planted.tsx    → src/pages
  src/pages/planted.tsx                   → src/app
  src/components/call-list/planted.tsx    → src/mocks
  src/pages/planted.tsx                   → src/mocks
  src/mocks/planted.ts                    → src/components/ui
  server/planted.ts                       → src/lib
  server/planted.ts                       → src/api
  scripts/bench/planted.ts                → test/browser
  test/browser/planted.ts                 → scripts/bench
`);

const allowed = imports(`
  src/lib/planted.ts                      → src/api
  src/components/ui/planted.tsx           → src/lib
  src/components/shared/planted.tsx       → src/components/ui
  src/components/call-page/planted.tsx    → src/components/shared
  src/components/call-list/planted.tsx    → src/components/ui
  src/components/shell/planted.tsx        → src/lib
  src/components/call-page/planted.tsx    → src/api
  src/components/call-page/latency/planted.tsx → src/components/call-page
  src/pages/planted.tsx                   → src/components/call-page
  src/app/planted.tsx                     → src/pages
  src/app/planted.ts                      → src/mocks
  src/mocks/planted.ts                    → src/api
  src/planted.tsx                         → src/app
  test/unit/planted.test.ts               → src/mocks
  scripts/bench/planted.ts                → src/mocks
`);

describe('lint keeps the layers', () => {
  it.each(violations)('reports %s importing %s', async (from, toFolder) => {
    expect(await layerErrors(from, plantedImport(from, toFolder))).toHaveLength(1);
  });

  it.each(allowed)('allows %s importing %s', async (from, toFolder) => {
    expect(await layerErrors(from, plantedImport(from, toFolder))).toEqual([]);
  });

  // The server's one way into src/ (added with server rendering). Until the file exists the
  // import does not resolve, and an unresolved import proves nothing either way.
  it.skipIf(!repoFiles.includes('src/entry-server.ts'))(
    'allows: server imports src/entry-server.ts',
    async () => {
      expect(await layerErrors('server/planted.ts', "import '../src/entry-server.ts';")).toEqual(
        [],
      );
    },
  );

  // test/harness is shared by the bench and the browser tests, so it may import neither.
  it.skipIf(!fileIn('test/harness'))(
    'allows the harness from both, and the harness imports neither',
    async () => {
      expect(
        await layerErrors(
          'test/browser/planted.ts',
          plantedImport('test/browser/planted.ts', 'test/harness'),
        ),
      ).toEqual([]);
      expect(
        await layerErrors(
          'scripts/bench/planted.ts',
          plantedImport('scripts/bench/planted.ts', 'test/harness'),
        ),
      ).toEqual([]);
      expect(
        await layerErrors(
          'test/harness/planted.ts',
          plantedImport('test/harness/planted.ts', 'test/browser'),
        ),
      ).toHaveLength(1);
      expect(
        await layerErrors(
          'test/harness/planted.ts',
          plantedImport('test/harness/planted.ts', 'scripts/bench'),
        ),
      ).toHaveLength(1);
    },
  );
});
