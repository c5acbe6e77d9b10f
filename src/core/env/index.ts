/** The one env module every rule reads: what an env read is, and whether its name is a secret. */
import * as names from './names.js';
import * as read from './read.js';

export type { EnvImport, EnvObject, EnvPatternRead, EnvRead } from './read.js';
export type { EnvJudgement, EnvNameOptions, PublicPrefix, SecretEnvName } from './names.js';
// Constants, not re-exports: TypeScript compiles a re-export to CommonJS as a getter, which every call from
// a rule's visitor paid wherever V8 had not inlined it.
export const envModuleOf = read.envModuleOf;
export const envObjectOf = read.envObjectOf;
export const readEnv = read.readEnv;
export const readEnvImport = read.readEnvImport;
export const readEnvPattern = read.readEnvPattern;
export const builtInPublicPrefixes = names.builtInPublicPrefixes;
export const describeEnvSecret = names.describeEnvSecret;
export const findPublicPrefix = names.findPublicPrefix;
export const isPublicByDesignEnvName = names.isPublicByDesignEnvName;
export const judgeEnvName = names.judgeEnvName;
export const secretEnvName = names.secretEnvName;
export const PUBLIC_PREFIXES = names.PUBLIC_PREFIXES;
