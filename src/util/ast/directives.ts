/** Directive prologues: `"use client"`, `"use server"`, `"use strict"` at the top of a file. */
import type { TSESTree } from '@typescript-eslint/utils';

/** The statements of the directive prologue: the leading string-expression statements. */
export function leadingDirectives(program: TSESTree.Program): TSESTree.ExpressionStatement[] {
  const directives: TSESTree.ExpressionStatement[] = [];
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') break;
    directives.push(statement);
  }
  return directives;
}

/** Does the file's prologue hold this directive (`"use client"`, `"use server"`)? */
export function hasDirective(program: TSESTree.Program, directive: string): boolean {
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') return false;
    if (statement.directive === directive) return true;
  }
  return false;
}

/** The first `"use client"` or `"use server"` of the prologue, which decides the side of a React module. */
export function reactDirective(program: TSESTree.Program): 'use client' | 'use server' | undefined {
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') return undefined;
    if (statement.directive === 'use client' || statement.directive === 'use server') return statement.directive;
  }
  return undefined;
}

/**
 * Does source text (the head of a file that is not parsed) start with a `"use client"` directive, after
 * comments and other directives?
 */
export function startsWithUseClient(text: string): boolean {
  let i = 0;
  const n = text.length;
  for (let guard = 0; guard < 50 && i < n; guard++) {
    const ch = text.charCodeAt(i);
    if (ch === 0xfeff || ch === 32 || ch === 9 || ch === 10 || ch === 13) {
      i++;
      continue;
    }
    if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      if (end < 0) return false;
      i = end + 1;
      continue;
    }
    if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return false;
      i = end + 2;
      continue;
    }
    if (text.startsWith("'use client'", i) || text.startsWith('"use client"', i)) return true;
    if (ch === 39 || ch === 34) {
      // another directive: skip it and its semicolon
      const end = text.indexOf(String.fromCharCode(ch), i + 1);
      if (end < 0) return false;
      i = end + 1;
      if (text.charCodeAt(i) === 59) i++;
      continue;
    }
    return false;
  }
  return false;
}
