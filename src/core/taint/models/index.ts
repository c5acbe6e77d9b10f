/**
 * The taint models as data, and what the engine derives from them: one list of tag rules, one of sources,
 * and the text hints of the cheap pre-check (every module a source row names, every environment holder).
 *
 * - `sources/<family>.ts`: a secrets manager's clients and the calls that return secrets ({@link SourceModel});
 *   `sources/env.ts`: environment holders, and the private env modules of the framework registry.
 * - `propagation.ts`: how calls carry their inputs' content ({@link Summary} rows).
 * - `sanitizers.ts`: calls whose result is safe to print.
 * - `sinks/*.ts`: what the rules' sinks are (loggers, errors, HTTP responses, URLs, telemetry, storage); the
 *   rules read them.
 */
import type { SourceModel, SourceRule, TagRule } from '../types.js';
import { SANITIZER_TAG_RULES } from './sanitizers.js';
import { ENV_GETTERS, ENV_HOLDERS, PRIVATE_ENV_MODULES } from './sources/env.js';
import { SOURCE_MODELS } from './sources/index.js';
import { MADE_TEXT_HINTS } from './sources/made.js';
import { REQUEST_TEXT_HINTS } from './sources/request.js';

/** Tag rules every analysis starts with: the sources' clients and the sanitizers' hashers. */
export const BUILT_IN_TAG_RULES: readonly TagRule[] = [...SOURCE_MODELS.flatMap((m) => m.clients), ...SANITIZER_TAG_RULES];

/** Every built-in source row. */
export const SOURCE_RULES: readonly SourceRule[] = SOURCE_MODELS.flatMap((m) => m.sources);

/** The module of a `module:M` or `module:M#name` tag. */
function moduleOfTag(tag: string | undefined): string | undefined {
  if (tag === undefined || !tag.startsWith('module:')) return undefined;
  // Subpath imports start with `#` (`#imports`): the export's `#` comes after the module's first character.
  const hash = tag.indexOf('#', 'module:'.length + 1);
  return tag.slice('module:'.length, hash < 0 ? undefined : hash);
}

/** The globals a source family's rows name (`global:useRuntimeConfig` → `useRuntimeConfig`): text hints too. */
export function globalsOf(model: SourceModel): string[] {
  const names = new Set<string>();
  for (const rule of model.sources) {
    if (rule.tag?.startsWith('global:')) names.add(rule.tag.slice('global:'.length).split('#')[0] as string);
  }
  return [...names];
}

/** The modules a source family's rows name: a file without any of them cannot use the family. */
export function modulesOf(model: SourceModel): string[] {
  const modules = new Set<string>();
  for (const rule of model.clients) {
    const module = moduleOfTag(rule.from);
    if (module !== undefined) modules.add(module);
  }
  for (const rule of model.sources) {
    const module = moduleOfTag(rule.tag);
    if (module !== undefined) modules.add(module);
  }
  return [...modules];
}

/**
 * Texts one of which a file must contain for a built-in source other than a name to be in it (checked as plain
 * substrings): the environment holders (`process.env`), the private env modules and every source module.
 */
export const SOURCE_TEXT_HINTS: readonly string[] = withoutSuperstrings([
  ...ENV_HOLDERS.map((h) => h.label),
  ...ENV_GETTERS,
  ...PRIVATE_ENV_MODULES.map((m) => m.module),
  ...SOURCE_MODELS.flatMap(modulesOf),
  ...SOURCE_MODELS.flatMap(globalsOf),
  ...REQUEST_TEXT_HINTS,
  ...MADE_TEXT_HINTS,
]);

/** The distinct hints that contain no other hint: a text holding `@aws-sdk/client-ssm` holds `aws-sdk`. */
function withoutSuperstrings(hints: readonly string[]): string[] {
  const distinct = [...new Set(hints)];
  return distinct.filter((hint) => !distinct.some((other) => other !== hint && hint.includes(other)));
}
