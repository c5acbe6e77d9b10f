/**
 * Helpers in the same file: a local function's parameter summary says which of its parameters reach which
 * sink inside it (`function log(...args) { console.log(ts(), ...args) }`: every argument reaches `console.log`)
 * and which flow to its return value (`function wrap(x) { return x.trim() }`). A call of the helper with a
 * secret argument is reported at the call site, naming the helper and the sink inside it.
 *
 * A summary is computed once per function and pass, and only when the helper is called with an argument that
 * holds a secret: its body is analysed once more with each parameter bound to a marker (a `param` origin),
 * in a collecting mode where sinks record the markers that reach them instead of reporting, and nothing
 * escapes into the real analysis (writes to outer variables and `this`, return-value summaries, node
 * values). Helpers called by helpers compose: a marker reaching a helper's call is a hit of the outer helper.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode, Operand, ParamMarker, SecretOrigin, SinkEvent, TaintValue } from '../types.js';
import { getProperty, join, leakedSecret } from '../value.js';
import type { Analysis } from './analysis.js';
import { bind } from './env.js';
import { ev } from './expressions.js';
import { addFinding, culpritOf, sink } from './findings.js';
import { block } from './statements.js';
import { PropMap } from '../props.js';

type Node = TSESTree.Node;

/** A parameter (or a path in it) that reaches a sink inside a helper. */
export interface ParamHit {
  readonly marker: ParamMarker;
  readonly label: string;
  readonly kind: string;
  /** The rule that asked, when rules share the analysis (`SinkHit.rule`). */
  readonly rule?: number;
  readonly event: SinkEvent;
  /** The operand and culprit at the sink inside the helper (the innermost helper when composed). */
  readonly operand: Node;
  readonly culprit: Node;
}

export interface ParamSummary {
  readonly hits: readonly ParamHit[];
  /** The return value, with markers where parameters flow. */
  readonly returns: TaintValue | undefined;
}

/** What a summary being collected gathers. */
export interface Collecting {
  readonly fn: FunctionNode;
  readonly hits: ParamHit[];
}

const EMPTY: ParamSummary = { hits: [], returns: undefined };
/** Hits kept per helper and rule sharing the analysis: enough to report every argument of a logging helper. */
const MAX_HITS = 32;

function markerValue(node: Node, index: number, rest: boolean): TaintValue {
  const origin: SecretOrigin = { description: 'a parameter', node, family: 'param', param: { index, rest, path: [] } };
  return { secret: origin };
}

/** The value `arguments` has inside the helper being summarised (every argument, as elements). */
export function argumentsMarker(an: Analysis, scopeBlock: Node): TaintValue | undefined {
  const collecting = an.collecting;
  if (!collecting || scopeBlock !== collecting.fn) return undefined;
  return { props: PropMap.of([['*', markerValue(collecting.fn, 0, true)]]) };
}

/** The helper's parameter summary (memoised per pass; empty while it is being computed: recursion). */
export function paramSummary(an: Analysis, fn: FunctionNode): ParamSummary {
  const known = an.paramSummaries.get(fn);
  if (known !== undefined) return known ?? EMPTY;
  an.paramSummaries.set(fn, null);
  const saved = {
    env: an.env,
    frame: an.frame,
    collecting: an.collecting,
    nodeValues: an.nodeValues,
    overlay: an.overlaySummaries,
    hot: an.hot,
  };
  const collecting: Collecting = { fn, hits: [] };
  an.collecting = collecting;
  an.env = saved.env.child();
  an.nodeValues = new Map();
  an.overlaySummaries = new Map();
  an.hot = true;
  an.frame = {
    fn,
    returns: undefined,
    thisKey: fn.type === 'ArrowFunctionExpression' ? saved.frame.thisKey : saved.frame.thisKey,
  };
  let result: ParamSummary = EMPTY;
  try {
    fn.params.forEach((param, i) => {
      if (param.type === 'RestElement') {
        bind(an, param.argument, { props: PropMap.of([['*', markerValue(param, i, true)]]) }, 'assign');
      } else bind(an, param, markerValue(param, i, false), 'assign');
    });
    if (fn.body) {
      if (fn.body.type === 'BlockStatement') block(an, fn.body.body);
      else {
        const value = ev(an, fn.body);
        an.frame.returns = join(an.frame.returns, value);
        sink(an, { type: 'return', node: fn.body, fn, value: { node: fn.body, value } });
      }
    }
    result = { hits: collecting.hits.slice(0, MAX_HITS * an.rules), returns: an.frame.returns };
  } finally {
    an.env = saved.env;
    an.frame = saved.frame;
    an.collecting = saved.collecting;
    an.nodeValues = saved.nodeValues;
    an.overlaySummaries = saved.overlay;
    an.hot = saved.hot;
    an.paramSummaries.set(fn, result);
  }
  return result;
}

/** The value a marker stands for at a call site: the argument(s), read through the marker's path. */
function resolve(marker: ParamMarker, args: readonly Operand[], node: Node): { value: TaintValue | undefined; arg: Operand | undefined } {
  let value: TaintValue | undefined;
  let arg: Operand | undefined;
  const last = marker.rest ? args.length : Math.min(marker.index + 1, args.length);
  for (let i = marker.index; i < last; i++) {
    const operand = args[i] as Operand;
    let v = operand.value;
    for (const step of marker.path) v = getProperty(v, step === '*' ? undefined : step, node);
    if (!arg && leakedSecret(v)) arg = operand;
    value = join(value, v);
  }
  return { value, arg };
}

/** A helper's return value at a call site: markers replaced by what the arguments hold there. */
export function substituteReturn(value: TaintValue | undefined, args: readonly Operand[], node: Node, depth = 0): TaintValue | undefined {
  if (!value || depth > 4) return undefined;
  let result: TaintValue | undefined;
  if (value.secret?.param) result = resolve(value.secret.param, args, node).value;
  else if (value.secret) result = { secret: value.secret };
  if (value.holder) result = join(result, { holder: value.holder, ...(value.envLike ? { envLike: true } : {}) });
  if (value.props) {
    const props: [string, TaintValue][] = [];
    for (const [k, v] of value.props) {
      const sub = substituteReturn(v, args, node, depth + 1);
      if (sub) props.push([k, sub]);
    }
    if (props.length > 0) result = join(result, { props: PropMap.of(props) });
  }
  return result;
}

/**
 * A call of a local helper whose arguments may hold secrets: reports each argument that reaches a sink inside
 * it (or, while another helper is summarised, records the flow as that helper's), and returns what the
 * helper's return value carries from the arguments.
 */
export function helperCall(
  an: Analysis,
  fn: FunctionNode,
  name: string | undefined,
  node: Node,
  args: readonly Operand[],
): TaintValue | undefined {
  const summary = paramSummary(an, fn);
  const helper = fn.id?.name ?? name ?? 'a helper';
  for (const hit of summary.hits) {
    const last = hit.marker.rest ? args.length : Math.min(hit.marker.index + 1, args.length);
    for (let i = hit.marker.index; i < last; i++) helperHit(an, hit, helper, node, args[i] as Operand);
  }
  return substituteReturn(summary.returns, args, node);
}

function helperHit(an: Analysis, hit: ParamHit, helper: string, node: Node, operand: Operand): void {
  {
    const { value, arg } = resolve({ ...hit.marker, index: 0, rest: false }, [operand], node);
    if (!arg) return;
    const leaked = leakedSecret(value);
    if (!leaked) return;
    const label = `${hit.label} in ${helper}()`;
    if (an.collecting) {
      const outer = leaked.origin.param;
      if (outer && an.collecting.hits.length < MAX_HITS * an.rules) {
        an.collecting.hits.push({ ...hit, marker: outer, label });
      }
      return;
    }
    if (leaked.origin.param) return;
    const culprit = culpritOf(an, arg.node);
    const own = culprit === arg.node ? undefined : leakedSecret(an.nodeValues.get(culprit));
    const origin = own ?? leaked;
    addFinding(an, {
      operand: arg.node,
      culprit,
      origin: origin.origin,
      viaHolder: origin.viaHolder,
      originIsHolder: origin.originIsHolder,
      sink: { label, kind: hit.kind, event: hit.event, rule: hit.rule },
      through: { helper, operand: hit.operand, culprit: hit.culprit },
    });
  }
}
