/**
 * Rule options that ESLint's schema validation cannot judge, or cannot explain: every rule checks them
 * here when it is created, and a bad value fails with an error that names the rule, the option's path and
 * what is allowed.
 *
 * ESLint's own messages for schema errors quote the bad value but neither the option nor the allowed
 * values (`Value "angular" should be equal to one of the allowed values.`, in ESLint 9 and 10 alike), so
 * options with a fixed set of values are declared with {@link oneOfSchema} (a string in the schema) and
 * checked with {@link checkOneOf}. User-supplied regular expressions are compiled by
 * {@link compileUserPattern}: an invalid, empty or match-everything pattern, or one that can backtrack
 * catastrophically, is refused; a silently ignored option is worse than an error.
 */
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { catastrophicBacktracking } from './regex-safety.js';

/**
 * A bad option value: the message names the option and what is allowed. ESLint 9 and 10 put the rule in
 * front of it (`Error while loading rule 'secrets/…': option \`framework\` is …`), so it does not repeat it.
 */
export class InvalidOptionError extends Error {
  constructor(
    readonly rule: string,
    readonly option: string,
    problem: string,
  ) {
    super(`option \`${option}\` ${problem}`);
    this.name = 'InvalidOptionError';
  }
}

function quoteList(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/**
 * The schema of an option that takes one of `values`: a string, so that a wrong value reaches
 * {@link checkOneOf} and its message instead of ESLint's, and a description that lists the values.
 */
export function oneOfSchema(values: readonly string[], description: string): JSONSchema4 {
  return { type: 'string', description: `${description} One of ${values.map((value) => `\`${value}\``).join(', ')}.` };
}

/** `value` when it is one of `allowed` (or undefined, the option unset); throws otherwise. */
export function checkOneOf<T extends string>(rule: string, option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new InvalidOptionError(rule, option, `is ${JSON.stringify(value)}; it must be one of ${quoteList(allowed)}.`);
}

/** Throws when `value` is empty or blank: an empty name matches nothing, or everything. */
export function checkNonEmpty(rule: string, option: string, value: string | undefined): void {
  if (value !== undefined && value.trim() === '') throw new InvalidOptionError(rule, option, 'is an empty string.');
}

/** {@link checkNonEmpty} for each string of a list option. */
export function checkNonEmptyItems(rule: string, option: string, list: readonly string[] | undefined): void {
  (list ?? []).forEach((value, index) => { checkNonEmpty(rule, `${option}[${index}]`, value); });
}

/** Strings a pattern that "matches everything" matches: different lengths, cases and characters. */
const PROBES = ['', 'x', 'Z9', 'api_key', 'NEXT_PUBLIC_URL', 'sk-Q2f8 value.'];

export interface PatternOptions {
  /** Flags besides those the rule adds; default `u`. */
  flags?: string;
  /**
   * The option filters findings out (`ignoreValues`, `allowedNames`…): a pattern matching every string
   * would silently turn the rule off, so it is refused.
   */
  filtersFindings?: boolean;
}

/**
 * Compiles one user-supplied regular expression (`option` is its path, e.g. `ignoreValues[2]`). Throws an
 * {@link InvalidOptionError} for an empty or invalid pattern, one that can backtrack catastrophically, and,
 * for options that filter findings out, one that matches every string.
 */
export function compileUserPattern(rule: string, option: string, source: string, { flags = 'u', filtersFindings = false }: PatternOptions = {}): RegExp {
  if (source.trim() === '') {
    throw new InvalidOptionError(rule, option, `is an empty pattern, which matches every string${filtersFindings ? ' and would turn the rule off' : ''}.`);
  }
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (error) {
    throw new InvalidOptionError(rule, option, `is not a valid regular expression: ${(error as Error).message}.`);
  }
  const problem = catastrophicBacktracking(source, flags);
  if (problem !== undefined) {
    throw new InvalidOptionError(
      rule,
      option,
      `(${JSON.stringify(source)}) can take exponential time to match (catastrophic backtracking): ${problem}. Rewrite it so that each part of a text can match only one way, e.g. \`(?:[a-z]+_)*\` instead of \`(?:[a-z_]+)*\`.`,
    );
  }
  if (filtersFindings && PROBES.every((probe) => regex.test(probe))) {
    throw new InvalidOptionError(rule, option, `(${JSON.stringify(source)}) matches every string, which would turn the rule off; turn the rule off instead, or anchor the pattern.`);
  }
  regex.lastIndex = 0;
  return regex;
}

/** Compiles each pattern of a list option with {@link compileUserPattern}. */
export function compileUserPatterns(rule: string, option: string, list: readonly string[] | undefined, options?: PatternOptions): RegExp[] {
  return (list ?? []).map((source, index) => compileUserPattern(rule, `${option}[${index}]`, source, options));
}

/** The schema of a list of regular expressions (strings). */
export function patternListSchema(description: string): JSONSchema4 {
  return { type: 'array', items: { type: 'string' }, uniqueItems: true, description };
}
