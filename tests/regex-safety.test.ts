/**
 * Every regular expression shipped in src/ — regex literals and `new RegExp("…")` with a literal pattern —
 * is checked statically for backtracking that can blow up (exponential or polynomial) with redos-detector.
 * Patterns built at run time from user options are compiled per rule and bounded by the rules themselves.
 * The detectors' own tests add run-time checks on adversarial inputs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@typescript-eslint/parser';
import { simpleTraverse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/utils';
import { isSafe } from 'redos-detector';
import { describe, expect, it } from 'vitest';

const srcDir = path.resolve(__dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

interface ShippedRegex {
  where: string;
  source: string;
  flags: string;
}

function shippedRegexes(file: string): ShippedRegex[] {
  const code = readFileSync(file, 'utf8');
  const ast = parse(code, { loc: true, range: true, sourceType: 'module' });
  const found: ShippedRegex[] = [];
  const where = (node: TSESTree.Node): string => `${path.relative(srcDir, file)}:${node.loc.start.line}`;
  simpleTraverse(ast, {
    enter(node: TSESTree.Node) {
      if (node.type === 'Literal' && 'regex' in node) {
        found.push({ where: where(node), source: node.regex.pattern, flags: node.regex.flags });
      } else if (
        (node.type === 'NewExpression' || node.type === 'CallExpression') &&
        node.callee.type === 'Identifier' &&
        node.callee.name === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments;
        if (pattern?.type === 'Literal' && typeof pattern.value === 'string') {
          const flagText = flags?.type === 'Literal' && typeof flags.value === 'string' ? flags.value : '';
          found.push({ where: where(node), source: pattern.value, flags: flagText });
        }
      }
    },
  });
  return found;
}

const regexes = sourceFiles(srcDir).flatMap(shippedRegexes);

describe('shipped regular expressions', () => {
  it('are found in src/', () => {
    expect(regexes.length).toBeGreaterThan(20);
  });

  it.each(regexes.map((r) => [`${r.where} /${r.source}/${r.flags}`, r] as const))(
    '%s cannot backtrack without bound',
    (_label, r) => {
      // redos-detector cannot combine `i` with `u`; without \p{…} or \u{…} escapes `u` changes nothing here.
      const flags = r.flags.replace(/[gy]/gu, '');
      const checked = /\\[pPu]\{/u.test(r.source) ? flags : flags.replace('u', '');
      const result = isSafe(new RegExp(r.source, checked), { maxScore: 1_000_000, maxSteps: 200_000, timeout: 10_000 });
      // Bounded quantifiers ({20,120}) give a finite score: a bounded number of backtracks per attempt,
      // so linear time over a text. An infinite score means unbounded backtracking: a ReDoS.
      expect(result.score.infinite ? 'unbounded backtracking' : (result.error ?? 'bounded')).toBe('bounded');
    },
  );
});
