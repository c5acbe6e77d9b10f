/**
 * Reporting from YAML files: a finding names a node and, for scalars, the part of the value it is about; the
 * reporter turns that into an ESLint location (the exact source span when it can be found, else the node).
 */
import type { SecretsRuleContext } from '../../util/create-rule.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { scalarSourceRange, type YamlContent, type YamlScalar } from '../../util/yaml.js';
import type { MessageIds } from './messages.js';

/** A text edit: a source range, or a part of a scalar's value located in the source. */
export type YamlEdit =
  | { range: [number, number]; text: string }
  | { node: YamlScalar; value: string; start: number; end: number; text: string };

export interface YamlSuggestion {
  messageId: MessageIds;
  data: Record<string, string>;
  edits: YamlEdit[];
}

export interface YamlFinding {
  node: YamlContent;
  /** With `start`/`end`: the scalar's value and the span of it the finding is about. */
  value?: string;
  start?: number;
  end?: number;
  messageId: MessageIds;
  data: Record<string, string>;
  suggest?: YamlSuggestion[];
}

export interface YamlReporter {
  report(finding: YamlFinding): void;
}

type Context = SecretsRuleContext<MessageIds, readonly unknown[]>;

function editRange(edit: YamlEdit, text: string): [number, number] | undefined {
  if ('range' in edit) return edit.range;
  return scalarSourceRange(edit.node, text, edit.value, edit.start, edit.end);
}

/** A reporter for `context`, whose source code is the YAML file. */
export function yamlReporter(context: Context): YamlReporter {
  const sourceCode = context.sourceCode;
  const text = sourceCode.text;
  return {
    report(finding) {
      let range: [number, number] | undefined;
      const node = finding.node;
      if (node.type === 'YAMLScalar' && finding.value !== undefined && finding.start !== undefined && finding.end !== undefined) {
        range = scalarSourceRange(node, text, finding.value, finding.start, finding.end);
      }
      range ??= node.range;
      const loc = { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) };
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      for (const suggestion of finding.suggest ?? []) {
        const ranges = suggestion.edits.map((edit) => editRange(edit, text));
        if (ranges.some((r) => r === undefined)) continue;
        suggest.push({
          messageId: suggestion.messageId,
          data: suggestion.data,
          fix: (fixer) => suggestion.edits.map((edit, k) => fixer.replaceTextRange(ranges[k] as [number, number], edit.text)),
        });
      }
      context.report({ loc, messageId: finding.messageId, data: finding.data, ...(suggest.length > 0 ? { suggest } : {}) });
    },
  };
}
