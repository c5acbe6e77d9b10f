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
  /** `auto` (default) reads the framework from the nearest package.json. */
  framework?: 'auto' | FrameworkId | undefined;
  clientGlobs?: readonly GlobMatcher[];
  serverGlobs?: readonly GlobMatcher[];
  resolver?: ProjectResolver;
}

export interface FilePlace {
  framework: FrameworkId;
  classification: Classification;
  /** The path relative to the project root (or the working directory), `/`-separated; `file.js` without a real path. */
  relativePath: string;
  /** A test, mock, fixture or story file, by its path. */
  isTest: boolean;
  /** Where secrets belong in this framework and file, for messages. */
  serverPlace: string;
}

/**
 * Classifies a linted file. `filename` as ESLint gives it (absolute, or `<input>`/`<text>` for text without a
 * path); `cwd` the working directory.
 */
export function placeOfFile(filename: string, cwd: string, markers: FileMarkers, options: FilePlaceOptions = {}): FilePlace {
  const hasRealPath = filename.length > 0 && !filename.startsWith('<');
  const chosen = options.framework !== undefined && options.framework !== 'auto' ? options.framework : undefined;
  const facts = { directive: markers.directive, importsServerOnly: markers.importsServerOnly === true, importsClientOnly: markers.importsClientOnly === true };
  const place = (framework: FrameworkId, classification: Classification, relativePath: string): FilePlace => ({
    framework,
    classification,
    relativePath,
    isTest: isTestPath(relativePath),
    serverPlace: serverPlaceOf(framework, classification),
  });
  if (!hasRealPath) {
    const framework = chosen ?? 'node';
    return place(framework, classifyFile(framework, { relativePath: 'file.js', ...facts }), 'file.js');
  }
  const absolute = nodePath.resolve(cwd, filename);
  const project = (options.resolver ?? defaultProjectResolver).resolve(nodePath.dirname(absolute));
  const framework = chosen ?? project.framework;
  const relativeTo = (root: string): string => nodePath.relative(root, absolute).split(nodePath.sep).join('/');
  const relativePaths = [relativeTo(project.root ?? cwd)];
  if (project.root !== undefined && project.root !== cwd) relativePaths.push(relativeTo(cwd));
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
