/**
 * Client or server: decides whether a file ships to the browser, following each framework's conventions
 * (see §4 of the detection reference). Pure: takes the path relative to the project root and the file's
 * markers (directive, `server-only` import); no file system access. The conventions live in the framework
 * models (`frameworks/*.ts`); this module applies what every framework shares first.
 *
 * `unknown` means "could be either" and is treated as not client code, so shared helpers stay quiet.
 */
import { client, parsePath, server, UNKNOWN, type Classification, type FileFacts, type FrameworkId, type PathParts } from './model.js';
import { COMPONENT_FORMATS, frameworkModel, FRAMEWORKS } from './registry.js';

export type { Classification, FileFacts, Side } from './model.js';

const CODE_EXTENSIONS = new Set(['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', ...COMPONENT_FORMATS.keys()]);

const TEST_DIRS = new Set(['__tests__', '__mocks__', 'test', 'tests', 'e2e', 'cypress', 'playwright', '__fixtures__']);

function isTestFile(parts: PathParts): boolean {
  if (parts.dirs.some((d) => TEST_DIRS.has(d))) return true;
  return parts.dotParts.some((p, i) => i > 0 && (p === 'test' || p === 'spec' || p === 'stories' || p === 'cy'));
}

/** Directories of integration tests, fixtures and seed data, besides the test directories the classifier knows. */
const MORE_TEST_DIRS: ReadonlySet<string> = new Set([
  ...['integration-tests', 'integration', '__integration__', 'spec', 'specs', 'fixtures', 'mocks', 'test-utils', 'testing'],
  ...['seed', 'seeds', 'seeders', 'seeding'],
]);
/** Test-runner setup and seed scripts: `vitest.setup.ts`, `setupTests.ts`, `vitestSetup.ts`, `prisma/seed.ts`. */
const TEST_SETUP_STEMS: ReadonlySet<string> = new Set([
  ...['setupTests', 'setup-tests', 'vitestSetup', 'jestSetup', 'testSetup', 'test-setup', 'vitest.setup', 'jest.setup'],
  ...['seed', 'seed-data', 'seedData', 'seeder'],
]);

/**
 * True for tests, mocks, fixtures, stories, test-runner setup and seed data (`x.test.ts`, `__tests__/`,
 * `e2e/`, `apps/web-e2e/`, `integration-tests/`, `x.stories.tsx`, `vitest.setup.ts`, `prisma/seed.ts`), by path. Wider than
 * what the classifier leaves unplaced: rules use it to tell fixtures from code that ships.
 */
export function isTestPath(relativePath: string): boolean {
  const parts = parsePath(relativePath);
  return isTestFile(parts) || parts.dirs.some((d) => MORE_TEST_DIRS.has(d) || isE2eProject(d)) || TEST_SETUP_STEMS.has(parts.stem);
}

/** An end-to-end test project beside the app it tests: Nx's `apps/<app>-e2e`, `web_e2e`. */
function isE2eProject(dir: string): boolean {
  return dir.length > 4 && (dir.endsWith('-e2e') || dir.endsWith('_e2e'));
}

/**
 * Build and tool configs that run in Node wherever they sit (`apps/web/vite.config.ts`): every framework's
 * config files, and other tools'.
 */
const TOOL_CONFIGS: ReadonlySet<string> = new Set([
  ...FRAMEWORKS.flatMap((f) => [...f.configFiles, ...(f.buildConfig?.files ?? [])])
    .filter((name) => name.endsWith('.config'))
    .map((name) => name.slice(0, -'.config'.length)),
  ...['rollup', 'rspack', 'tailwind', 'postcss', 'babel', 'jest', 'playwright', 'eslint', 'prettier', 'metro', 'tsup', 'esbuild', 'drizzle'],
]);

/**
 * True for build and tool config files: any `*.config.*` at the project root (`tailwind.config.js`), and
 * well-known tool configs at any depth (`configs/vite.config.ts`).
 */
export function isRootConfigFile(relativePath: string): boolean {
  const parts = parsePath(relativePath);
  const n = parts.dotParts.length;
  if (n < 3 || parts.dotParts[n - 2] !== 'config') return false;
  return parts.dirs.length === 0 || (n === 3 && TOOL_CONFIGS.has(parts.dotParts[0] as string));
}

/**
 * Classifies a file of a project whose framework is known. Directives and `server-only` win over paths;
 * `unknown` for shared code that the conventions do not place.
 */
export function classifyFile(framework: FrameworkId, facts: FileFacts): Classification {
  const parts = parsePath(facts.relativePath);
  if (!CODE_EXTENSIONS.has(parts.ext) && !parts.dirs.some((d) => d.endsWith('.astro'))) return UNKNOWN;
  if (facts.directive === 'use server') return server('"use server"');
  if (facts.importsServerOnly) return server('it imports `server-only`');
  if (facts.directive === 'use client') return client('a "use client" file, bundled for the browser');
  if (facts.importsClientOnly) return client('it imports `client-only`');
  if (isRootConfigFile(facts.relativePath)) return UNKNOWN;
  if (isTestFile(parts)) return UNKNOWN;
  // Qwik, Parcel, webpack: no convention separates client from server files; use `clientFiles`.
  const byConvention = frameworkModel(framework).classify?.(parts, facts) ?? UNKNOWN;
  if (byConvention.side !== 'unknown') return byConvention;
  // A component the conventions do not place runs where its format runs: a `.vue` or `.svelte` file in the
  // browser (in any project, a monorepo's UI package too), an `.astro` component on the server.
  const format = COMPONENT_FORMATS.get(parts.ext);
  if (format === undefined) return byConvention;
  return framework === 'node' ? { side: format.side, reason: format.reason, shippedBy: format.name } : { side: format.side, reason: format.reason };
}

/** Where secrets belong instead, for a classified file of a framework. */
export function serverPlaceOf(framework: FrameworkId, classification: Classification): string {
  return classification.serverPlace ?? frameworkModel(framework).serverPlace;
}
