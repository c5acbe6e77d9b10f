/**
 * secrets/no-hardcoded-secrets in configuration files: YAML (through yaml-eslint-parser: docker-compose,
 * Kubernetes manifests, CI configuration, serverless.yml…) and JSON (through @eslint/json's language:
 * appsettings.json, config/production.json, .vscode/settings.json, package.json…).
 *
 * The same detectors and the same judgement as in code (src/core/detect, the name heuristics): values
 * recognised by their format anywhere, random-looking values bound to a credential-like key. A key is
 * judged like a property name; `{ name: DB_PASSWORD, value: … }` pairs (Kubernetes and ECS env entries) take
 * the name from `name`; `KEY=value` list entries (docker-compose, Travis) and inline assignments in command
 * strings (`NPM_TOKEN=… npm publish`, `--api-key=…`) take it from the assignment. Kubernetes `Secret` data is
 * base64-decoded first. No fixes: where a config file should get the value from depends on the tool reading it.
 */
import type { SecretsRuleContext } from '../../util/create-rule.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { findInlineAssignments } from '../../core/detect/assignments.js';
import { assessGenericValue, scanText, type CompiledDetector } from '../../core/detect/index.js';
import { describeSensitiveKind } from '../../core/names.js';
import { redactedPreview } from '../../core/redact.js';
import {
  asMapping,
  getValue,
  pairKey,
  rootMappings,
  scalarSourceRange,
  yamlString,
  type YamlMapping,
  type YamlNode,
  type YamlProgram,
  type YamlScalar,
} from '../../util/yaml.js';
import { RANK, providerEnvName, withoutOverlaps } from './judge.js';
import { keyContext, type NameContext } from './name-context.js';

/** What the config-file listeners need from the rule's options. */
export interface ConfigSettings {
  custom: readonly CompiledDetector[];
  minRank: number;
  checkComments: boolean;
  isIgnoredValue(value: string): boolean;
  isIgnoredName(name: string | undefined): boolean;
}

type MessageIds = 'providerSecret' | 'genericSecret' | 'commentSecret';
type Context = SecretsRuleContext<string, readonly unknown[]>;

/** A value found in a config file, with what names it. */
interface Binding {
  key: string;
  parentKey: string | undefined;
  /** An entry of a list, which may be a `KEY=value` assignment. */
  listEntry?: boolean;
}

/** A finding inside a value: offsets into the value, message and data. */
interface ValueFinding {
  start: number;
  end: number;
  messageId: MessageIds;
  data: Record<string, string>;
}

const MIN_LENGTH = 8;
const MAX_NODES = 200_000;
const KEY_VALUE_ENTRY = /^([A-Za-z_][A-Za-z0-9_.-]{0,80})=/u;
const NOT_LITERAL = /[${}]|=(?!=*$)/u;

/**
 * API documentation examples that SDKs ship as data: botocore's `data/<service>/<version>/examples-1.json`
 * and the AWS SDK for JavaScript v2's `apis/<service>-<version>.examples.json`. Their values are the
 * documentation's (`"Password": "h]6EszR}vJ*m"`, `"GrantToken": "AQpAM2Rh…"`): only formats recognised by
 * value are reported there, as in any file (the AWS documentation keys among them are known examples).
 */
function isSdkExamplesFile(filename: string): boolean {
  const base = filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
  if (base.endsWith('.examples.json')) return base.length > '.examples.json'.length;
  if (!base.startsWith('examples-') || !base.endsWith('.json')) return false;
  const number = base.slice('examples-'.length, -'.json'.length);
  if (number.length === 0 || number.length > 3) return false;
  for (let i = 0; i < number.length; i++) {
    const c = number.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Exported for the ReDoS test. */
export const CONFIG_FILE_PATTERNS: readonly RegExp[] = [KEY_VALUE_ENTRY, NOT_LITERAL];

/** The findings in one value, judged with the name it is bound to. */
function judgeValue(value: string, binding: Binding | undefined, settings: ConfigSettings, generic: boolean): ValueFinding[] {
  if (value.length < MIN_LENGTH) return [];
  const name: NameContext | undefined = binding === undefined ? undefined : keyContext(binding.key, binding.parentKey);
  if (name !== undefined && (name.namesASecret || settings.isIgnoredName(name.name))) return [];
  const findings: ValueFinding[] = [];
  const detections = scanText(value, { custom: settings.custom, minConfidence: 'low', ...(name === undefined ? {} : { context: name.name ?? '' }) });
  for (const detection of withoutOverlaps(detections)) {
    if (RANK[detection.confidence] < settings.minRank) continue;
    const secret = value.slice(detection.start, detection.end);
    if (settings.isIgnoredValue(secret) || settings.isIgnoredValue(value)) continue;
    findings.push({
      start: detection.start,
      end: detection.end,
      messageId: 'providerSecret',
      data: { kind: detection.kind, preview: redactedPreview(secret), secretName: providerEnvName(detection, value, name) },
    });
  }
  if (detections.length > 0 || !generic || name?.kind === undefined || settings.minRank > RANK.medium) return findings;
  if (settings.isIgnoredValue(value)) return findings;
  if (!assessGenericValue(value, name.kind).secret) return findings;
  findings.push({
    start: 0,
    end: value.length,
    messageId: 'genericSecret',
    data: { kind: describeSensitiveKind(name.kind), where: name.where, preview: redactedPreview(value), secretName: name.envName },
  });
  return findings;
}

/**
 * Every finding in a string value of a config file: the value as a whole when it has no whitespace, else
 * (a command, a script) its inline assignments; provider formats anywhere.
 */
function judgeString(value: string, binding: Binding | undefined, settings: ConfigSettings): ValueFinding[] {
  if (value.length < MIN_LENGTH) return [];
  const entry = binding?.listEntry === true ? KEY_VALUE_ENTRY.exec(value) : null;
  if (entry !== null) {
    // KEY=value list entries (docker-compose `environment:` lists, Travis `env:`)
    const offset = entry[0].length;
    return judgeValue(value.slice(offset), { key: entry[1] as string, parentKey: undefined }, settings, true).map((f) => ({ ...f, start: f.start + offset, end: f.end + offset }));
  }
  const findings = judgeValue(value, binding, settings, !/\s/u.test(value.trim()));
  if (settings.minRank > RANK.medium || !(value.includes('=') || value.includes('-'))) return findings;
  for (const assignment of findInlineAssignments(value)) {
    const inner = value.slice(assignment.start, assignment.end);
    if (NOT_LITERAL.test(inner) || findings.some((f) => f.start < assignment.end && assignment.start < f.end)) continue;
    for (const finding of judgeValue(inner, { key: assignment.name, parentKey: undefined }, settings, true)) {
      if (finding.messageId === 'genericSecret') findings.push({ ...finding, start: finding.start + assignment.start, end: finding.end + assignment.start });
    }
  }
  return findings;
}

/** Base64 text decoded, when `value` is valid base64 of printable text. */
function decodeBase64(value: string): string | undefined {
  const compact = value.replace(/\s+/gu, '');
  if (compact.length < 8 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/u.test(compact)) return undefined;
  const decoded = Buffer.from(compact, 'base64').toString('utf8');
  return decoded.includes('\uFFFD') ? undefined : decoded;
}

function reportComments(context: Context, settings: ConfigSettings, comments: readonly { range: [number, number] }[], prefixLength: (text: string) => number): void {
  if (!settings.checkComments) return;
  const text = context.sourceCode.text;
  for (const comment of comments) {
    const raw = text.slice(comment.range[0], comment.range[1]);
    const skip = prefixLength(raw);
    const body = raw.slice(skip);
    if (body.length < MIN_LENGTH) continue;
    for (const detection of withoutOverlaps(scanText(body, { custom: settings.custom, minConfidence: 'low' }))) {
      if (RANK[detection.confidence] < settings.minRank) continue;
      const secret = body.slice(detection.start, detection.end);
      if (settings.isIgnoredValue(secret)) continue;
      const start = comment.range[0] + skip + detection.start;
      const end = comment.range[0] + skip + detection.end;
      context.report({
        loc: { start: context.sourceCode.getLocFromIndex(start), end: context.sourceCode.getLocFromIndex(end) },
        messageId: 'commentSecret',
        data: { kind: detection.kind, preview: redactedPreview(secret), secretName: detection.envName ?? 'SECRET' },
      });
    }
  }
}

/** The name a YAML scalar is bound to, and the offset of its value (a `KEY=value` entry is split later). */
function yamlBinding(scalar: YamlScalar): Binding | undefined | null {
  let node: YamlNode = scalar;
  let parent = node.parent ?? null;
  while (parent !== null && parent.type === 'YAMLWithMeta') {
    node = parent;
    parent = parent.parent ?? null;
  }
  if (parent === null) return undefined;
  if (parent.type === 'YAMLPair') {
    if (parent.key === node) return null; // a key, not a value
    let key = pairKey(parent);
    if (key === undefined) return undefined;
    const mapping = parent.parent as YamlMapping | undefined;
    if ((key === 'value' || key === 'Value') && mapping !== undefined) {
      const named = yamlString(getValue(mapping, key === 'value' ? 'name' : 'Name'));
      if (named !== undefined) key = named;
    }
    return { key, parentKey: holderKey(mapping) };
  }
  if (parent.type === 'YAMLSequence') {
    const key = holderKey(parent);
    return key === undefined ? undefined : { key, parentKey: undefined, listEntry: true };
  }
  return undefined;
}

/** The key of the pair holding a mapping or sequence (through a sequence of mappings: `env: [{ name, value }]`). */
function holderKey(node: YamlNode | undefined): string | undefined {
  let current: YamlNode | undefined | null = node;
  for (let depth = 0; current != null && depth < 3; depth++) {
    const parent: YamlNode | null | undefined = current.parent;
    if (parent == null) return undefined;
    if (parent.type === 'YAMLPair') return pairKey(parent);
    current = parent;
  }
  return undefined;
}

/** Kubernetes `Secret` manifests: the `data:` mapping of each, whose values are base64. */
function kubernetesSecretData(program: YamlProgram): Set<YamlMapping> {
  const result = new Set<YamlMapping>();
  for (const root of rootMappings(program)) {
    if (yamlString(getValue(root, 'kind')) !== 'Secret') continue;
    const data = asMapping(getValue(root, 'data'));
    if (data !== undefined) result.add(data);
  }
  return result;
}

/** Listeners for a YAML file. */
export function yamlListeners(context: Context, settings: ConfigSettings): TSESLint.RuleListener {
  const sourceCode = context.sourceCode;
  let secretData: Set<YamlMapping> | undefined;
  return {
    Program(node) {
      const program = node as unknown as YamlProgram;
      secretData = sourceCode.text.includes('Secret') ? kubernetesSecretData(program) : new Set();
      reportComments(context, settings, sourceCode.getAllComments(), () => 1);
    },
    YAMLScalar(node: unknown) {
      const scalar = node as YamlScalar;
      const value = scalar.value;
      if (typeof value !== 'string' || value.length < MIN_LENGTH) return;
      const binding = yamlBinding(scalar);
      if (binding === null) return;
      const pair = scalar.parent?.type === 'YAMLPair' ? scalar.parent : undefined;
      if (pair !== undefined && secretData?.has(pair.parent as YamlMapping) === true && binding !== undefined) {
        const decoded = decodeBase64(value);
        if (decoded !== undefined) {
          for (const finding of judgeString(decoded, binding, settings)) {
            context.report({ loc: scalar.loc, messageId: finding.messageId, data: finding.data });
          }
          return;
        }
      }
      for (const finding of judgeString(value, binding, settings)) {
        const range = scalarSourceRange(scalar, sourceCode.text, value, finding.start, finding.end) ?? scalar.range;
        context.report({
          loc: { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) },
          messageId: finding.messageId,
          data: finding.data,
        });
      }
    },
  };
}

/** The part of @eslint/json's AST (momoa) read here. */
interface JsonNode {
  type: string;
  range?: [number, number];
  loc: { start: { offset?: number }; end: { offset?: number } };
  value?: unknown;
  body?: JsonNode;
  members?: { name: JsonNode; value: JsonNode }[];
  elements?: { value: JsonNode }[];
}

function jsonRange(node: JsonNode): [number, number] {
  return node.range ?? [node.loc.start.offset ?? 0, node.loc.end.offset ?? 0];
}

/** Source offsets of `value[start, end)` of a JSON string node (escapes located by search). */
function jsonSourceRange(node: JsonNode, text: string, value: string, start: number, end: number): [number, number] {
  const [from, to] = jsonRange(node);
  const raw = text.slice(from + 1, to - 1);
  if (raw === value) return [from + 1 + start, from + 1 + end];
  const at = raw.indexOf(value.slice(start, end));
  return at === -1 ? [from, to] : [from + 1 + at, from + 1 + at + (end - start)];
}

/** Listeners for a JSON file (@eslint/json: json, jsonc, json5). */
export function jsonListeners(context: Context, settings: ConfigSettings): TSESLint.RuleListener {
  const sourceCode = context.sourceCode as unknown as { text: string; comments?: { range?: [number, number]; loc: JsonNode['loc'] }[]; getLocFromIndex(i: number): { line: number; column: number } };
  const text = sourceCode.text;
  // in an SDK's documentation examples, names bind nothing: no value is judged by its key
  const namesBind = !isSdkExamplesFile(context.filename);
  const reportAt = (node: JsonNode, value: string, finding: ValueFinding): void => {
    const [start, end] = jsonSourceRange(node, text, value, finding.start, finding.end);
    context.report({
      loc: { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) } as never,
      messageId: finding.messageId,
      data: finding.data,
    });
  };
  return {
    Document(document: unknown) {
      const comments = (sourceCode.comments ?? []).map((c) => ({ range: c.range ?? ([c.loc.start.offset ?? 0, c.loc.end.offset ?? 0] as [number, number]) }));
      reportComments(context, settings, comments, () => 2);
      const stack: { node: JsonNode; key: string | undefined; parentKey: string | undefined; listEntry?: boolean }[] = [{ node: (document as JsonNode).body as JsonNode, key: undefined, parentKey: undefined }];
      let visited = 0;
      while (stack.length > 0 && visited++ < MAX_NODES) {
        const { node, key, parentKey, listEntry } = stack.pop() as (typeof stack)[number];
        if (node.type === 'Object') {
          const members = node.members ?? [];
          // { "name": "DB_PASSWORD", "value": "…" }
          const nameMember = members.find((m) => m.name.value === 'name' || m.name.value === 'Name');
          const entryName = typeof nameMember?.value.value === 'string' ? nameMember.value.value : undefined;
          for (const member of members) {
            let memberKey = typeof member.name.value === 'string' ? member.name.value : undefined;
            if (entryName !== undefined && (memberKey === 'value' || memberKey === 'Value')) memberKey = entryName;
            stack.push({ node: member.value, key: memberKey, parentKey: key });
          }
        } else if (node.type === 'Array') {
          for (const element of node.elements ?? []) stack.push({ node: element.value, key, parentKey, listEntry: true });
        } else if (node.type === 'String' && typeof node.value === 'string' && node.value.length >= MIN_LENGTH) {
          const value = node.value;
          const binding = key === undefined || !namesBind ? undefined : { key, parentKey, listEntry: listEntry === true };
          for (const finding of judgeString(value, binding, settings)) reportAt(node, value, finding);
        }
      }
    },
  };
}
