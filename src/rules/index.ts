import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import noDeployTimeSecrets from './no-deploy-time-secrets.js';
import noHardcodedSecrets from './no-hardcoded-secrets.js';
import noSecretEnvInClient from './no-secret-env-in-client.js';
import noSecretExposure from './no-secret-exposure.js';
import noSecretLogging from './no-secret-logging.js';
import noUnsafeSecretComparison from './no-unsafe-secret-comparison.js';

/**
 * Every rule of the plugin by its name without the `secrets/` prefix.
 * The presets, the README table and the doc headers are generated from these rules' `meta`.
 */
export const rules: Record<string, RuleModule<string, readonly unknown[]>> = {
  'no-deploy-time-secrets': noDeployTimeSecrets,
  'no-hardcoded-secrets': noHardcodedSecrets,
  'no-secret-env-in-client': noSecretEnvInClient,
  'no-secret-exposure': noSecretExposure,
  'no-secret-logging': noSecretLogging,
  'no-unsafe-secret-comparison': noUnsafeSecretComparison,
};
