/**
 * Fix machinery: where `await` is valid, the replacement text for a secret (whole value or a part of it),
 * and the one import of the secrets client per file.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../../util/ast/index.js';
import { addImportFix, findImportBinding, freeImportName, namesInFile, usableBinding } from '../../util/fix/index.js';
import { IDENTIFIER } from './patterns.js';
import { escapeTemplateText } from './static-strings.js';

/** The option `secretsClient`. */
export interface SecretsClient {
  importFrom: string;
  importName: string;
}

type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression;

/** Whether `await` may be written at a position. */
export type AwaitContext =
  | { kind: 'valid' }
  /** Inside a plain function that could be made async (a suggestion does that). */
  | { kind: 'needsAsync'; fn: FunctionNode }
  /** Class field initializers, parameters, getters, CommonJS top level… */
  | { kind: 'invalid' };

/**
 * Walks up from `node` to the nearest function, class-field boundary or the program and says whether
 * `await` is valid there. `topLevelAwait`: the file is an ES module parsed with ecmaVersion ≥ 2022.
 */
export function awaitContext(node: TSESTree.Node, topLevelAwait: boolean): AwaitContext {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent != null; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression: {
        if (child !== parent.body) return { kind: 'invalid' };
        if (parent.async) return { kind: 'valid' };
        return canBecomeAsync(parent) ? { kind: 'needsAsync', fn: parent } : { kind: 'invalid' };
      }
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
      case AST_NODE_TYPES.TSAbstractPropertyDefinition:
      case AST_NODE_TYPES.StaticBlock:
      case AST_NODE_TYPES.TSModuleBlock:
        return { kind: 'invalid' };
      case AST_NODE_TYPES.Program:
        return topLevelAwait ? { kind: 'valid' } : { kind: 'invalid' };
      default:
        break;
    }
  }
  return { kind: 'invalid' };
}

function canBecomeAsync(fn: FunctionNode): boolean {
  const parent = fn.parent;
  if (parent === undefined) return false;
  if (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.TSAbstractMethodDefinition) {
    return parent.kind === 'method';
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.value === fn) {
    return parent.kind === 'init';
  }
  // TS overload signatures and declare functions have no body to make async
  return fn.body !== null && fn.body !== undefined;
}

/** A fix that makes a plain function async: `async ` before the function, the method key or the arrow. */
export function makeAsyncFix(
  fixer: TSESLint.RuleFixer,
  fn: FunctionNode,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.RuleFix {
  const parent = fn.parent;
  if (
    (parent?.type === AST_NODE_TYPES.MethodDefinition || (parent?.type === AST_NODE_TYPES.Property && parent.method)) &&
    parent.value === fn
  ) {
    let token = parent.computed ? sourceCode.getTokenBefore(parent.key) : sourceCode.getFirstToken(parent.key);
    if (fn.generator && token !== null) {
      const star = sourceCode.getTokenBefore(token);
      if (star !== null && star.value === '*') token = star;
    }
    if (token !== null) return fixer.insertTextBefore(token, 'async ');
  }
  return fixer.insertTextBefore(fn, 'async ');
}

/** Where a candidate value lives: a whole node, or one quasi of a template with expressions. */
export interface ValueTarget {
  node: TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression;
  /** The cooked static value (of the whole node, or of `quasi`). */
  value: string;
  quasi?: TSESTree.TemplateElement;
}

/** Parents in which an `await …` expression needs parentheses. */
function needsParens(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent === undefined) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === node;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.callee === node;
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return parent.tag === node;
    case AST_NODE_TYPES.BinaryExpression:
      return parent.operator === '**' && parent.left === node;
    case AST_NODE_TYPES.UpdateExpression:
      return true;
    default:
      return false;
  }
}

/**
 * The text replacing the secret `value[start, end)` of `target` by the expression `expression`, and the
 * range it replaces. The whole value becomes the expression; a part becomes `${expression}` inside a
 * template literal that keeps the rest. JSX attribute values get braces.
 */
export function replacement(
  target: ValueTarget,
  start: number,
  end: number,
  expression: string,
  isAwait: boolean,
): { range: [number, number]; text: string } {
  const { node, value, quasi } = target;
  if (quasi !== undefined) {
    const contentStart = quasi.range[0] + 1;
    const contentEnd = quasi.range[1] - (quasi.tail ? 1 : 2);
    const text = `${escapeTemplateText(value.slice(0, start))}\${${expression}}${escapeTemplateText(value.slice(end))}`;
    return { range: [contentStart, contentEnd], text };
  }
  let text: string;
  if (start === 0 && end === value.length) {
    text = isAwait && needsParens(node) ? `(${expression})` : expression;
  } else {
    text = `\`${escapeTemplateText(value.slice(0, start))}\${${expression}}${escapeTemplateText(value.slice(end))}\``;
  }
  if (node.parent?.type === AST_NODE_TYPES.JSXAttribute) text = `{${text}}`;
  return { range: [node.range[0], node.range[1]], text };
}

/** `process.env.NAME`, or `process.env["NAME"]` when NAME is not an identifier. */
export function envExpression(name: string): string {
  return IDENTIFIER.test(name) ? `process.env.${name}` : `process.env[${JSON.stringify(name)}]`;
}

/** True when a node can be replaced by an expression at all (string enum initializers cannot). */
export function isReplaceable(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node.parent; current != null; current = current.parent) {
    if (current.type === AST_NODE_TYPES.TSEnumMember) return false;
    if (
      current.type === AST_NODE_TYPES.VariableDeclaration ||
      current.type === AST_NODE_TYPES.PropertyDefinition ||
      current.type === AST_NODE_TYPES.ExpressionStatement ||
      current.type === AST_NODE_TYPES.ReturnStatement
    ) {
      return !(current.type === AST_NODE_TYPES.VariableDeclaration && current.declare) &&
        !(current.type === AST_NODE_TYPES.PropertyDefinition && current.declare);
    }
  }
  return true;
}

/**
 * The import of the secrets client in one file: reuses an existing import (or `require`) where it is not
 * shadowed, else adds one under a name no binding of the file has (`getSecret as getSecret_1`). Every fix
 * carries its own import, so the editor's "fix this problem" applied alone leaves working code. Created once
 * per file by the rule.
 */
export class SecretsClientImport {
  /** The expression of an existing import of the client, if any (`getSecret`, or its alias). */
  private readonly existing: string | undefined;
  /** True when the file is CommonJS (`require` style). */
  readonly commonJs: boolean;
  /** False when there is no place for an import: a component without a script, or with one we cannot place into. */
  readonly canImport: boolean;
  private readonly program: TSESTree.Program;
  private readonly client: SecretsClient;
  private readonly sourceCode: Readonly<TSESLint.SourceCode>;
  private freeName: string | undefined;
  /** Where the import goes in a single-file component (`.svelte`, `.vue`, `.astro`): inside its script. */
  private readonly componentInsertion: ((fixer: TSESLint.RuleFixer, statement: string) => TSESLint.RuleFix) | undefined;

  constructor(sourceCode: Readonly<TSESLint.SourceCode>, client: SecretsClient, commonJs: boolean, component = false) {
    this.sourceCode = sourceCode;
    this.program = sourceCode.ast;
    this.client = client;
    this.commonJs = commonJs;
    this.existing = findImportBinding(this.program, { from: client.importFrom, name: client.importName });
    this.componentInsertion = component ? componentImportInsertion(this.program) : undefined;
    this.canImport = !component || this.componentInsertion !== undefined;
  }

  /** What a fix at `node` calls, and whether it must add an import for it; undefined when it cannot add one. */
  at(node: TSESTree.Node): { local: string; add: boolean } | undefined {
    const usable = usableBinding(this.sourceCode, this.existing, node);
    if (usable !== undefined) return { local: usable, add: false };
    if (!this.canImport) return undefined;
    this.freeName ??= freeImportName(namesInFile(this.sourceCode), this.client.importName);
    return { local: this.freeName, add: true };
  }

  /** The import-adding part of one fix (or suggestion), for the local name {@link at} gave. */
  importFix(fixer: TSESLint.RuleFixer, local: string): TSESLint.RuleFix {
    const name = this.client.importName;
    if (this.componentInsertion !== undefined) {
      const from = JSON.stringify(this.client.importFrom);
      const spec = local === name ? name : this.commonJs ? `${name}: ${local}` : `${name} as ${local}`;
      return this.componentInsertion(fixer, this.commonJs ? `const { ${spec} } = require(${from});` : `import { ${spec} } from ${from};`);
    }
    const request = { from: this.client.importFrom, name };
    return addImportFix(fixer, this.program, local === name ? request : { ...request, local }, this.commonJs);
  }
}

/** A `<script>` element of svelte-eslint-parser: its statements and its opening tag. */
interface ScriptElement {
  type: string;
  body: TSESTree.ProgramStatement[];
  startTag?: { range: [number, number] };
}

/**
 * Where an import goes in a single-file component: after the last import of its script, else before the
 * first statement of the script (vue-eslint-parser puts the script's statements in `Program.body`,
 * svelte-eslint-parser puts `SvelteScriptElement`s there), else right after an empty Svelte `<script>` tag.
 * Undefined when the component has no script to put it in.
 */
function componentImportInsertion(
  program: TSESTree.Program,
): ((fixer: TSESLint.RuleFixer, statement: string) => TSESLint.RuleFix) | undefined {
  const body = program.body as readonly TSESTree.Node[];
  const scripts = body.filter((node) => (node.type as string) === 'SvelteScriptElement') as unknown as ScriptElement[];
  let statements: readonly TSESTree.Node[] = body;
  let emptyScriptTag: [number, number] | undefined;
  if (scripts.length > 0) {
    const script = scripts.find((s) => s.body.length > 0) ?? scripts[0];
    statements = script?.body ?? [];
    emptyScriptTag = script?.startTag?.range;
  } else if (body.some((node) => !isStatementLike(node))) {
    return undefined; // a component AST this code does not know
  }
  let lastImport: TSESTree.Node | undefined;
  for (const node of statements) if (node.type === AST_NODE_TYPES.ImportDeclaration) lastImport = node;
  if (lastImport !== undefined) {
    const after = lastImport;
    return (fixer, statement) => fixer.insertTextAfter(after, `\n${statement}`);
  }
  const first = statements[0];
  if (first !== undefined) return (fixer, statement) => fixer.insertTextBefore(first, `${statement}\n`);
  if (emptyScriptTag !== undefined) {
    const tag = emptyScriptTag;
    return (fixer, statement) => fixer.insertTextAfterRange(tag, `\n${statement}\n`);
  }
  return undefined;
}

function isStatementLike(node: TSESTree.Node): boolean {
  return !(node.type as string).startsWith('Svelte') && !(node.type as string).startsWith('Astro') && !(node.type as string).startsWith('JSX');
}

