/**
 * The markup of component files, walked in one place for every rule: Vue templates (vue-eslint-parser),
 * Svelte markup (svelte-eslint-parser) and Astro markup (astro-eslint-parser).
 *
 * - `markupLanguage(context)` says whether the linted file is such a component *and* its parser exposes the
 *   markup: a file-extension test first, then one look at `parserServices`. For every other file it returns
 *   `undefined` and rules register nothing more: JS-only projects pay one string test per file and install
 *   nothing (the parsers are optional peer dependencies).
 * - `withMarkupVisitors(context, listeners, handlers)` adds what a rule needs to the listeners it already
 *   has: static attribute values (`secret-key="…"`), markup comments (`<!-- … -->`), and for Vue the rule's
 *   own expression listeners run inside the template (Svelte and Astro markup expressions are part of the
 *   ESTree ESLint traverses anyway, so script listeners already see them).
 * - `markupAttributeName(parent)` names the attribute a value is bound to (`:token="'…'"`, `token={'…'}`),
 *   for the name heuristics of `no-hardcoded-secrets`.
 * - `isInMarkup(node)` says whether a node sits in markup rather than in a `<script>`: fixes that write
 *   `process.env.X` make sense only in scripts.
 * - `./astro.ts`: what an Astro page sends to the browser although its markup renders on the server.
 */
import type { SecretsRuleContext } from '../create-rule.js';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

export type MarkupLanguage = 'vue' | 'svelte' | 'astro';

/** The few fields of markup nodes this module reads; the parsers' own types are not dependencies. */
interface MarkupNode {
  type: string;
  range: [number, number];
  loc: TSESTree.SourceLocation;
  parent?: MarkupNode | TSESTree.Node | null;
  [key: string]: unknown;
}

type AnyNode = TSESTree.Node | MarkupNode;
type Context = SecretsRuleContext<string, readonly unknown[]>;

/** A static attribute value: the node to report on and its text. */
export interface AttributeValue {
  /** The value node (`VLiteral`, `SvelteLiteral`): reports and name resolution start here. */
  node: TSESTree.Node;
  value: string;
  /** True when the text is the whole value, false for a static part of `key="x{y}z"`. */
  whole: boolean;
}

/** A markup comment: its text and the offset of that text in the file. */
export interface MarkupComment {
  value: string;
  offset: number;
}

export interface MarkupHandlers {
  /** Static attribute values: `secret-key="…"` (Vue, Svelte; Astro's are `Literal`s the script listeners see). */
  attributeValue?: (value: AttributeValue) => void;
  /**
   * Text between tags (Vue `VText`, Svelte `SvelteText`) as written in the file, with its offset. Astro's
   * markup text is `JSXText`, which script listeners see.
   */
  text?: (text: MarkupComment) => void;
  /** HTML comments of the markup (`<!-- … -->`), which script comments do not include. */
  comment?: (comment: MarkupComment) => void;
  /**
   * Script listeners that must also run on the expressions of a Vue template (`{{ … }}`, `:x="…"`).
   * Svelte and Astro markup expressions reach the script listeners by themselves.
   */
  expressions?: TSESLint.RuleListener;
  /** Astro: every expression container of the markup (`{…}`, `attr={…}`). */
  astroExpression?: (container: TSESTree.JSXExpressionContainer) => void;
}

const EXTENSIONS: ReadonlyMap<string, MarkupLanguage> = new Map([
  ['vue', 'vue'],
  ['svelte', 'svelte'],
  ['astro', 'astro'],
]);

/** The markup language of the linted file when its parser exposes the markup, else `undefined`. */
export function markupLanguage(context: Context): MarkupLanguage | undefined {
  const filename = context.filename;
  const dot = filename.lastIndexOf('.');
  if (dot < 0 || filename.length - dot > 7) return undefined;
  const language = EXTENSIONS.get(filename.slice(dot + 1));
  if (language === undefined) return undefined;
  const services = context.sourceCode.parserServices as Record<string, unknown> | undefined;
  if (services === undefined) return undefined;
  switch (language) {
    case 'vue':
      return typeof services.defineTemplateBodyVisitor === 'function' ? 'vue' : undefined;
    case 'svelte':
      return services.isSvelte === true ? 'svelte' : undefined;
    case 'astro':
      return services.isAstro === true ? 'astro' : undefined;
  }
}

/** Calls `handler` after `listener` (either may be absent). */
function chain<T>(listener: ((node: T) => void) | undefined, handler: (node: T) => void): (node: T) => void {
  return listener === undefined
    ? handler
    : (node: T): void => {
        listener(node);
        handler(node);
      };
}

/** Static parts of a Svelte attribute value: `key="…"` is one part, `key="x{y}z"` three. */
function svelteAttributeValues(attribute: MarkupNode, handler: (value: AttributeValue) => void): void {
  const parts = attribute.value as MarkupNode[] | undefined;
  if (!Array.isArray(parts)) return;
  const whole = parts.length === 1;
  for (const part of parts) {
    if (part.type === 'SvelteLiteral' && typeof part.value === 'string') {
      handler({ node: part as unknown as TSESTree.Node, value: part.value, whole });
    }
  }
}

/** A comment node's text and where the text starts: after `<!--`. */
function htmlComment(node: MarkupNode): MarkupComment | undefined {
  return typeof node.value === 'string' ? { value: node.value, offset: node.range[0] + 4 } : undefined;
}

/**
 * The rule's listeners plus the markup handlers the file's language needs. Call only when
 * `markupLanguage(context)` returned a language.
 */
export function withMarkupVisitors(
  context: Context,
  language: MarkupLanguage,
  listeners: TSESLint.RuleListener,
  handlers: MarkupHandlers,
): TSESLint.RuleListener {
  const sourceCode = context.sourceCode;
  const { attributeValue, comment, astroExpression, text } = handlers;
  const rawText = (node: MarkupNode): MarkupComment => ({ value: sourceCode.text.slice(node.range[0], node.range[1]), offset: node.range[0] });
  const merged: Record<string, ((node: never) => void) | undefined> = { ...(listeners as Record<string, (node: never) => void>) };
  const on = (type: string, handler: (node: MarkupNode) => void): void => {
    merged[type] = chain(merged[type] as ((node: MarkupNode) => void) | undefined, handler);
  };
  switch (language) {
    case 'svelte':
      if (attributeValue) on('SvelteAttribute', (node) => { svelteAttributeValues(node, attributeValue); });
      if (text) on('SvelteText', (node) => { text(rawText(node)); });
      if (comment) {
        on('SvelteHTMLComment', (node) => {
          const found = htmlComment(node);
          if (found) comment(found);
        });
      }
      return merged;
    case 'astro':
      if (comment) {
        on('AstroHTMLComment', (node) => {
          const found = htmlComment(node);
          if (found) comment(found);
        });
      }
      if (astroExpression) on('JSXExpressionContainer', (node) => { astroExpression(node as unknown as TSESTree.JSXExpressionContainer); });
      return merged;
    case 'vue': {
      const template: Record<string, (node: never) => void> = { ...(handlers.expressions as Record<string, (node: never) => void>) };
      if (text) template.VText = (node: MarkupNode) => { text(rawText(node)); };
      if (attributeValue) {
        template.VAttribute = ((node: MarkupNode) => {
          const value = node.value as MarkupNode | null;
          if (node.directive === true || value?.type !== 'VLiteral' || typeof value.value !== 'string') return;
          attributeValue({ node: value as unknown as TSESTree.Node, value: value.value, whole: true });
        });
      }
      if (comment) {
        merged.Program = chain(merged.Program as ((node: MarkupNode) => void) | undefined, (program) => {
          const body = program.templateBody as { comments?: MarkupNode[] } | null | undefined;
          for (const token of body?.comments ?? []) {
            if (token.type !== 'HTMLComment') continue;
            const found = htmlComment(token);
            if (found) comment(found);
          }
        });
      }
      const services = sourceCode.parserServices as {
        defineTemplateBodyVisitor(template: object, script: object): TSESLint.RuleListener;
      };
      return services.defineTemplateBodyVisitor(template, merged);
    }
  }
}

/** The attribute that binds a markup expression container: `:token="…"` (Vue), `token={…}` (Svelte). */
function boundAttributeName(container: MarkupNode): string | undefined {
  const attribute = container.parent as MarkupNode | null | undefined;
  if (attribute == null) return undefined;
  if (container.type === 'VExpressionContainer') {
    if (attribute.type !== 'VAttribute' || attribute.directive !== true) return undefined;
    const key = attribute.key as { name?: { name?: unknown }; argument?: { type?: unknown; rawName?: unknown } | null };
    if (key.name?.name !== 'bind' || key.argument?.type !== 'VIdentifier' || typeof key.argument.rawName !== 'string') return undefined;
    return key.argument.rawName;
  }
  return attribute.type === 'SvelteAttribute' ? svelteAttributeName(attribute, container) : undefined;
}

function svelteAttributeName(attribute: MarkupNode, valuePart: MarkupNode): string | undefined {
  const parts = attribute.value as unknown[] | undefined;
  if (!Array.isArray(parts) || parts.length !== 1 || parts[0] !== valuePart) return undefined;
  const name = (attribute.key as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name : undefined;
}

/**
 * The name of the markup attribute whose whole value `parent`'s child is, else `undefined`: `parent` is a
 * `VAttribute` (static value), a Svelte attribute, or the expression container of a bound attribute.
 * Interpolations (`{{ … }}`, `{…}` between tags) and directives other than `v-bind` bind no name.
 */
export function markupAttributeName(parent: { type: string }, child: unknown): string | undefined {
  const node = parent as MarkupNode;
  switch (node.type) {
    case 'VAttribute': {
      if (node.directive === true || node.value !== child) return undefined;
      const rawName = (node.key as { rawName?: unknown }).rawName;
      return typeof rawName === 'string' ? rawName : undefined;
    }
    case 'SvelteAttribute':
      return svelteAttributeName(node, child as MarkupNode);
    case 'VExpressionContainer':
    case 'SvelteMustacheTag':
      return boundAttributeName(node);
    default:
      return undefined;
  }
}

/**
 * True when a node type belongs to markup: Vue template nodes (`VElement`, `VExpressionContainer`, …: a
 * capital after the `V`, unlike `VariableDeclaration`), Svelte markup nodes (every `Svelte*` but the
 * `<script>` element), Astro's markup root.
 */
function isMarkupType(type: string): boolean {
  if (type.startsWith('Svelte')) return type !== 'SvelteScriptElement';
  if (type.charCodeAt(0) === 86 /* V */) {
    const second = type.charCodeAt(1);
    return second >= 65 && second <= 90;
  }
  return type === 'AstroFragment';
}

/** True when `node` sits in the markup of a component (a template expression, an attribute, a tag). */
export function isInMarkup(node: AnyNode): boolean {
  for (let current: AnyNode | null | undefined = node; current != null; current = current.parent) {
    const type = current.type;
    if (type === 'Program' || type === 'SvelteScriptElement') return false;
    if (isMarkupType(type)) return true;
  }
  return false;
}
