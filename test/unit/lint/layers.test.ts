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

// [what it breaks, planted file, folder it imports from]
const violations: [string, string, string][] = [
  ['lib imports components', 'src/lib/planted.ts', 'src/components/ui'],
  ['api imports lib', 'src/api/planted.ts', 'src/lib'],
  ['ui imports a feature', 'src/components/ui/planted.tsx', 'src/components/call-page'],
  ['ui imports shared', 'src/components/ui/planted.tsx', 'src/components/shared'],
  ['shared imports a feature', 'src/components/shared/planted.tsx', 'src/components/call-list'],
  [
    'call-page imports call-list',
    'src/components/call-page/planted.tsx',
    'src/components/call-list',
  ],
  [
    'call-list imports call-page',
    'src/components/call-list/planted.tsx',
    'src/components/call-page',
  ],
  ['components import pages', 'src/components/call-page/planted.tsx', 'src/pages'],
  ['pages import app', 'src/pages/planted.tsx', 'src/app'],
  ['a component imports mocks', 'src/components/call-list/planted.tsx', 'src/mocks'],
  ['a page imports mocks', 'src/pages/planted.tsx', 'src/mocks'],
  ['mocks import components', 'src/mocks/planted.ts', 'src/components/ui'],
  ['server imports src/lib', 'server/planted.ts', 'src/lib'],
  ['server imports src/api', 'server/planted.ts', 'src/api'],
  ['the bench imports the browser tests', 'scripts/bench/planted.ts', 'test/browser'],
  ['the browser tests import the bench', 'test/browser/planted.ts', 'scripts/bench'],
];

const allowed: [string, string, string][] = [
  ['lib imports api', 'src/lib/planted.ts', 'src/api'],
  ['ui imports lib', 'src/components/ui/planted.tsx', 'src/lib'],
  ['shared imports ui', 'src/components/shared/planted.tsx', 'src/components/ui'],
  ['a feature imports shared', 'src/components/call-page/planted.tsx', 'src/components/shared'],
  ['a feature imports ui', 'src/components/call-list/planted.tsx', 'src/components/ui'],
  ['a feature imports lib', 'src/components/shell/planted.tsx', 'src/lib'],
  ['a feature imports api', 'src/components/call-page/planted.tsx', 'src/api'],
  [
    'a section imports its own feature',
    'src/components/call-page/latency/planted.tsx',
    'src/components/call-page',
  ],
  ['pages import a feature', 'src/pages/planted.tsx', 'src/components/call-page'],
  ['app imports pages', 'src/app/planted.tsx', 'src/pages'],
  ['app imports mocks', 'src/app/planted.ts', 'src/mocks'],
  ['mocks import api', 'src/mocks/planted.ts', 'src/api'],
  ['the entry imports app', 'src/planted.tsx', 'src/app'],
  ['unit tests import mocks', 'test/unit/planted.test.ts', 'src/mocks'],
  ['the bench imports mocks', 'scripts/bench/planted.ts', 'src/mocks'],
];

describe('lint keeps the layers', () => {
  it.each(violations)('reports: %s', async (_what, from, toFolder) => {
    expect(await layerErrors(from, plantedImport(from, toFolder))).toHaveLength(1);
  });

  it.each(allowed)('allows: %s', async (_what, from, toFolder) => {
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
