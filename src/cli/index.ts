/**
 * `npx eslint-plugin-secrets [paths]`: the plugin's rules over a repository that has no ESLint
 * configuration, through ESLint's API with `overrideConfigFile: true` (any eslint.config.* is not read).
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ESLint as ESLintClass, Linter } from 'eslint';
import plugin from '../index.js';
import { extensionOf, globsFor, JS_EXTENSIONS, MARKUP_FORMATS, selectFiles, TS_EXTENSIONS } from './files.js';
import { writeReport } from './report.js';
import { type SarifRuleInfo, toSarif } from './sarif.js';

export interface CliIo {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Milliseconds; injectable so tests can make a run "long". */
  now?: () => number;
  /** Parser packages to treat as not installed; injectable so tests can see the skip message. */
  missingParsers?: readonly string[];
}

/** Exit status: no findings. */
export const EXIT_CLEAN = 0;
/** Exit status: at least one finding. */
export const EXIT_FINDINGS = 1;
/** Exit status: bad arguments, or the scan could not run. */
export const EXIT_USAGE = 2;

/** Files per `lintFiles` call: about 40 steps of progress, in batches large enough not to cost time. */
function batchSize(total: number): number {
  return Math.min(500, Math.max(100, Math.ceil(total / 40)));
}
/** When stderr is not a terminal, progress appears only after this long, and at most this often. */
const QUIET_PROGRESS_MS = 10_000;

const HELP = `Usage: npx eslint-plugin-secrets [options] [paths...]

Scans JavaScript and TypeScript files for hard-coded credentials and for secrets that reach client
bundles, logs, HTTP responses and timing-unsafe comparisons, with the plugin's recommended rules and
without any ESLint configuration (an eslint.config.* in the project is not read). Paths default to ".".

Options:
  --sarif FILE   also write the findings as SARIF 2.1.0, for GitHub code scanning and other dashboards
  --strict       use the strict config: also low-confidence detections (failed checksums, sample JWTs,
                 passwords of local development URLs)
  -h, --help     show this help
  -v, --version  show the version

Files: in a git work tree, the files git tracks or would track (every .gitignore is respected);
elsewhere, the files under the paths except node_modules and what ./.gitignore lists. Files named on
the command line are scanned even when ignored. .js, .mjs, .cjs and .jsx files are parsed by ESLint's
parser; .ts, .mts, .cts and .tsx files need @typescript-eslint/parser and typescript installed in the
project (or run: npx -p eslint-plugin-secrets -p @typescript-eslint/parser -p typescript eslint-plugin-secrets).
.vue, .svelte and .astro components are scanned (script and markup) when vue-eslint-parser,
svelte-eslint-parser or astro-eslint-parser is installed in the project; otherwise they are counted
as skipped and the package to install is named.

Output: findings grouped by rule. Messages never contain a secret: at most its kind, its first 4
characters and its length. Progress goes to stderr when it is a terminal or the scan runs long.

Exit status: 0 when there are no findings, 1 when there are, 2 on a usage error.
`;

/** Runs the scan; resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const now = io.now ?? Date.now;
  const started = now();
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    io.stderr.write(`eslint-plugin-secrets: ${error instanceof Error ? error.message : String(error)}\nRun with --help for usage.\n`);
    return EXIT_USAGE;
  }
  if (args.values.help) {
    io.stdout.write(HELP);
    return EXIT_CLEAN;
  }
  if (args.values.version) {
    io.stdout.write(`${plugin.meta.version}\n`);
    return EXIT_CLEAN;
  }
  const sarifFile = args.values.sarif;
  if (sarifFile !== undefined && sarifFile.trim() === '') {
    io.stderr.write('eslint-plugin-secrets: --sarif needs a file name.\n');
    return EXIT_USAGE;
  }
  const paths = args.positionals.length > 0 ? args.positionals : ['.'];
  const missing = paths.filter((p) => !exists(path.resolve(io.cwd, p)));
  if (missing.length > 0) {
    io.stderr.write(`eslint-plugin-secrets: no such file or directory: ${missing.join(', ')}\n`);
    return EXIT_USAGE;
  }

  let ESLint: typeof ESLintClass;
  try {
    ({ ESLint } = require('eslint') as typeof import('eslint'));
  } catch {
    io.stderr.write('eslint-plugin-secrets: ESLint is not installed. Install it with `npm install --save-dev eslint` (npx installs it for you).\n');
    return EXIT_USAGE;
  }

  const bases = [path.join(io.cwd, 'package.json'), __filename];
  const load = (name: string): Loaded => (io.missingParsers?.includes(name) ? { missing: name } : loadParser(name, bases));
  const tsParser = load('@typescript-eslint/parser').parser;
  const markup = MARKUP_FORMATS.map((format) => {
    const { parser, missing } = load(format.parser);
    return { ...format, loaded: parser, missing };
  });
  const preset = args.values.strict ? plugin.configs.strict : plugin.configs.recommended;
  const selection = selectFiles(io.cwd, paths);
  const overrideConfig: Linter.Config[] = [
    { files: globsFor(JS_EXTENSIONS), languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    ...(tsParser === undefined ? [] : [{ files: globsFor(TS_EXTENSIONS), languageOptions: { parser: tsParser } }]),
    // A component's <script lang="ts"> goes to @typescript-eslint/parser when it is there, else to espree.
    ...markup.flatMap(({ extension, loaded }): Linter.Config[] =>
      loaded === undefined
        ? []
        : [
            {
              files: globsFor([extension]),
              languageOptions: {
                parser: loaded,
                parserOptions: { ...(tsParser === undefined ? {} : { parser: tsParser }), extraFileExtensions: [extension], ecmaFeatures: { jsx: true } },
              },
            },
          ],
    ),
    preset,
    // The project's own eslint-disable comments name rules this scan does not run: not a finding.
    { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  ];
  if (selection.kind === 'search' && selection.gitignore !== undefined) {
    // Its successor in eslint/config is missing from ESLint 9.15, the lowest peer this CLI supports.
    /* eslint-disable @typescript-eslint/no-deprecated */
    const { includeIgnoreFile } = require('@eslint/compat') as typeof import('@eslint/compat');
    overrideConfig.push(includeIgnoreFile(selection.gitignore));
    /* eslint-enable @typescript-eslint/no-deprecated */
  }
  const eslint = withoutEslintIgnoreWarning(
    () =>
      new ESLint({
        cwd: io.cwd,
        overrideConfigFile: true,
        overrideConfig,
        errorOnUnmatchedPattern: false,
        warnIgnored: false,
      }),
  );

  const progress = new Progress(io.stderr, now);
  let results: ESLintClass.LintResult[];
  let skippedTypeScript = 0;
  const skippedMarkup = new Map<string, number>();
  try {
    if (selection.kind === 'git') {
      const files: string[] = [];
      for (const file of selection.files) {
        const extension = extensionOf(file);
        if (JS_EXTENSIONS.includes(extension)) files.push(file);
        else if (TS_EXTENSIONS.includes(extension)) {
          if (tsParser === undefined) skippedTypeScript++;
          else files.push(file);
        } else {
          const format = markup.find((f) => f.extension === extension);
          if (format === undefined) continue;
          if (format.loaded === undefined) skippedMarkup.set(format.parser, (skippedMarkup.get(format.parser) ?? 0) + 1);
          else files.push(file);
        }
      }
      results = [];
      const batch = batchSize(files.length);
      for (let start = 0; start < files.length; start += batch) {
        progress.update(start, files.length);
        results.push(...(await eslint.lintFiles(files.slice(start, start + batch))));
      }
    } else {
      // ESLint searches the files itself: no count to show, only that the scan is still running.
      progress.update(0, undefined);
      const timer = setInterval(() => { progress.update(0, undefined); }, 1000);
      try {
        results = await eslint.lintFiles(selection.paths);
      } finally {
        clearInterval(timer);
      }
    }
  } catch (error) {
    progress.clear();
    io.stderr.write(`eslint-plugin-secrets: the scan failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
  progress.clear();

  const rules = ruleInfo(preset);
  const summary = writeReport(results, rules, io.cwd, (text) => io.stdout.write(text));
  if (sarifFile !== undefined) {
    const target = path.resolve(io.cwd, sarifFile);
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      const tool = { name: plugin.meta.name, version: plugin.meta.version, informationUri: HOMEPAGE, rules };
      writeFileSync(target, `${JSON.stringify(toSarif(results, tool, io.cwd), null, 2)}\n`);
    } catch (error) {
      io.stderr.write(`eslint-plugin-secrets: cannot write ${sarifFile}: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT_USAGE;
    }
  }

  const seconds = ((now() - started) / 1000).toFixed(1);
  const scanned = results.length - summary.parseErrors.length;
  if (skippedTypeScript > 0) {
    io.stderr.write(
      `Skipped ${skippedTypeScript} TypeScript ${skippedTypeScript === 1 ? 'file' : 'files'}: @typescript-eslint/parser could not be loaded. ` +
        'Install it with typescript in the project, or run: npx -p eslint-plugin-secrets -p @typescript-eslint/parser -p typescript eslint-plugin-secrets\n',
    );
  } else if (tsParser === undefined && selection.kind === 'search') {
    io.stderr.write('TypeScript files are not scanned: @typescript-eslint/parser could not be loaded.\n');
  }
  for (const format of markup) {
    const skipped = skippedMarkup.get(format.parser) ?? 0;
    if (skipped > 0) {
      // The parser may be there without a peer it needs (svelte-eslint-parser without svelte).
      const peer = format.missing === format.parser ? undefined : format.missing;
      const needed = peer === undefined ? [format.parser] : [format.parser, peer];
      const what = peer === undefined ? `${format.parser} could not be loaded` : `${format.parser} needs ${peer}, which could not be loaded`;
      io.stderr.write(
        `Skipped ${skipped} ${format.name} ${skipped === 1 ? 'component' : 'components'}: ${what}. ` +
          `Install ${needed.length === 1 ? 'it' : 'both'} in the project, or run: npx -p eslint-plugin-secrets ${needed.map((n) => `-p ${n}`).join(' ')} eslint-plugin-secrets\n`,
      );
    }
  }
  if (summary.parseErrors.length > 0) {
    io.stderr.write(`Could not parse ${summary.parseErrors.length} ${summary.parseErrors.length === 1 ? 'file' : 'files'}, not scanned:\n`);
    for (const { file, message } of summary.parseErrors) io.stderr.write(`  ${file}: ${message}\n`);
  }
  const where = summary.findings === 0 ? 'No findings' : `${summary.findings} ${summary.findings === 1 ? 'finding' : 'findings'} in ${summary.filesWithFindings} ${summary.filesWithFindings === 1 ? 'file' : 'files'}`;
  io.stdout.write(`${where} (${scanned} ${scanned === 1 ? 'file' : 'files'} scanned in ${seconds} s${sarifFile === undefined ? '' : `; SARIF written to ${sarifFile}`}).\n`);
  return summary.findings > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

const HOMEPAGE = 'https://github.com/eslint-plugin-secrets/eslint-plugin-secrets';

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      sarif: { type: 'string' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `create` without ESLint's warning that a `.eslintignore` in the working directory is no longer read:
 * this scan reads no ESLint configuration of the project at all, so the advice to move it into an
 * `eslint.config.js` does not apply. Other warnings pass through.
 */
function withoutEslintIgnoreWarning<T>(create: () => T): T {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to restore it; called with .call(process)
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if (type === 'ESLintIgnoreWarning') return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  });
  try {
    return create();
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** A loaded parser, or the package that could not be found (the parser itself, or a peer it needs). */
export interface Loaded {
  parser?: Linter.Parser;
  missing?: string;
}

/**
 * A parser resolved from the first of `bases` (files whose folders to resolve from: the scanned project's,
 * then this package's) where it loads. When none does, `missing` names the package the last attempt could
 * not find: the parser, or one of its own peers (@typescript-eslint/parser's `typescript`,
 * svelte-eslint-parser's `svelte`).
 */
export function loadParser(name: string, bases: readonly string[]): Loaded {
  let missing = name;
  for (const base of bases) {
    try {
      return { parser: createRequire(base)(name) as Linter.Parser };
    } catch (error) {
      missing = missingPackage(error instanceof Error ? error.message : '') ?? name;
    }
  }
  return { missing };
}

/** The package a "Cannot find package 'x' …" / "Cannot find module 'x/y' …" error names (`@scope/name` kept). */
function missingPackage(message: string): string | undefined {
  const at = message.indexOf('Cannot find ');
  const open = at < 0 ? -1 : message.indexOf("'", at);
  const close = open < 0 ? -1 : message.indexOf("'", open + 1);
  if (close < 0) return undefined;
  const parts = message.slice(open + 1, close).split('/');
  return (parts[0]?.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Description and docs URL of every rule the preset enables, by full rule id. */
function ruleInfo(preset: Linter.Config): Map<string, SarifRuleInfo> {
  const info = new Map<string, SarifRuleInfo>();
  for (const id of Object.keys(preset.rules ?? {})) {
    const rule = plugin.rules[id.replace(/^secrets\//u, '')];
    info.set(id, { description: rule?.meta?.docs?.description, url: rule?.meta?.docs?.url });
  }
  return info;
}

/**
 * Progress on stderr: redrawn in place on a terminal; elsewhere one line now and then, once the scan has
 * run long, so CI logs of quick scans stay clean.
 */
class Progress {
  private lastWrite: number;
  private drawn = false;
  private readonly started: number;

  constructor(
    private readonly stderr: CliIo['stderr'],
    private readonly now: () => number,
  ) {
    this.started = now();
    this.lastWrite = this.started;
  }

  update(done: number, total: number | undefined): void {
    const time = this.now();
    const seconds = Math.round((time - this.started) / 1000);
    const text = total === undefined ? `Scanning… ${seconds} s` : `Scanning: ${done}/${total} files (${Math.floor((done / Math.max(total, 1)) * 100)}%)`;
    if (this.stderr.isTTY) {
      this.stderr.write(`\r\u001b[2K${text}`);
      this.drawn = true;
    } else if (time - this.started >= QUIET_PROGRESS_MS && time - this.lastWrite >= QUIET_PROGRESS_MS) {
      this.stderr.write(`${text}${total === undefined ? '' : `, ${seconds} s`}\n`);
      this.lastWrite = time;
    }
  }

  clear(): void {
    if (this.drawn) this.stderr.write('\r\u001b[2K');
    this.drawn = false;
  }
}
