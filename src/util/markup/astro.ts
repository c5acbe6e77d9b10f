/**
 * Astro markup renders on the server, yet what it outputs reaches every visitor: the text and attributes of
 * the HTML, the props of `client:*` islands (serialised into the page so the island can hydrate) and the
 * variables `define:vars` hands to a `<script>` (written into the page). The directive names come from the
 * Astro component format of the framework registry.
 *
 * `astroExposure(container)` says what the page does with the value of one markup expression container;
 * `outputValues(expression, structured)` lists the sub-expressions whose value that output may be (the
 * branches of `a ? b : c`, both sides of `+`, the parts of a template literal…), which a rule then tests.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { COMPONENT_FORMATS } from '../../core/framework/registry.js';
import { AST_NODE_TYPES } from '../ast/index.js';

type Node = TSESTree.Node;

const ASTRO = COMPONENT_FORMATS.get('astro');
const ISLAND_DIRECTIVES: ReadonlySet<string> = new Set(ASTRO?.islandDirectives ?? []);
const SCRIPT_VARIABLES: ReadonlySet<string> = new Set(ASTRO?.scriptVariables ?? []);

/** What an Astro page does with a markup expression's value. */
export type AstroExposure =
  /** Written into the HTML: element text or an attribute of an HTML element. */
  | { how: 'rendered' }
  /** A prop of a component hydrated in the browser (`directive`: `client:load`, …). */
  | { how: 'island'; directive: string }
  /** A variable that `define:vars` hands to a `<script>` or `<style>`. */
  | { how: 'scriptVariables'; attribute: string };

function attributeName(name: TSESTree.JSXAttribute['name']): string {
  return name.type === AST_NODE_TYPES.JSXIdentifier ? name.name : `${name.namespace.name}:${name.name.name}`;
}

/** `<div>`, `<a>`, `<Fragment>` render their attributes; `<Card>`, `<ui.Card>` are components. */
function isHtmlElement(name: TSESTree.JSXTagNameExpression): boolean {
  if (name.type !== AST_NODE_TYPES.JSXIdentifier) return false;
  const first = name.name.charCodeAt(0);
  return (first >= 97 && first <= 122) || name.name === 'Fragment';
}

/** The `client:*` directive of a component, if it is an island. */
function islandDirective(opening: TSESTree.JSXOpeningElement): string | undefined {
  for (const attribute of opening.attributes) {
    if (attribute.type !== AST_NODE_TYPES.JSXAttribute || attribute.name.type !== AST_NODE_TYPES.JSXNamespacedName) continue;
    if (ISLAND_DIRECTIVES.has(attribute.name.namespace.name)) return attributeName(attribute.name);
  }
  return undefined;
}

/** What the page does with the value of `container`, or `undefined` when it stays on the server. */
export function astroExposure(container: TSESTree.JSXExpressionContainer): AstroExposure | undefined {
  const parent = container.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.JSXAttribute: {
      const opening = parent.parent;
      if (opening.type !== AST_NODE_TYPES.JSXOpeningElement) return undefined;
      const name = attributeName(parent.name);
      if (SCRIPT_VARIABLES.has(name)) return { how: 'scriptVariables', attribute: name };
      if (isHtmlElement(opening.name)) return { how: 'rendered' };
      const directive = islandDirective(opening);
      // A prop of a component rendered on the server only stays there unless the component renders it.
      return directive === undefined ? undefined : { how: 'island', directive };
    }
    case AST_NODE_TYPES.JSXElement:
    case AST_NODE_TYPES.JSXFragment:
      return { how: 'rendered' };
    default:
      return (parent.type as string) === 'AstroFragment' ? { how: 'rendered' } : undefined;
  }
}

/** Calls whose result carries their first argument's text. */
const TEXT_CALLS = new Set(['String', 'JSON.stringify', 'encodeURIComponent', 'encodeURI', 'btoa']);

function calleeText(callee: Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.property.type === AST_NODE_TYPES.Identifier
  ) {
    return `${callee.object.name}.${callee.property.name}`;
  }
  return undefined;
}

/**
 * The sub-expressions whose value the output of `expression` may be: itself, or the branches and parts that
 * make it up. `structured`: the value is serialised whole (island props, `define:vars`), so object property
 * values and array elements count too; rendered as text, an object is `[object Object]`.
 */
export function outputValues(expression: Node, structured: boolean): Node[] {
  const values: Node[] = [];
  const stack: Node[] = [expression];
  for (let steps = 0; stack.length > 0 && steps < 200; steps++) {
    const node = stack.pop() as Node;
    switch (node.type) {
      case AST_NODE_TYPES.TemplateLiteral:
        stack.push(...node.expressions);
        break;
      case AST_NODE_TYPES.BinaryExpression:
        if (node.operator === '+') stack.push(node.left, node.right);
        break;
      case AST_NODE_TYPES.LogicalExpression:
        // `a && b` outputs `b` (or a falsy `a`); `a || b` and `a ?? b` either side
        if (node.operator !== '&&') stack.push(node.left);
        stack.push(node.right);
        break;
      case AST_NODE_TYPES.ConditionalExpression:
        stack.push(node.consequent, node.alternate);
        break;
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        stack.push(node.expression);
        break;
      case AST_NODE_TYPES.AwaitExpression:
        stack.push(node.argument);
        break;
      case AST_NODE_TYPES.ObjectExpression:
        if (!structured) break;
        for (const property of node.properties) {
          if (property.type === AST_NODE_TYPES.Property) stack.push(property.value);
          else stack.push(property.argument);
        }
        break;
      case AST_NODE_TYPES.ArrayExpression:
        for (const element of node.elements) {
          if (element === null) continue;
          stack.push(element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element);
        }
        break;
      case AST_NODE_TYPES.CallExpression: {
        const text = calleeText(node.callee);
        const first = node.arguments[0];
        if (text !== undefined && TEXT_CALLS.has(text) && first !== undefined && first.type !== AST_NODE_TYPES.SpreadElement) {
          stack.push(first);
        } else {
          values.push(node);
        }
        break;
      }
      default:
        values.push(node);
    }
  }
  return values;
}
