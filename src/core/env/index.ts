/** The one env module every rule reads: what an env read is, and whether its name is a secret. */
export { envModuleOf, envObjectOf, readEnv, readEnvImport, readEnvPattern, type EnvImport, type EnvObject, type EnvPatternRead, type EnvRead } from './read.js';
export {
  builtInPublicPrefixes,
  describeEnvSecret,
  findPublicPrefix,
  isPublicByDesignEnvName,
  judgeEnvName,
  secretEnvName,
  PUBLIC_PREFIXES,
  type EnvJudgement,
  type EnvNameOptions,
  type PublicPrefix,
  type SecretEnvName,
} from './names.js';
