/**
 * Deploy configuration in YAML: Serverless Framework services (`serverless.yml`) and CloudFormation / SAM
 * templates. Reports secrets that the deploy resolves and stores in clear:
 * - decrypting Serverless variables (`${ssm:/aws/reference/secretsmanager/…}`, `${ssm:…~true}`, and v3's
 *   `${ssm:/path}` when the parameter or the variable names a secret), directly or through
 *   `${self:custom.…}`, in `provider.environment`, `functions.*.environment` and anywhere under `resources`;
 * - CloudFormation dynamic references to secrets (`{{resolve:secretsmanager:…}}`, `{{resolve:ssm-secure:…}}`)
 *   and `NoEcho` parameters in Lambda environment variables, ECS container environments, CodeBuild plaintext
 *   variables and EC2 user data.
 */
import {
  describeReference,
  findDynamicSecretReferences,
  findServerlessVariables,
  isNonSecretField,
  judgeSsmVariable,
  type SecretReference,
} from '../../core/deploy/references.js';
import {
  asMapping,
  asSequence,
  getPath,
  getValue,
  pairKey,
  unwrapYaml,
  yamlString,
  yamlTag,
  type YamlContent,
  type YamlMapping,
  type YamlScalar,
} from '../../util/yaml.js';
import type { MessageIds } from './messages.js';
import type { YamlReporter } from './yaml-report.js';

const SERVERLESS_FILE = /^serverless(?:\.[\w-]+)?\.ya?ml$/u;

/** Exported for the ReDoS test. */
export const CLOUD_CONFIG_PATTERNS: readonly RegExp[] = [SERVERLESS_FILE];

/** True for a Serverless Framework service: `serverless.yml` (or `serverless.<stage>.yml`), or `service` with `provider`. */
export function isServerlessConfig(basename: string, root: YamlMapping): boolean {
  if (SERVERLESS_FILE.test(basename)) return true;
  return getValue(root, 'service') !== undefined && asMapping(getValue(root, 'provider')) !== undefined;
}

/** True for a CloudFormation or SAM template. */
export function isCloudFormationTemplate(root: YamlMapping): boolean {
  if (getValue(root, 'AWSTemplateFormatVersion') !== undefined) return true;
  if ((yamlString(getValue(root, 'Transform')) ?? '').startsWith('AWS::Serverless')) return true;
  const resources = asMapping(getValue(root, 'Resources'));
  for (const pair of resources?.pairs ?? []) {
    if ((yamlString(getValue(asMapping(pair.value), 'Type')) ?? '').startsWith('AWS::')) return true;
  }
  return false;
}

interface Found {
  node: YamlScalar;
  value: string;
  reference: SecretReference;
  via: string | undefined;
}

const MAX_SELF_DEPTH = 4;
const MAX_NODES = 100_000;

/** Every scalar string under `node` (itself included), with the key it is nearest to. */
function scalarsUnder(node: YamlContent | null | undefined, key: string | undefined, visit: (scalar: YamlScalar, key: string | undefined, tag: string | undefined) => void): void {
  const stack: { node: YamlContent | null | undefined; key: string | undefined }[] = [{ node, key }];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_NODES) {
    const top = stack.pop() as { node: YamlContent | null | undefined; key: string | undefined };
    const tag = yamlTag(top.node);
    const inner = unwrapYaml(top.node);
    if (inner === null || inner === undefined) continue;
    if (inner.type === 'YAMLScalar') {
      if (typeof inner.value === 'string') visit(inner, top.key, tag);
    } else if (inner.type === 'YAMLMapping') {
      for (const pair of inner.pairs) stack.push({ node: pair.value, key: pairKey(pair) ?? top.key });
    } else if (inner.type === 'YAMLSequence') {
      for (const entry of inner.entries) stack.push({ node: entry, key: top.key });
    }
  }
}

export function checkServerless(root: YamlMapping, reporter: YamlReporter): void {
  /** Decrypting references in one string, following `${self:…}` within the file. */
  const referencesIn = (value: string, key: string | undefined, depth: number): { reference: SecretReference; via: string | undefined }[] => {
    const result: { reference: SecretReference; via: string | undefined }[] = [];
    if (!value.includes('${')) return result;
    for (const variable of findServerlessVariables(value)) {
      if (variable.source === 'ssm') {
        const reference = judgeSsmVariable(variable, key);
        if (reference !== undefined) result.push({ reference, via: undefined });
      } else if (variable.source === 'self' && depth < MAX_SELF_DEPTH && !variable.address.includes('${')) {
        const target = yamlString(getPath(root, variable.address.split('.').map((s) => s.trim())));
        if (target === undefined) continue;
        const lastKey = variable.address.split('.').pop();
        for (const inner of referencesIn(target, key ?? lastKey, depth + 1)) {
          result.push({ reference: { ...inner.reference, start: variable.start, end: variable.end }, via: inner.via ?? `\${self:${variable.address}}` });
        }
      }
    }
    return result;
  };

  const reportAll = (found: Found[], messageId: MessageIds, data: Record<string, string> = {}): void => {
    for (const { node, value, reference, via } of found) {
      const what = describeReference(reference) + (via === undefined ? '' : ` (through ${via})`);
      reporter.report({ node, value, start: reference.start, end: reference.end, messageId, data: { what, grant: '', ...data } });
    }
  };

  const environments: (YamlMapping | undefined)[] = [asMapping(getPath(root, ['provider', 'environment']))];
  for (const fn of asMapping(getValue(root, 'functions'))?.pairs ?? []) {
    environments.push(asMapping(getValue(asMapping(fn.value), 'environment')));
  }
  for (const environment of environments) {
    const found: Found[] = [];
    for (const pair of environment?.pairs ?? []) {
      scalarsUnder(pair.value, pairKey(pair), (node, key) => {
        const value = node.value as string;
        for (const { reference, via } of referencesIn(value, key, 0)) found.push({ node, value, reference, via });
        for (const reference of findDynamicSecretReferences(value)) {
          if (!isNonSecretField(reference.field, key)) found.push({ node, value, reference, via: undefined });
        }
      });
    }
    reportAll(found, 'functionEnvironment');
  }

  const resources = getValue(root, 'resources');
  if (resources !== undefined) {
    const found: Found[] = [];
    scalarsUnder(resources, undefined, (node, key) => {
      const value = node.value as string;
      for (const { reference, via } of referencesIn(value, key, 0)) found.push({ node, value, reference, via });
    });
    reportAll(found, 'template');
    const template = asMapping(resources);
    if (template !== undefined) checkCloudFormation(template, reporter);
  }
}

/** Sinks of a CloudFormation template where a resolved secret is stored in clear. */
export function checkCloudFormation(root: YamlMapping, reporter: YamlReporter): void {
  const noEcho = new Set<string>();
  for (const pair of asMapping(getValue(root, 'Parameters'))?.pairs ?? []) {
    const flag = yamlString(getValue(asMapping(pair.value), 'NoEcho'));
    const name = pairKey(pair);
    if (name !== undefined && (flag === 'true' || flag === 'True')) noEcho.add(name);
  }

  const check = (node: YamlContent | null | undefined, messageId: MessageIds, envKey?: string): void => {
    const data: Record<string, string> = {};
    scalarsUnder(node, undefined, (scalar, key, tag) => {
      const value = scalar.value as string;
      for (const reference of findDynamicSecretReferences(value)) {
        if (isNonSecretField(reference.field, envKey ?? key)) continue;
        reporter.report({ node: scalar, value, start: reference.start, end: reference.end, messageId, data: { what: describeReference(reference), grant: '', correct: 'Secrets with ValueFrom', ...data } });
      }
      if (noEcho.size === 0) return;
      const refersTo = tag === '!Ref' || key === 'Ref' ? value.trim() : undefined;
      if (refersTo !== undefined && noEcho.has(refersTo)) {
        reporter.report({ node: scalar, messageId, data: { what: `The NoEcho parameter ${refersTo}`, grant: '', correct: 'Secrets with ValueFrom', ...data } });
        return;
      }
      if (tag === '!Sub' || key === 'Fn::Sub') {
        for (const name of noEcho) {
          const at = value.indexOf(`\${${name}}`);
          if (at !== -1) {
            reporter.report({ node: scalar, value, start: at, end: at + name.length + 3, messageId, data: { what: `The NoEcho parameter ${name}`, grant: '', correct: 'Secrets with ValueFrom', ...data } });
          }
        }
      }
    });
  };

  check(getPath(root, ['Globals', 'Function', 'Environment', 'Variables']), 'functionEnvironment');
  for (const pair of asMapping(getValue(root, 'Resources'))?.pairs ?? []) {
    const resource = asMapping(pair.value);
    const type = yamlString(getValue(resource, 'Type')) ?? '';
    const properties = asMapping(getValue(resource, 'Properties'));
    if (properties === undefined) continue;
    switch (type) {
      case 'AWS::Lambda::Function':
      case 'AWS::Serverless::Function':
        check(getPath(properties, ['Environment', 'Variables']), 'functionEnvironment');
        break;
      case 'AWS::ECS::TaskDefinition':
        for (const container of asSequence(getValue(properties, 'ContainerDefinitions'))?.entries ?? []) {
          for (const variable of asSequence(getValue(asMapping(container), 'Environment'))?.entries ?? []) {
            check(getValue(asMapping(variable), 'Value'), 'containerEnvironment', yamlString(getValue(asMapping(variable), 'Name')));
          }
        }
        break;
      case 'AWS::CodeBuild::Project':
        for (const variable of asSequence(getPath(properties, ['Environment', 'EnvironmentVariables']))?.entries ?? []) {
          const entry = asMapping(variable);
          const kind = yamlString(getValue(entry, 'Type')) ?? 'PLAINTEXT';
          if (kind === 'PLAINTEXT') check(getValue(entry, 'Value'), 'buildEnvironment', yamlString(getValue(entry, 'Name')));
        }
        break;
      case 'AWS::EC2::Instance':
        check(getValue(properties, 'UserData'), 'userData');
        break;
      case 'AWS::EC2::LaunchTemplate':
        check(getPath(properties, ['LaunchTemplateData', 'UserData']), 'userData');
        break;
      default:
        break;
    }
  }
}
