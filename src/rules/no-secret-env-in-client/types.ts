/** Types shared by the parts of `no-secret-env-in-client`. */
import type { SecretsRuleContext } from '../../util/create-rule.js';
import type { InliningKey } from '../../core/framework/model.js';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { EnvNameOptions, SecretEnvName } from '../../core/env/index.js';
import type { Classification } from '../../core/framework/classify.js';
import type { FrameworkId } from '../../core/framework/project.js';

export type Options = [
  {
    framework?: 'auto' | FrameworkId;
    clientFiles?: string[];
    serverFiles?: string[];
    publicPrefixes?: string[];
    sensitiveNames?: string[];
    allowedNames?: string[];
  },
];

export type MessageIds =
  | 'secretInClient'
  | 'secretRendered'
  | 'publicPrefixSecret'
  | 'privateEnvModule'
  | 'configInlinesSecret'
  | 'configInlinesEnv'
  | 'emptyEnvPrefix'
  | 'removeEntry'
  | 'restrictLoadEnvPrefix'
  | 'useVitePrefix';

export type Context = SecretsRuleContext<MessageIds, Options>;

/** The framework of the linted file and whether it ships to the browser. */
export interface FileInfo {
  framework: FrameworkId;
  /** Where the framework came from, for `DEBUG=eslint-plugin-secrets:*`: an option, a setting, a package.json. */
  frameworkFrom: string;
  classification: Classification;
}

type Node = TSESTree.Node;
type Kind = SecretEnvName['kind'];

/** What the rule reports, as data: the rule entry turns each into its message and suggestions. */
export type Finding =
  /** A secret env read in client code. */
  | { type: 'clientRead'; node: Node; name: string; kind: Kind; info: FileInfo }
  /** A secret env value that server-rendered markup sends to the page (Astro); `how` finishes "`X` (kind) …". */
  | { type: 'renderedRead'; node: Node; name: string; kind: Kind; how: string }
  /** A secret name with a public prefix that the tool inlines into the bundle. */
  | { type: 'publicPrefix'; node: Node; name: string; kind: Kind; prefix: string; tool: string }
  /** Build config that inlines the whole environment; `loadEnv` when it is a `loadEnv(…, "")` result. */
  | { type: 'inlinesEnv'; node: Node; where: string; loadEnv?: TSESTree.CallExpression | undefined }
  /**
   * Build config that inlines a secret; `remove`: the entry that a suggestion can delete; `covers`: names
   * not to report again on this line as public prefixes.
   */
  | {
      type: 'inlinesSecret';
      node: Node;
      name: string;
      kind: Kind;
      where: string;
      remove?: { node: Node; name: string } | undefined;
      loadEnv?: TSESTree.CallExpression | undefined;
      covers: readonly string[];
    }
  /** `envPrefix: ""` (or `""` in an `envPrefix` array). */
  | { type: 'emptyPrefix'; node: Node; inArray: boolean };

/** One linted file: its settings and classification (computed on first need), and where findings go. */
export interface EnvRuleFile {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly nameOptions: EnvNameOptions;
  /** Which build config the file is, by its name. */
  /** The keys of this file that inline values into the bundle, when it is a build config (`next.config.mjs`). */
  readonly config: ReadonlySet<InliningKey>;
  /** Variables holding `loadEnv(…)` results, by name. */
  readonly loadEnvVariables: Map<string, TSESTree.CallExpression>;
  /** `isServerOnly` verdicts of top-level declarations, by recursion depth: one walk per declaration. */
  readonly serverOnlyMemo: Map<Node, (boolean | undefined)[]>;
  fileInfo(): FileInfo;
  /** Reports a finding (once per place). */
  emit(finding: Finding): void;
}
