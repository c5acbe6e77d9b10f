/**
 * Findings: asking the rule's sinks at an event (only when an operand may hold a secret), and reporting each
 * operand that does, with the smallest sub-expression that carries the secret (the culprit).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Operand, SecretOrigin, SinkEvent, TaintFinding } from '../types.js';
import { leakedSecret } from '../value.js';
import type { Analysis } from './analysis.js';
import { unwrapExpression } from './ast.js';

type Node = TSESTree.Node;

/** A compact finding key: sink operand position + origin position. */
function findingKey(culprit: Node, origin: SecretOrigin, label: string, rule = 0): string {
  return `${culprit.range[0]}:${culprit.range[1]}:${origin.node.range[0]}:${rule}:${label}`;
}

/** Does some operand hold a secret? Asked before a call's sink event is built. */
export function anyLeaks(operands: readonly Operand[]): boolean {
  return operands.some((operand) => leakedSecret(operand.value) !== undefined);
}

/**
 * Can a sink hit at this event report anything? A hit reports an operand only when its value holds a
 * secret, and every operand a rule's sinks can name is one of the event's values or a property of one; so
 * when none of them holds a secret the rule's sinks are not asked (most calls of most files).
 */
function mayLeak(event: SinkEvent): boolean {
  switch (event.type) {
    case 'call':
      // Checked where the event is built, before its callee description is made: see `anyLeaks`.
      return true;
    case 'throw':
      return leakedSecret(event.argument.value) !== undefined;
    case 'assign':
    case 'return':
      return leakedSecret(event.value.value) !== undefined;
  }
}

export function sink(an: Analysis, event: SinkEvent): void {
  if (!mayLeak(event)) return;
  const hits = an.config.sinks(event);
  if (!hits) return;
  for (const hit of hits) {
    const leakedAll = leakedSecret(hit.operand.value);
    if (!leakedAll) continue;
    const culprit = culpritOf(an, hit.operand.node);
    const own = culprit === hit.operand.node ? undefined : leakedSecret(an.nodeValues.get(culprit));
    const leaked = own ?? leakedAll;
    if (an.collecting) {
      // Summarising a helper: only its parameters' flows are recorded (real secrets are the normal pass's).
      const marker = leaked.origin.param ?? leakedAll.origin.param;
      if (marker) {
        an.collecting.hits.push({ marker, label: hit.label, kind: hit.kind, rule: hit.rule, event, operand: hit.operand.node, culprit });
      }
      continue;
    }
    if (leaked.origin.param) continue;
    addFinding(an, {
      operand: hit.operand.node,
      culprit,
      origin: leaked.origin,
      viaHolder: leaked.viaHolder,
      originIsHolder: leaked.originIsHolder,
      sink: { label: hit.label, kind: hit.kind, event, rule: hit.rule },
    });
  }
}

/** Records a finding once per culprit, origin and sink label. */
export function addFinding(an: Analysis, finding: TaintFinding): void {
  const key = findingKey(finding.culprit, finding.origin, finding.sink.label, finding.sink.rule);
  if (!an.findings.has(key)) an.findings.set(key, finding);
}

/** The smallest sub-expression of an operand that carries the secret. */
export function culpritOf(an: Analysis, node: Node): Node {
  let current = node;
  for (let guard = 0; guard < 50; guard++) {
    const inner = unwrapExpression(current);
    let next: Node | undefined;
    if (inner.type === 'TemplateLiteral') next = inner.expressions.find((e) => leaks(an, e));
    else if (inner.type === 'BinaryExpression' && inner.operator === '+') {
      next = leaks(an, inner.left) ? inner.left : leaks(an, inner.right) ? inner.right : undefined;
    } else if (inner.type === 'ObjectExpression') {
      const prop = inner.properties.find(
        (p): p is TSESTree.Property => p.type === 'Property' && leaks(an, p.value as Node),
      );
      next = prop ? prop.value : undefined;
    } else if (inner.type === 'ArrayExpression') {
      next = inner.elements.find((e): e is TSESTree.Expression => !!e && e.type !== 'SpreadElement' && leaks(an, e));
    } else if (inner.type === 'LogicalExpression' || inner.type === 'ConditionalExpression') {
      const [a, b] = inner.type === 'LogicalExpression' ? [inner.left, inner.right] : [inner.consequent, inner.alternate];
      next = leaks(an, a) && !leaks(an, b) ? a : leaks(an, b) && !leaks(an, a) ? b : undefined;
    }
    if (!next) return current;
    current = next;
  }
  return current;
}

function leaks(an: Analysis, node: Node): boolean {
  return !!leakedSecret(an.nodeValues.get(node)) || (node.type === 'Property' && leaks(an, node.value));
}

