/**
 * secrets/no-deploy-time-secrets: secrets resolved while deploying (or while a CI job builds its scripts) are
 * stored in clear in what the deploy produces — function configurations, task definitions, templates,
 * user data, outputs, tags, CI scripts — where anyone who can read those reads the secret, and rotating it
 * needs a redeploy. Secrets belong to run time: pass their name and fetch them where they are used.
 *
 * Reads TypeScript/JavaScript infrastructure code (AWS CDK, Pulumi, SST, serverless.ts) and, parsed by
 * yaml-eslint-parser, serverless.yml, CloudFormation/SAM templates and GitHub Actions workflows.
 */
import path from 'node:path';
import { createRule } from '../util/create-rule.js';
import { readSecretsSettings } from '../util/settings.js';
import { isYamlSourceCode, rootMappings, type YamlProgram } from '../util/yaml.js';
import { checkCloudFormation, checkServerless, isCloudFormationTemplate, isServerlessConfig } from './no-deploy-time-secrets/cloud-config.js';
import { infraListeners, mayHoldInfrastructure } from './no-deploy-time-secrets/infra.js';
import { MESSAGES, type MessageIds } from './no-deploy-time-secrets/messages.js';
import { checkWorkflow } from './no-deploy-time-secrets/workflow.js';
import { yamlReporter } from './no-deploy-time-secrets/yaml-report.js';
import { getValue } from '../util/yaml.js';

export interface RuleOptions {
  trustedOwners?: string[];
}
export type Options = [RuleOptions];
export type { MessageIds };

const ACTION_FILE = /^action\.ya?ml$/u;

/** True for a file directly in `.github/workflows/`. */
function isWorkflowPath(filename: string): boolean {
  const normalized = filename.replaceAll('\\', '/');
  const slash = normalized.lastIndexOf('/');
  return normalized.slice(0, slash + 1).endsWith('.github/workflows/') && /\.ya?ml$/u.test(normalized);
}

export default createRule<Options, MessageIds>({
  name: 'no-deploy-time-secrets',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow secrets resolved at deploy time into configuration, templates and CI scripts',
      recommended: 'recommended',
    },
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- reported from infra.ts and yaml-report.ts
    hasSuggestions: true,
    messages: MESSAGES,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          trustedOwners: {
            type: 'array',
            description:
              'GitHub users or organisations whose reusable workflows may receive `secrets: inherit`, besides the owner of the repository itself (read from `GITHUB_REPOSITORY` or the git remote).',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
        },
      },
    ],
    defaultOptions: [{ trustedOwners: [] }],
  },
  create(context, [options]) {
    // No key of `settings.secrets` applies to deploy configuration; read it all the same, so that a bad value
    // fails alike whichever rules are on.
    readSecretsSettings(context);
    const sourceCode = context.sourceCode;
    const ast = sourceCode.ast as unknown as { type: string };
    if (ast.type !== 'Program') return {}; // another language (JSON): nothing to deploy from
    if (isYamlSourceCode(sourceCode)) {
      return {
        Program(node) {
          const reporter = yamlReporter(context);
          const filename = context.filename;
          const basename = path.basename(filename);
          for (const root of rootMappings(node as unknown as YamlProgram)) {
            if (isWorkflowPath(filename) || ACTION_FILE.test(basename) || (getValue(root, 'jobs') !== undefined && getValue(root, 'on') !== undefined)) {
              checkWorkflow(root, { filename, trustedOwners: (options.trustedOwners ?? []).map((o) => o.toLowerCase()) }, reporter);
            } else if (isServerlessConfig(basename, root)) {
              checkServerless(root, reporter);
            } else if (isCloudFormationTemplate(root)) {
              checkCloudFormation(root, reporter);
            }
          }
        },
      };
    }
    // JavaScript and TypeScript: only files that can hold infrastructure code get listeners.
    if (!mayHoldInfrastructure(sourceCode.text)) return {};
    return infraListeners(context);
  },
});
