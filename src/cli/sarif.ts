/**
 * SARIF 2.1.0 for code scanning dashboards (GitHub code scanning, Azure DevOps, SonarQube imports).
 * Only what the messages say goes in: rule, redacted message and location. No source snippets and no file
 * contents, so the file is as safe to upload as the messages are to print.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ESLint, Linter } from 'eslint';

export interface SarifRuleInfo {
  description: string | undefined;
  url: string | undefined;
}

export interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
  /** Every rule that ran, by its full id (`secrets/no-hardcoded-secrets`). */
  rules: ReadonlyMap<string, SarifRuleInfo>;
}

/**
 * Is a message the parser's failure (the file was not linted)? Fatal and "Parsing error …"; ESLint 10 also
 * marks an `eslint-env` comment fatal, yet lints the file.
 */
export function isParseError(message: Linter.LintMessage): boolean {
  return message.fatal === true && message.message.startsWith('Parsing error');
}

/** The SARIF log of `results`, with locations relative to `root` (`%SRCROOT%`). */
export function toSarif(results: readonly ESLint.LintResult[], tool: SarifTool, root: string): object {
  const ruleIds = [...tool.rules.keys()].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const sarifResults: object[] = [];
  const notifications: object[] = [];
  for (const result of results) {
    const uri = path.relative(root, result.filePath).split(path.sep).join('/');
    for (const message of result.messages) {
      const location = { physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: region(message) } };
      if (message.ruleId === null || !ruleIndex.has(message.ruleId)) {
        // A file ESLint could not parse was not scanned: a notification, not a result.
        if (isParseError(message)) notifications.push({ level: 'warning', message: { text: message.message }, locations: [location] });
        continue;
      }
      sarifResults.push({
        ruleId: message.ruleId,
        ruleIndex: ruleIndex.get(message.ruleId),
        level: message.severity === 2 ? 'error' : 'warning',
        message: { text: message.message },
        locations: [location],
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: tool.informationUri,
            rules: ruleIds.map((id) => {
              const info = tool.rules.get(id);
              return {
                id,
                ...(info?.description === undefined ? {} : { shortDescription: { text: info.description } }),
                ...(info?.url === undefined ? {} : { helpUri: info.url }),
                defaultConfiguration: { level: 'error' },
                properties: { tags: ['security'] },
              };
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root + path.sep).href } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results: sarifResults,
      },
    ],
  };
}

function region(message: Linter.LintMessage): object {
  return {
    startLine: Math.max(message.line, 1),
    startColumn: Math.max(message.column, 1),
    ...(message.endLine === undefined ? {} : { endLine: message.endLine }),
    ...(message.endColumn === undefined ? {} : { endColumn: message.endColumn }),
  };
}
