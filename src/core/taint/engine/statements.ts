/**
 * Statements: blocks (with function declarations hoisted and imports bound first), declarations, control flow
 * (branches on child environments joined at the merge, loop bodies twice), returns and throws (sink events),
 * classes and exports.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { TaintValue } from '../types.js';
import { elementOf, join } from '../value.js';
import { splitWords } from '../../names.js';
import { MAX_RECURSION, type Analysis } from './analysis.js';
import { isFunctionNode, moduleName, unwrapExpression } from './ast.js';
import { bind, variableOf, writeVariable, type Env } from './env.js';
import { privateEnvImport } from './env-reads.js';
import { KEEPING_METHODS, RECOVERING_PREFIX, SECRET_MAKING_CALLS, TOKEN_SIGNERS } from '../models/sources/made.js';
import { ev, generic } from './expressions.js';
import { sink } from './findings.js';
import { classValue, summary } from './functions.js';

type Node = TSESTree.Node;

export function block(an: Analysis, statements: readonly Node[]): void {
  const declared: TSESTree.FunctionDeclaration[] = [];
  for (const statement of statements) {
    const fn =
      statement.type === 'FunctionDeclaration'
        ? statement
        : (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') &&
            statement.declaration?.type === 'FunctionDeclaration'
          ? statement.declaration
          : undefined;
    if (fn) {
      declared.push(fn);
      if (fn.id) {
        const variable = variableOf(an, fn.id);
        if (variable) an.env.set(variable, join(an.env.get(variable), { fns: [fn] }));
      }
    } else if (statement.type === 'ImportDeclaration') {
      importDeclaration(an, statement);
    }
  }
  for (const statement of statements) guarded(an, () => { stmt(an, statement); });
  for (const fn of declared) guarded(an, () => summary(an, fn));
}

/**
 * Runs one statement (or a declared function's analysis); when the budget runs out inside it, the statement
 * is abandoned, the analysis turns cheap ({@link Analysis.exhaust}) and goes on with the next statement, so a
 * leak after expensive code is still found.
 */
function guarded(an: Analysis, run: () => void): void {
  const { env, frame, depth, hot } = an;
  const thisKey = frame.thisKey;
  try {
    run();
  } catch (error) {
    if (!an.recover(error)) throw error;
    an.env = env;
    an.frame = frame;
    frame.thisKey = thisKey;
    an.depth = depth;
    an.hot = hot;
  }
}

function importDeclaration(an: Analysis, node: TSESTree.ImportDeclaration): void {
  const module = moduleName(node.source.value);
  for (const spec of node.specifiers) {
    const variable = variableOf(an, spec.local);
    if (!variable) continue;
    let tag: string;
    let value: TaintValue | undefined;
    if (spec.type === 'ImportSpecifier') {
      const imported = spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value;
      tag = imported === 'default' ? `module:${module}` : `module:${module}#${imported}`;
      value = privateEnvImport(module, imported, spec);
    } else tag = `module:${module}`;
    an.env.set(variable, { ...value, tags: new Set([tag]) });
  }
}

export function stmt(an: Analysis, node: Node): void {
  an.tick();
  if (an.depth > MAX_RECURSION) return;
  an.depth++;
  try {
    stmtInner(an, node);
  } finally {
    an.depth--;
  }
}

function stmtInner(an: Analysis, node: Node): void {
  switch (node.type) {
    case 'ExpressionStatement':
      ev(an, node.expression);
      return;
    case 'VariableDeclaration':
      for (const declarator of node.declarations) {
        if (!declarator.init) {
          if (declarator.id.type === 'Identifier') {
            const variable = variableOf(an, declarator.id);
            if (variable && node.kind !== 'var') writeVariable(an, variable, undefined);
          }
          continue;
        }
        let value = ev(an, declarator.init);
        if (declarator.id.type === 'Identifier' && !value?.secret && makesSecret(awaited(declarator.init))) {
          value = join(value, madeSecret(an, declarator.id));
        }
        bind(an, declarator.id, value, isOpaque(declarator.init) ? 'opaque' : 'declare');
      }
      return;
    case 'BlockStatement':
    case 'StaticBlock':
      block(an, node.body);
      return;
    case 'TSModuleBlock':
      block(an, node.body);
      return;
    case 'TSModuleDeclaration':
      if (node.body) stmt(an, node.body);
      return;
    case 'ReturnStatement': {
      const value = node.argument ? ev(an, node.argument) : undefined;
      an.frame.returns = join(an.frame.returns, value);
      if (node.argument && isFunctionNode(an.frame.fn)) {
        sink(an, { type: 'return', node, fn: an.frame.fn, value: { node: node.argument, value } });
      }
      return;
    }
    case 'ThrowStatement': {
      const value = ev(an, node.argument);
      sink(an, { type: 'throw', node, argument: { node: node.argument, value } });
      return;
    }
    case 'IfStatement': {
      ev(an, node.test);
      const before = an.env;
      const thenEnv = (an.env = before.child());
      stmt(an, node.consequent);
      const elseEnv = (an.env = before.child());
      if (node.alternate) stmt(an, node.alternate);
      an.env = before;
      before.absorb([thenEnv, elseEnv], false);
      return;
    }
    case 'ForStatement':
      if (node.init) {
        if (node.init.type === 'VariableDeclaration') stmt(an, node.init);
        else ev(an, node.init);
      }
      loop(an, () => {
        if (node.test) ev(an, node.test);
        stmt(an, node.body);
        if (node.update) ev(an, node.update);
      });
      return;
    case 'ForInStatement':
    case 'ForOfStatement': {
      const right = ev(an, node.right);
      const element = node.type === 'ForOfStatement' ? elementOf(right) : undefined;
      loop(an, () => {
        const left = node.left;
        if (left.type === 'VariableDeclaration') {
          const id = left.declarations[0]?.id;
          if (id) bind(an, id, element, 'declare');
        } else bind(an, left, element, 'assign');
        stmt(an, node.body);
      });
      return;
    }
    case 'WhileStatement':
      loop(an, () => {
        ev(an, node.test);
        stmt(an, node.body);
      });
      return;
    case 'DoWhileStatement':
      loop(an, () => {
        stmt(an, node.body);
        ev(an, node.test);
      });
      return;
    case 'TryStatement': {
      const before = an.env;
      const tryEnv = (an.env = before.child());
      stmt(an, node.block);
      const branches = [tryEnv];
      if (node.handler) {
        // the handler may start anywhere in the block: from the state after it, joined with the entry state
        branches.push((an.env = tryEnv.child()));
        if (node.handler.param) bind(an, node.handler.param, undefined, 'declare');
        stmt(an, node.handler.body);
      }
      an.env = before;
      before.absorb(branches, !!node.handler);
      if (node.finalizer) stmt(an, node.finalizer);
      return;
    }
    case 'SwitchStatement': {
      ev(an, node.discriminant);
      const before = an.env;
      const branches: Env[] = [];
      let previous: Env | undefined;
      for (const switchCase of node.cases) {
        // a case without a break falls through: continue from the previous case's state
        const last = previous && previous.own.size > 0 ? switchCase.consequent.length : 0;
        an.env = last > 0 && previous ? previous.child() : before.child();
        if (switchCase.test) ev(an, switchCase.test);
        for (const st of switchCase.consequent) stmt(an, st);
        previous = an.env;
        branches.push(an.env);
      }
      an.env = before;
      before.absorb(branches, !node.cases.some((c) => c.test === null));
      return;
    }
    case 'LabeledStatement':
      stmt(an, node.body);
      return;
    case 'WithStatement':
      ev(an, node.object);
      stmt(an, node.body);
      return;
    case 'FunctionDeclaration':
      // analysed on first call, or at the end of its block
      return;
    case 'ClassDeclaration':
      classValue(an, node);
      return;
    case 'ExportNamedDeclaration':
      if (node.declaration) stmt(an, node.declaration);
      return;
    case 'ExportDefaultDeclaration':
      if (node.declaration.type === 'FunctionDeclaration') return;
      if (node.declaration.type === 'ClassDeclaration') classValue(an, node.declaration);
      else ev(an, node.declaration);
      return;
    case 'TSExportAssignment':
      ev(an, node.expression);
      return;
    case 'TSImportEqualsDeclaration': {
      const ref = node.moduleReference;
      if (ref.type === 'TSExternalModuleReference' && ref.expression.type === 'Literal') {
        const variable = variableOf(an, node.id);
        const module = moduleName(ref.expression.value);
        if (variable) writeVariable(an, variable, { tags: new Set([`module:${module}`]) });
      }
      return;
    }
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'EmptyStatement':
    case 'DebuggerStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'TSTypeAliasDeclaration':
    case 'TSInterfaceDeclaration':
    case 'TSEnumDeclaration':
    case 'TSDeclareFunction':
      return;
    default:
      generic(an, node);
  }
}

/**
 * Runs a loop body until its writes change nothing (at most twice: enough for values to flow around once),
 * joining with the entry state. A body whose first run changes no value runs once, so a nest of loops costs
 * its size, not 2^depth; in cheap mode (budget spent) every body runs once.
 */
function loop(an: Analysis, body: () => void): void {
  const before = an.env;
  for (let i = 0; i < 2; i++) {
    const iteration = (an.env = before.child());
    body();
    an.env = before;
    const changed = before.absorb([iteration], true);
    if (!changed || an.cheap) return;
  }
}

/**
 * Whether a declaration's initializer leaves the value to the binding's name: a non-computed member read
 * (`const token = req.headers.authorization`). Element reads (`tokens[i]`) and calls do not: a call is a
 * source only when its own name says so (see {@link callNameSource}).
 */
function isOpaque(init: Node): boolean {
  let node = unwrapExpression(init);
  if (node.type === 'AwaitExpression') node = unwrapExpression(node.argument);
  return node.type === 'MemberExpression' && !node.computed;
}

function awaited(init: Node): Node {
  const node = unwrapExpression(init);
  return node.type === 'AwaitExpression' ? unwrapExpression(node.argument) : node;
}

/**
 * The secret a made value is, when the binding's name says it is one. A leading verb does not hide what is
 * made here: `resetToken = randomBytes(…)` is a token (elsewhere `resetToken` may name an action).
 */
function madeSecret(an: Analysis, id: TSESTree.Identifier): TaintValue | undefined {
  if (an.config.ignoreNameSources) return undefined;
  const words = splitWords(id.name);
  const sensitive = an.isSensitive(id.name) || (words.length > 1 && an.isSensitive(words.slice(1).join('_')));
  if (!sensitive) return undefined;
  return { secret: { description: `variable \`${id.name}\``, node: id, family: 'name' } };
}

/**
 * A call that makes or recovers a secret (`randomBytes(32).toString('hex')`, `crypto.randomUUID()`,
 * `jwt.sign(…)`, `decrypt(…)`, `scryptSync(…)`): the binding's name then says whether it is one
 * (`resetToken` is, `requestId` is not). Rows in `models/sources/made.ts`.
 */
function makesSecret(init: Node): boolean {
  let node = init;
  for (let i = 0; i < 4; i++) {
    if (node.type !== 'CallExpression') return false;
    const callee = unwrapExpression(node.callee);
    let name: string | undefined;
    let owner: string | undefined;
    if (callee.type === 'Identifier') name = callee.name;
    else if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
      name = callee.property.name;
      const object = unwrapExpression(callee.object);
      owner = object.type === 'Identifier' ? object.name : object.type === 'MemberExpression' && object.property.type === 'Identifier' ? object.property.name : undefined;
      if (KEEPING_METHODS.has(name)) {
        node = object.type === 'AwaitExpression' ? unwrapExpression(object.argument) : object;
        continue;
      }
    }
    if (name === undefined) return false;
    if (SECRET_MAKING_CALLS.has(name)) return true;
    if ((name === 'sign' || name === 'signAsync') && owner !== undefined && TOKEN_SIGNERS.has(owner)) return true;
    return name.startsWith(RECOVERING_PREFIX);
  }
  return false;
}

