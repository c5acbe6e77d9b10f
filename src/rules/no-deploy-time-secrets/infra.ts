/**
 * Infrastructure code in TypeScript/JavaScript: AWS CDK, Pulumi, SST and `serverless.ts` configs.
 *
 * A *deploy-time secret* is an expression whose value the deploy resolves (CDK `SecretValue` unwrapped with
 * `unsafeUnwrap()`/`toString()`, `secretValueFromJson(…)`, `SecretValue.secretsManager/ssmSecure(…)`; Pulumi
 * `config.requireSecret(…)`, `aws.secretsmanager.getSecretVersion(…).secretString`, `pulumi.unsecret(…)`,
 * a `RandomPassword`'s `result`; SST `secret.value`, `Resource.X.value`; Serverless `${ssm:…}` strings and
 * CloudFormation dynamic references), followed through local constants, templates, `pulumi.interpolate`,
 * `pulumi.all(…).apply(…)` and `.apply`/`.then` callbacks.
 * A *sink* is where the deployed configuration keeps it in clear: `environment` (Lambda, SST, Serverless,
 * ECS containers, Kubernetes containers, CodeBuild), `addEnvironment(…)`, user data, `CfnOutput` values, tags.
 */
import type { SecretsRuleContext } from '../../util/create-rule.js';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import {
  describeReference,
  findDynamicSecretReferences,
  findServerlessVariables,
  isNonSecretField,
  judgeSsmVariable,
} from '../../core/deploy/references.js';
import { AST_NODE_TYPES, propertyKeyName, unwrapExpression } from '../../util/ast/index.js';
import type { MessageIds } from './messages.js';

type Context = SecretsRuleContext<MessageIds, readonly unknown[]>;
type Node = TSESTree.Node;

/** Quick test of a file's text: can it hold infrastructure code this rule reads? */
export function mayHoldInfrastructure(text: string): boolean {
  // A short needle with a rare first character first (`-cdk`, `{{res`): each search is a pass over the whole
  // text, and one for a long needle or a common first character costs several times more.
  if (text.includes('-cdk') && text.includes('aws-cdk')) return true;
  if (text.includes('@pulumi/') || text.includes('${ssm') || (text.includes('{{res') && text.includes('{{resolve:'))) return true;
  if (!text.includes('sst')) return false;
  return text.includes('sst.') || text.includes("from 'sst") || text.includes('from "sst') || text.includes("require('sst");
}

const MAX_DEPTH = 6;
const ENVIRONMENT_KEYS = new Set(['environment', 'environmentVariables', 'runtimeEnvironmentVariables', 'env']);
const SECRET_VALUE_FACTORIES = new Map([
  ['secretsManager', 'A SecretValue.secretsManager(…) value'],
  ['ssmSecure', 'A SecretValue.ssmSecure(…) value'],
  ['unsafePlainText', 'A SecretValue.unsafePlainText(…) value'],
  ['plainText', 'A SecretValue.plainText(…) value'],
  ['cfnParameter', 'A SecretValue.cfnParameter(…) value'],
  ['cfnDynamicReference', 'A SecretValue.cfnDynamicReference(…) value'],
  ['resourceAttribute', 'A SecretValue.resourceAttribute(…) value'],
]);
/** User data of EC2 (`userData`), Azure VMs (`customData`), GCE (`metadataStartupScript`). */
const USER_DATA_KEYS = new Set(['userData', 'customData', 'metadataStartupScript', 'startupScript']);
const PULUMI_CONFIG_SECRETS = new Set(['requireSecret', 'getSecret', 'requireSecretObject', 'getSecretObject']);
const ECS_CONTEXT_KEYS = new Set(['taskImageOptions', 'scheduledFargateTaskImageOptions', 'scheduledEc2TaskImageOptions', 'containerDefinitions', 'container', 'containers']);
const K8S_WORKLOAD = /^(?:Deployment|StatefulSet|DaemonSet|Job|CronJob|Pod|ReplicaSet|PodTemplate)$/u;
const CODEBUILD_CALLEE = /^(?:Project|PipelineProject)$/u;

/** Exported for the ReDoS test. */
export const INFRA_PATTERNS: readonly RegExp[] = [K8S_WORKLOAD, CODEBUILD_CALLEE];

const ECS_CALLEE_ENDINGS = ['FargateService', 'Ec2Service', 'ContainerDefinition', 'TaskDefinition', 'ScheduledFargateTask', 'ScheduledEc2Task'];

/** ECS constructs and calls whose options hold a container's environment. */
function isEcsCallee(name: string): boolean {
  return name === 'addContainer' || name.startsWith('QueueProcessing') || ECS_CALLEE_ENDINGS.some((ending) => name.endsWith(ending));
}

type SinkKind = 'function' | 'container' | 'kubernetes' | 'build';

/** The value inside TypeScript wrappers, optional chains and `await`. */
function unwrap(node: Node): Node {
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
  return current;
}

function propertyName(node: Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  return undefined;
}

function keyOf(property: TSESTree.Property): string | undefined {
  return propertyKeyName(property);
}

/** `a.b.c` → c; `f()` → f; `new a.B()` → B. */
function calleeName(callee: Node): string | undefined {
  const inner = unwrap(callee);
  if (inner.type === AST_NODE_TYPES.Identifier) return inner.name;
  if (inner.type === AST_NODE_TYPES.MemberExpression && !inner.computed) return propertyName(inner.property);
  return undefined;
}

/** The root identifier and member names of a callee: `k8s.apps.v1.Deployment` → [k8s, apps, v1, Deployment]. */
function memberPath(node: Node): string[] {
  const path: string[] = [];
  let current = unwrap(node);
  for (let depth = 0; depth < 8; depth++) {
    if (current.type === AST_NODE_TYPES.MemberExpression && !current.computed) {
      path.unshift(propertyName(current.property) ?? '?');
      current = unwrap(current.object);
    } else {
      if (current.type === AST_NODE_TYPES.Identifier) path.unshift(current.name);
      else if (current.type === AST_NODE_TYPES.ThisExpression) path.unshift('this');
      break;
    }
  }
  return path;
}

function findVariable(scope: Scope.Scope | null, name: string): Scope.Variable | undefined {
  for (let current = scope; current !== null; current = current.upper) {
    const variable = current.set.get(name);
    if (variable !== undefined) return variable;
  }
  return undefined;
}

/** The infra-code analysis of one file. */
export function infraListeners(context: Context): TSESLint.RuleListener {
  const sourceCode = context.sourceCode;
  const importsSst = sourceCode.text.includes("from 'sst") || sourceCode.text.includes('from "sst');

  /** A description of the deploy-time secret `node` evaluates to, or `undefined`. */
  function secretSource(input: Node, depth: number): string | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const node = unwrap(input);
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
        return callSource(node, depth);
      case AST_NODE_TYPES.MemberExpression:
        return memberSource(node, depth);
      case AST_NODE_TYPES.NewExpression:
        return undefined;
      case AST_NODE_TYPES.Identifier:
        return identifierSource(node, depth);
      case AST_NODE_TYPES.TemplateLiteral:
        for (const expression of node.expressions) {
          const found = secretSource(expression, depth + 1);
          if (found !== undefined) return found;
        }
        return stringSource(node);
      case AST_NODE_TYPES.TaggedTemplateExpression:
        for (const expression of node.quasi.expressions) {
          const found = secretSource(expression, depth + 1);
          if (found !== undefined) return found;
        }
        return undefined;
      case AST_NODE_TYPES.BinaryExpression:
        if (node.operator !== '+') return undefined;
        return secretSource(node.left, depth + 1) ?? secretSource(node.right, depth + 1);
      case AST_NODE_TYPES.LogicalExpression:
        return secretSource(node.left, depth + 1) ?? secretSource(node.right, depth + 1);
      case AST_NODE_TYPES.ConditionalExpression:
        return secretSource(node.consequent, depth + 1) ?? secretSource(node.alternate, depth + 1);
      case AST_NODE_TYPES.Literal:
        return typeof node.value === 'string' ? stringSource(node) : undefined;
      default:
        return undefined;
    }
  }

  /** A Serverless `${ssm:…}` variable or a CloudFormation dynamic reference written as a string. */
  function stringSource(node: TSESTree.Literal | TSESTree.TemplateLiteral): string | undefined {
    const text = node.type === AST_NODE_TYPES.Literal ? (node.value as string) : node.quasis.map((q) => q.value.cooked ?? '').join('${}');
    if (text.includes('{{resolve:')) {
      const reference = findDynamicSecretReferences(text)[0];
      if (reference !== undefined) return describeReference(reference);
    }
    if (!text.includes('${ssm')) return undefined;
    const key = envKeyOf(node);
    for (const variable of findServerlessVariables(text)) {
      const reference = judgeSsmVariable(variable, key);
      if (reference !== undefined) return describeReference(reference);
    }
    return undefined;
  }

  function envKeyOf(node: Node): string | undefined {
    const parent = node.parent;
    return parent?.type === AST_NODE_TYPES.Property && parent.value === node ? keyOf(parent) : undefined;
  }

  function callSource(node: TSESTree.CallExpression, depth: number): string | undefined {
    const callee = unwrap(node.callee);
    const name = calleeName(callee);
    if (name === undefined) return undefined;
    const object = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : undefined;
    switch (name) {
      case 'unsafeUnwrap':
        return (object && secretSource(object, depth + 1)) ?? 'An unwrapped SecretValue';
      case 'toString':
      case 'apply':
      case 'then':
        return object && secretSource(object, depth + 1);
      case 'secretValueFromJson': {
        const field = node.arguments[0];
        const fieldName = field?.type === AST_NODE_TYPES.Literal && typeof field.value === 'string' ? ` "${field.value}"` : '';
        return `The field${fieldName} of a Secrets Manager secret`;
      }
      case 'valueForSecureStringParameter':
        return 'An SSM SecureString parameter';
      case 'getSecretVersion':
      case 'getSecretVersionOutput':
        return 'A Secrets Manager secret version';
      case 'unsecret':
        return 'A value passed through pulumi.unsecret(…)';
      case 'secret':
        return object !== undefined && memberPath(object)[0] === 'pulumi' ? 'A pulumi.secret(…) value' : undefined;
      case 'interpolate':
      case 'concat':
      case 'all':
      case 'output':
      case 'String':
      case 'asString':
      case 'join':
        for (const argument of node.arguments) {
          const found = argument.type === AST_NODE_TYPES.ArrayExpression ? arraySource(argument, depth) : secretSource(argument, depth + 1);
          if (found !== undefined) return found;
        }
        return undefined;
      default:
        break;
    }
    if (PULUMI_CONFIG_SECRETS.has(name) && object !== undefined && isPulumiConfig(object, depth)) {
      const key = node.arguments[0];
      const keyName = key?.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? ` "${key.value}"` : '';
      return `The Pulumi secret config value${keyName}`;
    }
    if (object !== undefined && SECRET_VALUE_FACTORIES.has(name)) {
      const path = memberPath(object);
      if (path[path.length - 1] === 'SecretValue') return SECRET_VALUE_FACTORIES.get(name);
    }
    return undefined;
  }

  function arraySource(array: TSESTree.ArrayExpression, depth: number): string | undefined {
    for (const element of array.elements) {
      if (element === null || element.type === AST_NODE_TYPES.SpreadElement) continue;
      const found = secretSource(element, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  function isPulumiConfig(object: Node, depth: number): boolean {
    const inner = unwrap(object);
    if (inner.type === AST_NODE_TYPES.NewExpression) return calleeName(inner.callee) === 'Config';
    if (inner.type === AST_NODE_TYPES.Identifier) {
      if (/config|cfg/iu.test(inner.name)) return true;
      const init = initOf(inner, depth);
      return init !== undefined && unwrap(init).type === AST_NODE_TYPES.NewExpression && calleeName((unwrap(init) as TSESTree.NewExpression).callee) === 'Config';
    }
    if (inner.type === AST_NODE_TYPES.MemberExpression) return /config|cfg/iu.test(calleeName(inner) ?? '');
    return false;
  }

  function identifierSource(node: TSESTree.Identifier, depth: number): string | undefined {
    if (node.name === 'undefined') return undefined;
    const init = initOf(node, depth);
    return init === undefined ? undefined : secretSource(init, depth + 1);
  }

  function memberSource(node: TSESTree.MemberExpression, depth: number): string | undefined {
    const name = node.computed ? undefined : propertyName(node.property);
    switch (name) {
      case 'secretValue':
        return 'The value of a Secrets Manager secret';
      case 'secretString':
      case 'secretBinary':
        return 'The value of a Secrets Manager secret version';
      case 'value': {
        const object = unwrap(node.object);
        if (importsSst && object.type === AST_NODE_TYPES.MemberExpression && unwrap(object.object).type === AST_NODE_TYPES.Identifier) {
          if ((unwrap(object.object) as TSESTree.Identifier).name === 'Resource') return `The SST secret ${propertyName(object.property) ?? ''}`.trimEnd();
        }
        const created = object.type === AST_NODE_TYPES.Identifier ? initOf(object, depth) : object;
        if (created !== undefined) {
          const made = unwrap(created);
          if (made.type === AST_NODE_TYPES.NewExpression) {
            const path = memberPath(made.callee);
            if (path[path.length - 1] === 'Secret' && (path[0] === 'sst' || path.length === 1)) return 'The value of an SST secret';
          }
        }
        return secretSourceOfOutput(node.object, depth);
      }
      case 'result': {
        const object = unwrap(node.object);
        const created = object.type === AST_NODE_TYPES.Identifier ? initOf(object, depth) : object;
        if (created !== undefined && unwrap(created).type === AST_NODE_TYPES.NewExpression) {
          if (calleeName((unwrap(created) as TSESTree.NewExpression).callee) === 'RandomPassword') return "A RandomPassword's result";
        }
        return undefined;
      }
      default:
        return secretSourceOfOutput(node.object, depth);
    }
  }

  /** A property of an object that is itself a secret-bearing output (`getSecretVersionOutput(…).x`). */
  function secretSourceOfOutput(object: Node, depth: number): string | undefined {
    const inner = unwrap(object);
    if (inner.type === AST_NODE_TYPES.CallExpression) {
      const name = calleeName(inner.callee);
      if (name === 'getSecretVersion' || name === 'getSecretVersionOutput') return undefined; // only secretString/secretBinary are secret
      return undefined;
    }
    if (inner.type === AST_NODE_TYPES.Identifier) {
      const init = initOf(inner, depth);
      if (init === undefined) return undefined;
      const made = unwrap(init);
      // a parameter of a callback given a secret, or a constant holding a whole secret value
      if (made.type === AST_NODE_TYPES.MemberExpression || made.type === AST_NODE_TYPES.Identifier) return secretSource(made, depth + 1);
    }
    return undefined;
  }

  /** What an identifier was initialised with: a `const`'s init, a callback parameter's source. */
  function initOf(node: TSESTree.Identifier, depth: number): Node | undefined {
    const variable = findVariable(sourceCode.getScope(node), node.name);
    const definition = variable?.defs[0];
    if (definition === undefined || variable === undefined || variable.defs.length !== 1) return undefined;
    if (definition.type === 'Variable') {
      const declarator = definition.node;
      if (declarator.init === null) return undefined;
      if (declarator.id.type === AST_NODE_TYPES.Identifier) return declarator.init;
      // const { secretString } = await aws.secretsmanager.getSecretVersion(…)
      if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
        for (const property of declarator.id.properties) {
          if (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier && property.value.name === node.name) {
            const key = keyOf(property);
            if (key === 'secretString' || key === 'secretBinary') return declarator.init;
          }
        }
      }
      return undefined;
    }
    if (definition.type === 'Parameter' && depth < MAX_DEPTH) {
      return parameterSource(definition.node, node.name);
    }
    return undefined;
  }

  /** For `x.apply((v) => …)` / `pulumi.all([a, b]).apply(([u, v]) => …)`: the expression a parameter stands for. */
  function parameterSource(fn: Node, name: string): Node | undefined {
    if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return undefined;
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return undefined;
    const callee = unwrap(call.callee);
    const method = calleeName(callee);
    if ((method !== 'apply' && method !== 'then') || callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const parameter = fn.params[0];
    if (parameter === undefined) return undefined;
    if (parameter.type === AST_NODE_TYPES.Identifier) return parameter.name === name ? callee.object : undefined;
    if (parameter.type === AST_NODE_TYPES.ArrayPattern) {
      const index = parameter.elements.findIndex((e) => e?.type === AST_NODE_TYPES.Identifier && e.name === name);
      const all = unwrap(callee.object);
      if (index < 0 || all.type !== AST_NODE_TYPES.CallExpression || calleeName(all.callee) !== 'all') return undefined;
      const list = all.arguments[0];
      if (list?.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
      const element = list.elements[index];
      return element === null || element === undefined || element.type === AST_NODE_TYPES.SpreadElement ? undefined : element;
    }
    return undefined;
  }

  /**
   * The object or array literal an environment is written as: itself, a constant's initialiser, or what an
   * `.apply(…)` callback returns (`const environment = hosts.apply(([host]) => [{ name, value }])`).
   */
  function literalBehind(value: Node): Node {
    let current = unwrap(value);
    for (let depth = 0; depth < 3; depth++) {
      if (current.type === AST_NODE_TYPES.Identifier) {
        const init = initOf(current, MAX_DEPTH);
        if (init === undefined) return current;
        current = unwrap(init);
        continue;
      }
      if (current.type === AST_NODE_TYPES.CallExpression && (calleeName(current.callee) === 'apply' || calleeName(current.callee) === 'then')) {
        const callback = current.arguments[0];
        if (callback?.type === AST_NODE_TYPES.ArrowFunctionExpression && callback.body.type !== AST_NODE_TYPES.BlockStatement) {
          current = unwrap(callback.body);
          continue;
        }
      }
      return current;
    }
    return current;
  }

  /** The JSON field a value picks out of a secret: `secretValueFromJson("username")`, `{{resolve:…:SecretString:host}}`. */
  function jsonFieldOf(value: Node): string | undefined {
    let inner = unwrap(value);
    for (let depth = 0; depth < 3 && inner.type === AST_NODE_TYPES.CallExpression; depth++) {
      const name = calleeName(inner.callee);
      if (name === 'secretValueFromJson') {
        const field = inner.arguments[0];
        return field?.type === AST_NODE_TYPES.Literal && typeof field.value === 'string' ? field.value : undefined;
      }
      const callee = unwrap(inner.callee);
      if ((name !== 'unsafeUnwrap' && name !== 'toString') || callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      inner = unwrap(callee.object);
    }
    if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'string') return findDynamicSecretReferences(inner.value)[0]?.field;
    return undefined;
  }

  /** Which kind of environment an `environment`-like property belongs to. */
  function sinkKind(property: TSESTree.Property): SinkKind | undefined {
    const key = keyOf(property);
    let child: Node = property;
    for (let depth = 0; depth < 14 && child.parent != null; depth++) {
      const parent: Node = child.parent;
      if (parent.type === AST_NODE_TYPES.Property) {
        const outerKey = keyOf(parent);
        if (key === 'env') {
          if (outerKey === 'containers' || outerKey === 'initContainers') return 'kubernetes';
        } else if (outerKey !== undefined && ECS_CONTEXT_KEYS.has(outerKey)) return 'container';
      }
      if (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) {
        const name = calleeName(parent.callee) ?? '';
        if (name === 'stringify' || name === 'jsonStringify' || name === 'apply' || name === 'all' || name === 'output') {
          child = parent;
          continue;
        }
        if (key === 'env') {
          const path = memberPath(parent.callee);
          return path.includes('k8s') || path.includes('kubernetes') || K8S_WORKLOAD.test(name) ? 'kubernetes' : undefined;
        }
        if (isEcsCallee(name)) return 'container';
        if (CODEBUILD_CALLEE.test(name) && key === 'environmentVariables') return 'build';
        return 'function';
      }
      child = parent;
    }
    return key === 'env' ? undefined : 'function';
  }

  /** The `(key, value)` entries of an environment's value: an object, `{ variables }`, or `[{ name, value }]`. */
  function environmentEntries(value: Node, kind: SinkKind): { key: string | undefined; property: TSESTree.Property | undefined; value: Node; build: boolean }[] {
    const inner = literalBehind(value);
    const entries: { key: string | undefined; property: TSESTree.Property | undefined; value: Node; build: boolean }[] = [];
    if (inner.type === AST_NODE_TYPES.ObjectExpression) {
      let object = inner;
      const variables = inner.properties.find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && keyOf(p) === 'variables');
      if (variables !== undefined && unwrap(variables.value).type === AST_NODE_TYPES.ObjectExpression) {
        object = unwrap(variables.value) as TSESTree.ObjectExpression;
      }
      for (const property of object.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        let entryValue: Node = property.value;
        if (kind === 'build' || unwrap(property.value).type === AST_NODE_TYPES.ObjectExpression) {
          // CodeBuild: { value, type }; a SECRETS_MANAGER or PARAMETER_STORE variable holds a name
          const spec = unwrap(property.value);
          if (spec.type !== AST_NODE_TYPES.ObjectExpression) continue;
          const type = spec.properties.find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && keyOf(p) === 'type');
          if (type !== undefined && !sourceCode.getText(type.value).includes('PLAINTEXT')) continue;
          const valueProperty = spec.properties.find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && keyOf(p) === 'value');
          if (valueProperty === undefined) continue;
          entryValue = valueProperty.value;
        }
        entries.push({ key: keyOf(property), property, value: entryValue, build: entryValue !== property.value });
      }
    } else if (inner.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of inner.elements) {
        if (element === null || element.type !== AST_NODE_TYPES.ObjectExpression) continue;
        let name: string | undefined;
        let valueProperty: TSESTree.Property | undefined;
        for (const property of element.properties) {
          if (property.type !== AST_NODE_TYPES.Property) continue;
          const key = keyOf(property);
          if (key === 'name' && property.value.type === AST_NODE_TYPES.Literal) name = String(property.value.value);
          if (key === 'value') valueProperty = property;
        }
        if (valueProperty !== undefined) entries.push({ key: name, property: undefined, value: valueProperty.value, build: false });
      }
    }
    return entries;
  }

  /** Nodes reported: one environment shared by several containers is reported once. */
  const reported = new Set<Node>();
  const report = (node: Node, messageId: MessageIds, what: string, extra: Record<string, string> = {}, suggest?: TSESLint.SuggestionReportDescriptor<MessageIds>[]): void => {
    if (reported.has(node)) return;
    reported.add(node);
    context.report({
      node,
      messageId,
      data: { what, grant: '', correct: 'secrets: { NAME: ecs.Secret.fromSecretsManager(secret) }', ...extra },
      ...(suggest === undefined || suggest.length === 0 ? {} : { suggest }),
    });
  };

  function checkEnvironment(property: TSESTree.Property): void {
    const kind = sinkKind(property);
    if (kind === undefined) return;
    for (const entry of environmentEntries(property.value, kind)) {
      const what = secretSource(entry.value, 0);
      if (what === undefined || isNonSecretField(jsonFieldOf(entry.value), entry.key)) continue;
      switch (entry.build ? 'build' : kind) {
        case 'container': {
          const suggestion = entry.property === undefined ? undefined : ecsSuggestion(property, entry.property);
          report(entry.value, 'containerEnvironment', what, isPulumiFile() ? { correct: 'secrets: [{ name, valueFrom: secret.arn }]' } : {}, suggestion);
          break;
        }
        case 'kubernetes':
          report(entry.value, 'kubernetesEnvironment', what);
          break;
        case 'build':
          report(entry.value, 'buildEnvironment', what);
          break;
        default: {
          const suggestion = entry.property === undefined ? undefined : lambdaSuggestion(property, entry.property);
          report(entry.value, 'functionEnvironment', what, { grant: isCdkFile() ? ' (secret.grantRead(fn))' : '' }, suggestion);
        }
      }
    }
  }

  const isCdkFile = (): boolean => sourceCode.text.includes('aws-cdk');
  const isPulumiFile = (): boolean => sourceCode.text.includes('@pulumi/');

  /** `S.secretValue[.unsafeUnwrap()|.toString()]` or `S.secretValueFromJson(F)[…]` with `S` a plain reference. */
  function unwrappedSecret(value: Node): { secret: Node; field: Node | undefined; whole: boolean } | undefined {
    let inner = unwrap(value);
    if (inner.type === AST_NODE_TYPES.CallExpression && inner.arguments.length === 0) {
      const name = calleeName(inner.callee);
      const callee = unwrap(inner.callee);
      if ((name === 'unsafeUnwrap' || name === 'toString') && callee.type === AST_NODE_TYPES.MemberExpression) inner = unwrap(callee.object);
    }
    let secret: Node | undefined;
    let field: Node | undefined;
    if (inner.type === AST_NODE_TYPES.MemberExpression && !inner.computed && propertyName(inner.property) === 'secretValue') {
      secret = inner.object;
    } else if (inner.type === AST_NODE_TYPES.CallExpression && calleeName(inner.callee) === 'secretValueFromJson' && inner.arguments.length === 1) {
      const callee = unwrap(inner.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      secret = callee.object;
      field = inner.arguments[0];
      if (field?.type !== AST_NODE_TYPES.Literal || typeof field.value !== 'string') return undefined;
    }
    if (secret === undefined || !isPlainReference(secret)) return undefined;
    return { secret, field, whole: field === undefined };
  }

  function isPlainReference(node: Node): boolean {
    let current: Node = node;
    for (let depth = 0; depth < 8; depth++) {
      if (current.type === AST_NODE_TYPES.TSNonNullExpression) current = current.expression;
      if (current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.ThisExpression) return true;
      if (current.type !== AST_NODE_TYPES.MemberExpression || current.computed) return false;
      current = current.object;
    }
    return false;
  }

  /** The local name the ECS module is imported under (`import * as ecs from 'aws-cdk-lib/aws-ecs'`). */
  function ecsNamespace(): string | undefined {
    for (const statement of sourceCode.ast.body) {
      if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
      const source = statement.source.value;
      for (const specifier of statement.specifiers) {
        if (source === 'aws-cdk-lib/aws-ecs' && specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return specifier.local.name;
        if (source === 'aws-cdk-lib' && specifier.type === AST_NODE_TYPES.ImportSpecifier && propertyName(specifier.imported) === 'aws_ecs') return specifier.local.name;
      }
    }
    return undefined;
  }

  /** Removes `property` and the comma after it (or before it, for the last one). */
  function removeProperty(fixer: TSESLint.RuleFixer, property: TSESTree.Property): TSESLint.RuleFix {
    const after = sourceCode.getTokenAfter(property);
    if (after !== null && after.value === ',') {
      const next = sourceCode.getTokenAfter(after);
      return fixer.removeRange([property.range[0], next === null ? after.range[1] : next.range[0]]);
    }
    const before = sourceCode.getTokenBefore(property);
    if (before !== null && before.value === ',') return fixer.removeRange([before.range[0], property.range[1]]);
    return fixer.remove(property);
  }

  /** Inserts `text` (a property) as the last property of `object`. */
  function appendProperty(fixer: TSESLint.RuleFixer, object: TSESTree.ObjectExpression, text: string): TSESLint.RuleFix {
    const last = object.properties[object.properties.length - 1];
    if (last === undefined) return fixer.replaceText(object, `{ ${text} }`);
    const after = sourceCode.getTokenAfter(last);
    if (after !== null && after.value === ',') return fixer.insertTextAfter(after, ` ${text},`);
    return fixer.insertTextAfter(last, `, ${text}`);
  }

  function ecsSuggestion(environment: TSESTree.Property, entry: TSESTree.Property): TSESLint.SuggestionReportDescriptor<MessageIds>[] | undefined {
    const unwrapped = unwrappedSecret(entry.value);
    const ns = ecsNamespace();
    const container = environment.parent;
    if (unwrapped === undefined || ns === undefined || container?.type !== AST_NODE_TYPES.ObjectExpression || entry.computed) return undefined;
    if (entry.parent !== unwrap(environment.value)) return undefined;
    const secrets = container.properties.find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && keyOf(p) === 'secrets');
    const secretsObject = secrets === undefined ? undefined : unwrap(secrets.value);
    if (secrets !== undefined && secretsObject?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    const keyText = sourceCode.getText(entry.key);
    const args = sourceCode.getText(unwrapped.secret) + (unwrapped.field === undefined ? '' : `, ${sourceCode.getText(unwrapped.field)}`);
    const replacement = `${ns}.Secret.fromSecretsManager(${args})`;
    const member = `${keyText}: ${replacement}`;
    return [
      {
        messageId: 'moveToEcsSecrets',
        data: { envName: keyOf(entry) ?? keyText, replacement },
        fix: (fixer) => {
          const fixes = [removeProperty(fixer, entry)];
          if (secretsObject?.type === AST_NODE_TYPES.ObjectExpression) fixes.push(appendProperty(fixer, secretsObject, member));
          else {
            const after = sourceCode.getTokenAfter(environment);
            fixes.push(
              after !== null && after.value === ','
                ? fixer.insertTextAfter(after, ` secrets: { ${member} },`)
                : fixer.insertTextAfter(environment, `, secrets: { ${member} }`),
            );
          }
          return fixes;
        },
      },
    ];
  }

  function lambdaSuggestion(environment: TSESTree.Property, entry: TSESTree.Property): TSESLint.SuggestionReportDescriptor<MessageIds>[] | undefined {
    const unwrapped = unwrappedSecret(entry.value);
    if (unwrapped === undefined || !unwrapped.whole || entry.computed || !isCdkFile()) return undefined;
    const key = keyOf(entry);
    if (key === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/u.test(key)) return undefined;
    const envObject = entry.parent;
    const options = environment.parent;
    const construct = options?.parent;
    if (envObject !== unwrap(environment.value) || construct?.type !== AST_NODE_TYPES.NewExpression || construct.arguments[2] !== options) return undefined;
    if (!(calleeName(construct.callee) ?? '').endsWith('Function')) return undefined;
    const arnKey = `${key}_SECRET_ARN`;
    if (envObject.type !== AST_NODE_TYPES.ObjectExpression || envObject.properties.some((p) => p.type === AST_NODE_TYPES.Property && keyOf(p) === arnKey)) return undefined;
    // the construct must be held by a name the grant can use: `const fn = new …` or `this.fn = new …`
    const holder = construct.parent;
    let fnText: string | undefined;
    let statement: Node | undefined;
    if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier && holder.parent.declarations.length === 1) {
      fnText = holder.id.name;
      statement = holder.parent;
    } else if (holder?.type === AST_NODE_TYPES.AssignmentExpression && isPlainReference(holder.left) && holder.parent.type === AST_NODE_TYPES.ExpressionStatement) {
      fnText = sourceCode.getText(holder.left);
      statement = holder.parent;
    }
    if (fnText === undefined || statement === undefined) return undefined;
    const parentBlock = statement.parent;
    if (parentBlock?.type !== AST_NODE_TYPES.BlockStatement && parentBlock?.type !== AST_NODE_TYPES.Program) return undefined;
    const secretText = sourceCode.getText(unwrapped.secret);
    const grant = `${secretText}.grantRead(${fnText});`;
    const indent = ' '.repeat(statement.loc.start.column);
    const keyText = entry.key.type === AST_NODE_TYPES.Identifier ? arnKey : JSON.stringify(arnKey);
    return [
      {
        messageId: 'passSecretArn',
        data: { envName: arnKey, grant },
        fix: (fixer) => [fixer.replaceText(entry, `${keyText}: ${secretText}.secretArn`), fixer.insertTextAfter(statement, `\n${indent}${grant}`)],
      },
    ];
  }

  return {
    Property(node) {
      const key = keyOf(node);
      if (key === undefined) return;
      if (ENVIRONMENT_KEYS.has(key)) {
        checkEnvironment(node);
      } else if (USER_DATA_KEYS.has(key)) {
        const what = secretSource(node.value, 0);
        if (what !== undefined) report(node.value, 'userData', what);
      } else if (key === 'tags') {
        const tags = unwrap(node.value);
        if (tags.type !== AST_NODE_TYPES.ObjectExpression) return;
        for (const tag of tags.properties) {
          if (tag.type !== AST_NODE_TYPES.Property) continue;
          const what = secretSource(tag.value, 0);
          if (what !== undefined) report(tag.value, 'tag', what);
        }
      }
    },
    CallExpression(node) {
      const name = calleeName(node.callee);
      switch (name) {
        case 'addEnvironment': {
          const value = node.arguments[1];
          const what = value === undefined ? undefined : secretSource(value, 0);
          if (value !== undefined && what !== undefined) {
            const callee = unwrap(node.callee);
            const target = callee.type === AST_NODE_TYPES.MemberExpression ? unwrap(callee.object) : undefined;
            const init = target?.type === AST_NODE_TYPES.Identifier ? initOf(target, 0) : undefined;
            const isContainer = init !== undefined && /addContainer|ContainerDefinition/u.test(calleeName((unwrap(init) as TSESTree.CallExpression).callee ?? init) ?? '');
            report(value, isContainer ? 'containerEnvironment' : 'functionEnvironment', what, isContainer ? {} : { grant: isCdkFile() ? ' (secret.grantRead(fn))' : '' });
          }
          break;
        }
        case 'addCommands':
        case 'addUserData':
        case 'custom':
          if (name === 'custom' && memberPath(node.callee).slice(-2)[0] !== 'UserData') break;
          for (const argument of node.arguments) {
            const what = secretSource(argument, 0);
            if (what !== undefined) report(argument, 'userData', what);
          }
          break;
        case 'add': {
          // Tags.of(scope).add(key, value)
          const callee = unwrap(node.callee);
          const of = callee.type === AST_NODE_TYPES.MemberExpression ? unwrap(callee.object) : undefined;
          if (of?.type !== AST_NODE_TYPES.CallExpression || memberPath(of.callee).slice(-2).join('.') !== 'Tags.of') break;
          const value = node.arguments[1];
          const what = value === undefined ? undefined : secretSource(value, 0);
          if (value !== undefined && what !== undefined) report(value, 'tag', what);
          break;
        }
        default:
          break;
      }
    },
    NewExpression(node) {
      if (calleeName(node.callee) !== 'CfnOutput') return;
      const options = node.arguments[2];
      if (options?.type !== AST_NODE_TYPES.ObjectExpression) return;
      for (const property of options.properties) {
        if (property.type !== AST_NODE_TYPES.Property || keyOf(property) !== 'value') continue;
        const what = secretSource(property.value, 0);
        if (what !== undefined) report(property.value, 'stackOutput', what);
      }
    },
    ExportNamedDeclaration(node) {
      // Pulumi stack outputs stay encrypted unless unsecret() strips the marking.
      if (!isPulumiFile() || node.declaration?.type !== AST_NODE_TYPES.VariableDeclaration) return;
      for (const declarator of node.declaration.declarations) {
        if (declarator.init === null || !sourceCode.getText(declarator.init).includes('unsecret')) continue;
        const what = secretSource(declarator.init, 0);
        if (what !== undefined) report(declarator.init, 'stackOutput', what);
      }
    },
  };
}
