/**
 * `settings.secrets` through ESLint's Linter, as a user's config sets it: a bad value stops every rule with
 * an error that names the setting, and the round trip of the secrets client: the autofix of
 * no-hardcoded-secrets writes `await <client>("NAME")`, and the data-flow rules then follow that value.
 */
import * as path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { FAKE_PROVIDER_TOKENS } from './helpers/fake-tokens.js';

const FIXTURES = path.resolve(__dirname, 'fixtures/env-in-client');
const ruleNames = Object.keys(plugin.rules);

function lint(code: string, rules: Linter.RulesRecord, settings: Record<string, unknown>, filename = path.join(FIXTURES, 'node-service/src/billing.js')): Linter.FixReport {
  return new Linter({ cwd: FIXTURES }).verifyAndFix(code, [{ files: ['**/*.js'], plugins: { secrets: plugin }, settings, rules }], filename);
}

describe('a bad settings.secrets stops every rule with an error that names the setting', () => {
  it('has six rules to check', () => {
    expect(ruleNames).toHaveLength(6);
  });

  it.each(ruleNames)('secrets/%s', (rule) => {
    const run = (secrets: unknown) => () => lint('const a = 1;\n', { [`secrets/${rule}`]: 'error' }, { secrets });
    expect(run({ framework: 'sveltkit' })).toThrow(
      `Error while loading rule 'secrets/${rule}': settings.secrets.framework is "sveltkit"; it must be one of "auto", "next", "sveltekit"`,
    );
    expect(run({ secretsClient: { importFrom: '~/lib/secrets' } })).toThrow(
      `Error while loading rule 'secrets/${rule}': settings.secrets.secretsClient.importName is missing`,
    );
    expect(run({ sink: ['audit'] })).toThrow(`Error while loading rule 'secrets/${rule}': settings.secrets.sink is not a setting`);
    expect(run({ framework: 'next', sinks: { logging: ['audit.write'] } })).not.toThrow();
  });
});

describe('the secrets client: the autofix of no-hardcoded-secrets, then the data-flow rules', () => {
  const token = (FAKE_PROVIDER_TOKENS['stripe-secret-key'] as () => string)();
  // `k` says nothing: only the secrets client makes the logged value a secret.
  const code = `export async function charge(amount) {\n  const k = "${token}";\n  return stripeCharge(k, amount);\n}\n`;

  it.each([
    ['~/lib/secrets', 'getSecret'],
    ['@acme/config', 'lookup'],
  ])('%s#%s: the fixed code that logs the value is reported', (importFrom, importName) => {
    const settings = { secrets: { secretsClient: { importFrom, importName } } };
    const fixed = lint(code, { 'secrets/no-hardcoded-secrets': 'error' }, settings);
    expect(fixed.fixed).toBe(true);
    expect(fixed.output).toBe(
      `import { ${importName} } from "${importFrom}";\nexport async function charge(amount) {\n  const k = await ${importName}("STRIPE_SECRET_KEY");\n  return stripeCharge(k, amount);\n}\n`,
    );
    const logged = fixed.output.replace('  return stripeCharge', "  console.log('charging with', k);\n  return stripeCharge");
    const rules: Linter.RulesRecord = {
      'secrets/no-hardcoded-secrets': 'error',
      'secrets/no-secret-logging': 'error',
      'secrets/no-secret-exposure': 'error',
      'secrets/no-unsafe-secret-comparison': 'error',
    };
    expect(lint(logged, rules, settings).messages.map((m) => `${m.line}:${m.ruleId ?? 'fatal'}: ${m.message}`)).toEqual([
      `4:secrets/no-secret-logging: A secret read with ${importName}() (line 3) is logged by console.log. Log a redacted form or leave it out.`,
    ]);
    const exposed = fixed.output.replace('  return stripeCharge(k, amount);', '  return Response.json({ k });');
    expect(lint(exposed, rules, settings).messages.map((m) => `${m.line}:${m.ruleId ?? 'fatal'}`)).toEqual(['4:secrets/no-secret-exposure']);
    const compared = fixed.output.replace('  return stripeCharge(k, amount);', '  return k === amount.key;');
    expect(lint(compared, rules, settings).messages.map((m) => `${m.line}:${m.ruleId ?? 'fatal'}`)).toEqual(['4:secrets/no-unsafe-secret-comparison']);
  });

  it('without the setting, a client whose name says nothing is not followed (the option of no-hardcoded-secrets is its own)', () => {
    const rules: Linter.RulesRecord = {
      'secrets/no-hardcoded-secrets': ['error', { secretsClient: { importFrom: '@acme/config', importName: 'lookup' } }],
      'secrets/no-secret-logging': 'error',
    };
    const fixed = lint(code, rules, {});
    expect(fixed.output).toContain('const k = await lookup("STRIPE_SECRET_KEY");');
    expect(lint(fixed.output.replace('  return', "  console.log(k);\n  return"), rules, {}).messages).toEqual([]);
  });
});
