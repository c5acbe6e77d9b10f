/**
 * The scan's text report: findings grouped by rule, each as `file:line:column  message`, with the rule's
 * description and docs link once per group. Messages are the rules' own, which never hold a secret (at most
 * its kind, a 4-character prefix and its length), so the report is as safe in a CI log as ESLint's output.
 */
import path from 'node:path';
import type { ESLint } from 'eslint';
import { isParseError, type SarifRuleInfo } from './sarif.js';

export interface ScanSummary {
  findings: number;
  filesWithFindings: number;
  /** Files that could not be parsed, with the parser's message. */
  parseErrors: { file: string; message: string }[];
}

interface Row {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Writes the grouped report of `results` to `write` and returns the counts. */
export function writeReport(
  results: readonly ESLint.LintResult[],
  rules: ReadonlyMap<string, SarifRuleInfo>,
  cwd: string,
  write: (text: string) => void,
): ScanSummary {
  const byRule = new Map<string, Row[]>();
  const parseErrors: ScanSummary['parseErrors'] = [];
  const filesWithFindings = new Set<string>();
  for (const result of results) {
    const file = path.relative(cwd, result.filePath) || path.basename(result.filePath);
    for (const message of result.messages) {
      if (message.ruleId === null || !rules.has(message.ruleId)) {
        // A parse error, or a message about the project's own ESLint comments, such as an eslint-disable
        // comment naming a rule of a plugin this scan does not load.
        if (isParseError(message)) parseErrors.push({ file, message: message.message });
        continue;
      }
      filesWithFindings.add(file);
      let rows = byRule.get(message.ruleId);
      if (rows === undefined) byRule.set(message.ruleId, (rows = []));
      rows.push({ file, line: message.line, column: message.column, message: message.message });
    }
  }
  let findings = 0;
  for (const ruleId of [...byRule.keys()].sort()) {
    const rows = byRule.get(ruleId) ?? [];
    rows.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    findings += rows.length;
    const info = rules.get(ruleId);
    write(`${ruleId}: ${rows.length} ${rows.length === 1 ? 'finding' : 'findings'}${info?.description ? ` (${info.description})` : ''}\n`);
    if (info?.url) write(`  ${info.url}\n`);
    for (const row of rows) write(`  ${row.file}:${row.line}:${row.column}  ${row.message}\n`);
    write('\n');
  }
  return { findings, filesWithFindings: filesWithFindings.size, parseErrors };
}
