/**
 * Where a linted file runs: its project's framework (from the nearest package.json, or an option), its
 * path relative to that project, and its classification (client, server or unknown), with the rules'
 * `clientFiles`/`serverFiles` globs applied first. One function for every rule that needs the side of a file.
 */
import * as nodePath from 'node:path';
import { classifyFile, isTestPath, serverPlaceOf, type Classification } from './classify.js';
import type { GlobMatcher } from './glob.js';
import type { FrameworkId } from './model.js';
import { defaultProjectResolver, type ProjectResolver } from './project.js';

/** Markers read from the file itself. */
export interface FileMarkers {
  directive?: 'use client' | 'use server' | undefined;
  importsServerOnly?: boolean;
  importsClientOnly?: boolean;
}

export interface FilePlaceOptions {
  /** `auto` (default) reads the framework from `settingsFramework`, else from the nearest package.json. */
  framework?: 'auto' | FrameworkId | undefined;
  /** `settings.secrets.framework` of the file's config block (read by `src/util/settings.ts`); `framework` wins. */
  settingsFramework?: FrameworkId | undefined;
  clientGlobs?: readonly GlobMatcher[];
  serverGlobs?: readonly GlobMatcher[];
  resolver?: ProjectResolver;
}

export interface FilePlace {
  framework: FrameworkId;
  classification: Classification;
  /** The path relative to the project root (or the working directory), `/`-separated; `file.js` without a real path. */
  relativePath: string;
  /** A test, mock, fixture, story, test-runner setup or seed file, by its path. */
  isTest: boolean;
  /** Where secrets belong in this framework and file, for messages. */
  serverPlace: string;
  /** Where the framework came from, for `DEBUG=eslint-plugin-secrets:*`: an option, a setting, a package.json. */
  frameworkFrom: string;
}

/**
 * Classifies a linted file. `filename` as ESLint gives it (absolute, or `<input>`/`<text>` for text without a
 * path); `cwd` the working directory.
 */
export function placeOfFile(filename: string, cwd: string, markers: FileMarkers, options: FilePlaceOptions = {}): FilePlace {
  const hasRealPath = filename.length > 0 && !filename.startsWith('<');
  const fromOption = options.framework !== undefined && options.framework !== 'auto' ? options.framework : undefined;
  const chosen = fromOption ?? options.settingsFramework;
  const chosenBy = fromOption !== undefined ? 'the `framework` option' : chosen !== undefined ? '`settings.secrets.framework`' : undefined;
  let frameworkFrom = chosenBy ?? 'no file name';
  const facts = { directive: markers.directive, importsServerOnly: markers.importsServerOnly === true, importsClientOnly: markers.importsClientOnly === true };
  /** With the package's own directory: a test package (`integration-tests/`) has a package.json of its own. */
  let fromPackageDir: string | undefined;
  const place = (framework: FrameworkId, classification: Classification, relativePath: string): FilePlace => ({
    framework,
    classification,
    relativePath,
    isTest: isTestPath(relativePath) || (fromPackageDir !== undefined && isTestPath(fromPackageDir)),
    serverPlace: serverPlaceOf(framework, classification),
    frameworkFrom,
  });
  if (!hasRealPath) {
    const framework = chosen ?? 'node';
    return place(framework, classifyFile(framework, { relativePath: 'file.js', ...facts }), 'file.js');
  }
  const absolute = nodePath.resolve(cwd, filename);
  const project = (options.resolver ?? defaultProjectResolver).resolve(nodePath.dirname(absolute));
  const framework = chosen ?? project.framework;
  frameworkFrom =
    chosenBy ??
    (project.workspaceRoot !== undefined
      ? `the workspace root ${project.workspaceRoot}`
      : project.root !== undefined
        ? nodePath.join(project.root, 'package.json')
        : 'no package.json found');
  const relativeTo = (root: string): string => nodePath.relative(root, absolute).split(nodePath.sep).join('/');
  const relativePaths = [relativeTo(project.root ?? cwd)];
  if (project.root !== undefined && project.root !== cwd) relativePaths.push(relativeTo(cwd));
  if (project.root !== undefined) fromPackageDir = `${nodePath.basename(project.root)}/${relativePaths[0] as string}`;
  const relativePath = relativePaths[0] as string;
  const serverGlob = options.serverGlobs?.find((g) => relativePaths.some((p) => g.test(p)));
  if (serverGlob !== undefined) {
    return place(framework, { side: 'server', reason: `it matches \`serverFiles\` pattern \`${serverGlob.glob}\`` }, relativePath);
  }
  const clientGlob = options.clientGlobs?.find((g) => relativePaths.some((p) => g.test(p)));
  if (clientGlob !== undefined && facts.directive !== 'use server' && !facts.importsServerOnly) {
    return place(framework, { side: 'client', reason: `it matches \`clientFiles\` pattern \`${clientGlob.glob}\`` }, relativePath);
  }
  const classification = classifyFile(framework, { relativePath, projectHasIndexHtml: project.hasIndexHtml === true, ...facts });
  return place(framework, classification, relativePath);
}
