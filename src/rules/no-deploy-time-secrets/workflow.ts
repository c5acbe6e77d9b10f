/**
 * GitHub Actions workflows (`.github/workflows/*.yml`) and composite actions (`action.yml`):
 * - `${{ secrets.X }}` pasted into a `run:` script (or an actions/github-script `script:`);
 * - secrets piped through an encoder (`base64`, `rev`, `xxd`…) whose output reaches the log or GitHub's
 *   environment/output files, where masking does not recognise it;
 * - `toJSON(secrets)` and `fromJSON(secrets.X)` anywhere;
 * - `secrets: inherit` to a reusable workflow of another owner.
 */
import { findExpressions, secretUse } from '../../core/deploy/github-expressions.js';
import { repositoryOwner } from '../../core/deploy/repository.js';
import { commandName, isAssignmentOnly, parseShell, type ShellCommand, type ShellWord } from '../../core/deploy/shell.js';
import {
  asMapping,
  asSequence,
  findPair,
  getPath,
  getValue,
  unwrapYaml,
  yamlString,
  type YamlContent,
  type YamlMapping,
  type YamlPair,
  type YamlScalar,
} from '../../util/yaml.js';
import type { YamlReporter, YamlSuggestion } from './yaml-report.js';

/** What the workflow check needs from the rule. */
export interface WorkflowSettings {
  filename: string;
  /** Lower-case owners whose reusable workflows may receive `secrets: inherit`. */
  trustedOwners: readonly string[];
}

type Shell = 'posix' | 'pwsh' | 'other' | 'unknown';

interface Scope {
  /** Env maps from the outermost (workflow) to the innermost (step). */
  envs: (YamlMapping | undefined)[];
  shell: Shell;
}

/** Commands that transform their input into something the log masking does not recognise. */
const ENCODERS = new Set(['base64', 'base32', 'basenc', 'rev', 'xxd', 'od', 'hexdump', 'hd', 'uuencode', 'b64encode']);
/** Commands that pass their input on unchanged (enough) after an encoder. */
const PASS_THROUGH = new Set(['cat', 'tee', 'head', 'tail', 'tr', 'sed', 'fold', 'cut', 'awk', 'sort', 'uniq', 'base64', 'rev', 'xxd', 'od', 'hexdump']);
const PRINTERS = new Set(['echo', 'printf']);

function shellOf(name: string | undefined): Shell {
  if (name === undefined) return 'unknown';
  const first = name.trim().split(/\s/u)[0] ?? '';
  if (first === 'bash' || first === 'sh') return 'posix';
  if (first === 'pwsh' || first === 'powershell') return 'pwsh';
  return 'other';
}

function defaultShell(runsOn: YamlContent | null | undefined): Shell {
  const labels: string[] = [];
  const single = yamlString(runsOn);
  if (single !== undefined) labels.push(single);
  else {
    const sequence = asSequence(runsOn);
    if (sequence === undefined) return 'unknown';
    for (const entry of sequence.entries) {
      const label = yamlString(entry);
      if (label === undefined) return 'unknown';
      labels.push(label);
    }
  }
  if (labels.length === 0 || labels.some((label) => label.includes('${{'))) return 'unknown';
  return labels.some((label) => label.toLowerCase().includes('windows')) ? 'pwsh' : 'posix';
}

/** The env entry (innermost first) whose value is exactly `${{ secrets.<name> }}`. */
function envNameHolding(scope: Scope, secret: string): string | undefined {
  for (let k = scope.envs.length - 1; k >= 0; k--) {
    for (const pair of scope.envs[k]?.pairs ?? []) {
      const value = yamlString(pair.value);
      const key = yamlString(pair.key);
      if (value === undefined || key === undefined) continue;
      const expressions = findExpressions(value);
      if (expressions.length === 1 && expressions[0]?.start === 0 && expressions[0].end === value.length) {
        if (secretUse(expressions[0].body)?.exact === secret) return key;
      }
    }
  }
  return undefined;
}

/** Environment variables of the scope holding a secret, innermost definition wins: name → secret name. */
function secretEnvNames(scope: Scope): Map<string, string> {
  const result = new Map<string, string>();
  for (const env of scope.envs) {
    for (const pair of env?.pairs ?? []) {
      const key = yamlString(pair.key);
      if (key === undefined) continue;
      const value = yamlString(pair.value) ?? '';
      const use = value.includes('secrets') ? findExpressions(value).map((e) => secretUse(e.body)).find((u) => u !== undefined) : undefined;
      if (use === undefined) result.delete(key);
      else result.set(key, use.names[0] ?? 'secrets');
    }
  }
  return result;
}

function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** The first secret a word reads: `${{ secrets.X }}`, or `$NAME`/`${NAME}` of a secret env variable. */
function secretIn(text: string, secretEnv: ReadonlyMap<string, string>): { label: string; start: number; end: number } | undefined {
  if (text.includes('${{')) {
    for (const expression of findExpressions(text)) {
      const use = secretUse(expression.body);
      if (use !== undefined) return { label: `secrets.${use.names[0] ?? '*'}`, start: expression.start, end: expression.end };
    }
  }
  if (secretEnv.size === 0) return undefined;
  for (let at = text.indexOf('$'); at !== -1; at = text.indexOf('$', at + 1)) {
    let from = at + 1;
    const braced = text.charCodeAt(from) === 123;
    if (braced) from++;
    let to = from;
    while (to < text.length && isNameChar(text.charCodeAt(to))) to++;
    const name = text.slice(from, to);
    if (name.length > 0 && secretEnv.has(name)) return { label: `$${name}`, start: at, end: braced ? to + 1 : to };
  }
  return undefined;
}

interface QuoteState {
  quote: 'none' | 'single' | 'double';
  comment: boolean;
}

/** The quoting at `position` of a POSIX shell script (single, double, none; inside a comment). */
function quoteAt(script: string, position: number): QuoteState {
  let quote: QuoteState['quote'] = 'none';
  let comment = false;
  for (let i = 0; i < position; i++) {
    const c = script.charCodeAt(i);
    if (comment) {
      if (c === 10) comment = false;
      continue;
    }
    if (quote === 'single') {
      if (c === 39) quote = 'none';
      continue;
    }
    if (c === 92) {
      i++;
      continue;
    }
    if (quote === 'double') {
      if (c === 34) quote = 'none';
      continue;
    }
    if (c === 39) quote = 'single';
    else if (c === 34) quote = 'double';
    else if (c === 35 && (i === 0 || /\s/u.test(script[i - 1] as string))) comment = true;
  }
  return { quote, comment };
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/u;

/** Exported for the ReDoS test. */
export const WORKFLOW_PATTERNS: readonly RegExp[] = [ENV_NAME];

export function checkWorkflow(root: YamlMapping, settings: WorkflowSettings, reporter: YamlReporter): void {
  const isAction = asMapping(getValue(root, 'runs')) !== undefined && getValue(root, 'jobs') === undefined;
  const handled = new Set<YamlScalar>();
  if (isAction) {
    const runs = asMapping(getValue(root, 'runs'));
    for (const step of asSequence(getValue(runs, 'steps'))?.entries ?? []) {
      checkStep(asMapping(step), { envs: [], shell: 'other' }, true);
    }
  } else {
    const workflowEnv = asMapping(getValue(root, 'env'));
    const workflowShell = yamlString(getPath(root, ['defaults', 'run', 'shell']));
    for (const jobPair of asMapping(getValue(root, 'jobs'))?.pairs ?? []) {
      const job = asMapping(jobPair.value);
      if (job === undefined) continue;
      checkReusableCall(job);
      const jobShell = yamlString(getPath(job, ['defaults', 'run', 'shell'])) ?? workflowShell;
      const shell = jobShell !== undefined ? shellOf(jobShell) : defaultShell(getValue(job, 'runs-on'));
      const envs = [workflowEnv, asMapping(getValue(job, 'env'))];
      for (const step of asSequence(getValue(job, 'steps'))?.entries ?? []) checkStep(asMapping(step), { envs, shell }, false);
    }
  }
  checkJsonSecrets(root);

  function checkStep(step: YamlMapping | undefined, outer: Scope, composite: boolean): void {
    if (step === undefined) return;
    const stepEnv = asMapping(getValue(step, 'env'));
    const explicitShell = yamlString(getValue(step, 'shell'));
    const scope: Scope = {
      envs: [...outer.envs, stepEnv],
      shell: explicitShell !== undefined ? shellOf(explicitShell) : composite ? 'unknown' : outer.shell,
    };
    const runPair = findPair(step, 'run');
    const run = unwrapYaml(runPair?.value);
    if (runPair !== undefined && run?.type === 'YAMLScalar' && typeof run.value === 'string') {
      handled.add(run);
      checkRun(step, runPair, run, run.value, scope);
    }
    const uses = yamlString(getValue(step, 'uses'));
    if (uses !== undefined && uses.toLowerCase().startsWith('actions/github-script@')) {
      const script = unwrapYaml(getPath(step, ['with', 'script']));
      if (script?.type === 'YAMLScalar' && typeof script.value === 'string') {
        handled.add(script);
        for (const expression of findExpressions(script.value)) {
          const use = secretUse(expression.body);
          if (use === undefined) continue;
          reportExpressionUse(script, script.value, expression, use, () => {
            reporter.report({ node: script, value: script.value as string, start: expression.start, end: expression.end, messageId: 'secretInScript', data: { name: use.names[0] ?? '*' } });
          });
        }
      }
    }
  }

  function reportExpressionUse(
    node: YamlScalar,
    value: string,
    expression: { start: number; end: number },
    use: NonNullable<ReturnType<typeof secretUse>>,
    otherwise: () => void,
  ): void {
    if (use.all) {
      reporter.report({ node, value, start: expression.start, end: expression.end, messageId: 'allSecrets', data: {} });
    } else if (use.fromJson !== undefined) {
      reporter.report({ node, value, start: expression.start, end: expression.end, messageId: 'unmaskedJsonField', data: { name: use.fromJson } });
    } else {
      otherwise();
    }
  }

  function checkRun(step: YamlMapping, runPair: YamlPair, run: YamlScalar, script: string, scope: Scope): void {
    const expressions = script.includes('${{') ? findExpressions(script) : [];
    for (const expression of expressions) {
      const use = secretUse(expression.body);
      if (use === undefined) continue;
      reportExpressionUse(run, script, expression, use, () => {
        const name = use.names[0] ?? '*';
        const reuse = use.exact === undefined ? undefined : envNameHolding(scope, use.exact);
        const envName = reuse ?? (ENV_NAME.test(name) ? name : 'SECRET');
        const envRef = scope.shell === 'pwsh' ? `$env:${envName}` : `"$${envName}"`;
        const suggestion = use.exact === undefined ? undefined : passThroughEnv(step, runPair, run, script, expression, use.exact, envName, reuse !== undefined, scope);
        reporter.report({
          node: run,
          value: script,
          start: expression.start,
          end: expression.end,
          messageId: 'secretInRun',
          data: { name, envName, envRef },
          ...(suggestion === undefined ? {} : { suggest: [suggestion] }),
        });
      });
    }
    if (scope.shell === 'posix' || scope.shell === 'unknown') checkEncoders(run, script, scope);
  }

  /** The suggestion moving `${{ secrets.X }}` into the step's env, when the rewrite is mechanical. */
  function passThroughEnv(
    step: YamlMapping,
    runPair: YamlPair,
    run: YamlScalar,
    script: string,
    expression: { start: number; end: number },
    secret: string,
    envName: string,
    alreadyInEnv: boolean,
    scope: Scope,
  ): YamlSuggestion | undefined {
    if (scope.shell !== 'posix' && scope.shell !== 'pwsh') return undefined;
    if (step.style !== 'block' || (run.style !== 'literal' && run.style !== 'folded' && run.style !== 'plain')) return undefined;
    if (!ENV_NAME.test(envName) || script.includes('<<')) return undefined;
    const state = quoteAt(script, expression.start);
    if (state.comment) return undefined;
    let replacement: string;
    if (scope.shell === 'pwsh') {
      if (state.quote === 'single') return undefined;
      replacement = `$env:${envName}`;
    } else {
      replacement = state.quote === 'single' ? `'"\${${envName}}"'` : state.quote === 'double' ? `\${${envName}}` : `"\${${envName}}"`;
    }
    if (run.style === 'plain' && expression.start === 0 && (replacement.startsWith('"') || replacement.startsWith("'"))) return undefined;
    // An env entry of the same name holding something else: not mechanical.
    if (!alreadyInEnv) {
      for (const env of scope.envs) if (findPair(env, envName) !== undefined) return undefined;
    }
    const stepEnvPair = findPair(step, 'env');
    const stepEnv = asMapping(stepEnvPair?.value);
    const entry = `${envName}: \${{ secrets.${secret} }}`;
    let insertion: { at: number; text: string } | undefined;
    if (!alreadyInEnv) {
      if (stepEnvPair !== undefined) {
        const last = stepEnv?.pairs[stepEnv.pairs.length - 1];
        if (stepEnv === undefined || stepEnv.style !== 'block' || last === undefined) return undefined;
        const indent = ' '.repeat(last.loc.start.column);
        insertion = { at: last.range[1], text: `\n${indent}${entry}` };
      } else {
        const indent = ' '.repeat(runPair.loc.start.column);
        insertion = { at: runPair.range[0], text: `env:\n${indent}  ${entry}\n${indent}` };
      }
    }
    return {
      messageId: 'passThroughEnv',
      data: { envName, envRef: replacement.replace(/^'"|"'$/gu, '').replace(/^"|"$/gu, '') },
      edits: [
        ...(insertion === undefined ? [] : [{ range: [insertion.at, insertion.at] as [number, number], text: insertion.text }]),
        { node: run, value: script, start: expression.start, end: expression.end, text: replacement },
      ],
    };
  }

  function checkEncoders(run: YamlScalar, script: string, scope: Scope): void {
    if (!hasEncoderWord(script)) return;
    const secretEnv = secretEnvNames(scope);
    if (secretEnv.size === 0 && !script.includes('secrets')) return;
    const commands = parseShell(script);
    const pipelines = new Map<number, ShellCommand[]>();
    for (const command of commands) {
      const list = pipelines.get(command.pipeline);
      if (list === undefined) pipelines.set(command.pipeline, [command]);
      else list.push(command);
    }
    for (const stages of pipelines.values()) {
      stages.sort((a, b) => a.stage - b.stage);
      let secret: { label: string; start: number; end: number } | undefined;
      let encoder: string | undefined;
      for (const stage of stages) {
        const name = commandName(stage);
        const isEncoder = name !== undefined && isEncoderCommand(name.name, stage, name.index);
        if (secret === undefined) {
          const inInput = firstSecret(stage.input, secretEnv);
          secret = firstSecret(stage.words, secretEnv) ?? inInput;
          // base64 <<< "$TOKEN"
          if (isEncoder && inInput !== undefined) encoder = name.name;
          continue;
        }
        if (isEncoder) encoder ??= name.name;
        else if (encoder !== undefined && name !== undefined && !PASS_THROUGH.has(name.name)) {
          // the encoded value flows into another program (docker login --password-stdin, gpg --import…)
          encoder = undefined;
          break;
        }
      }
      if (secret === undefined || encoder === undefined) continue;
      const last = stages[stages.length - 1] as ShellCommand;
      const where = exposure(last);
      if (where === undefined) continue;
      reporter.report({
        node: run,
        value: script,
        start: secret.start,
        end: secret.end,
        messageId: 'encodedSecret',
        data: { name: secret.label, command: encoder, where },
      });
    }
  }

  function checkReusableCall(job: YamlMapping): void {
    const uses = yamlString(getValue(job, 'uses'));
    const secretsPair = findPair(job, 'secrets');
    if (uses === undefined || secretsPair === undefined || yamlString(secretsPair.value) !== 'inherit') return;
    if (uses.startsWith('./') || uses.startsWith('.\\')) return;
    const slash = uses.indexOf('/');
    if (slash <= 0) return;
    const owner = uses.slice(0, slash).toLowerCase();
    if (settings.trustedOwners.includes(owner)) return;
    const repoOwner = repositoryOwner(settings.filename);
    if (repoOwner === owner) return;
    const value = secretsPair.value;
    if (value === null) return;
    const workflow = uses.split('@')[0] ?? uses;
    reporter.report({
      node: value,
      messageId: 'inheritSecrets',
      data: {
        workflow,
        owner,
        repository: repoOwner === undefined ? ', not (as far as the rule can tell) to this repository\'s owner' : `, not to ${repoOwner}`,
      },
    });
  }

  /** `toJSON(secrets)` and `fromJSON(secrets.X)` outside run scripts: env, with, if… */
  function checkJsonSecrets(mapping: YamlMapping): void {
    const stack: (YamlContent | null | undefined)[] = [mapping];
    let visited = 0;
    while (stack.length > 0 && visited++ < 100_000) {
      const node = unwrapYaml(stack.pop());
      if (node === null || node === undefined) continue;
      if (node.type === 'YAMLMapping') {
        for (const pair of node.pairs) stack.push(pair.value);
      } else if (node.type === 'YAMLSequence') {
        for (const entry of node.entries) stack.push(entry);
      } else if (node.type === 'YAMLScalar' && typeof node.value === 'string' && !handled.has(node) && node.value.includes('secrets')) {
        const value = node.value;
        for (const expression of findExpressions(value)) {
          const use = secretUse(expression.body);
          if (use !== undefined) reportExpressionUse(node, value, expression, use, () => undefined);
        }
      }
    }
  }
}

function firstSecret(words: readonly ShellWord[], secretEnv: ReadonlyMap<string, string>): { label: string; start: number; end: number } | undefined {
  for (const word of words) {
    const found = secretIn(word.text, secretEnv);
    if (found !== undefined) return { label: found.label, start: word.start + found.start, end: word.start + found.end };
  }
  return undefined;
}

function hasEncoderWord(script: string): boolean {
  for (const encoder of ENCODERS) if (script.includes(encoder)) return true;
  return script.includes('openssl');
}

function isEncoderCommand(name: string, command: ShellCommand, index: number): boolean {
  if (ENCODERS.has(name)) return true;
  if (name !== 'openssl') return false;
  const sub = command.words[index + 1]?.text;
  return sub === 'base64' || (sub === 'enc' && command.words.some((w) => w.text === '-base64' || w.text === '-a'));
}

/** Where the output of a pipeline ending in `last` goes, when it is exposed; `undefined` when it is not. */
function exposure(last: ShellCommand): string | undefined {
  if (last.stdout === 'github') return 'is written to a GitHub environment, output or summary file';
  if (last.stdout === 'file') return undefined;
  if (last.depth === 0) return 'is printed in the log';
  // inside $(…): what the enclosing command does with it
  let outer = last.outer;
  while (outer !== undefined && outer.depth > 0) outer = outer.outer;
  if (outer === undefined || isAssignmentOnly(outer)) return undefined;
  if (outer.stdout === 'github') return 'is written to a GitHub environment, output or summary file';
  const name = commandName(outer)?.name;
  if (name === undefined || !PRINTERS.has(name) || outer.stdout !== 'inherit' || !outer.last) return undefined;
  if (outer.words.some((w) => w.text.includes('::add-mask::'))) return undefined;
  return 'is printed in the log';
}
