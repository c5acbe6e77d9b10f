/**
 * Provider token formats, as data. One entry per provider; `scan.ts` compiles them into detectors.
 *
 * Every `pattern` is anchored with `^` and applied to the text starting at a prefix occurrence (or at the
 * start of the `lead` match); every quantifier is bounded, so a match attempt costs at most `maxLength`
 * steps and scanning stays linear however many prefixes a text repeats.
 * Sources: vendors' token-format announcements and docs, gitleaks and secretlint rule sets (formats only).
 */
import { githubStyleChecksum, isValidBech32 } from './checksum.js';
import type { Confidence } from './types.js';

export interface ProviderSpec {
  /** Stable detector id. */
  id: string;
  /** Human label for messages. */
  kind: string;
  /** Literal strings for the cheap prefilter; a match starts at one of them unless `lead` is set. */
  prefixes: readonly string[];
  /** Linear-time pattern anchored with `^`, matched from the prefix (bounded quantifiers only). */
  pattern: RegExp;
  /** Confidence of a match (before checksum, keyword, placeholder adjustments). */
  confidence: Confidence;
  /** Conventional environment-variable name for fixes. */
  envName: string;
  /** Validates the whole token; a failing checksum lowers confidence to `low`. */
  checksum?: (token: string) => boolean;
  /** Weak formats: one of these words (lower case) must appear in the text or the scan context, else `low`. */
  keywords?: readonly string[];
  /** What must precede the prefix (anchored with `$`, bounded); the token then starts where `lead` matched. */
  lead?: RegExp;
  /** Longest possible `lead` match. */
  leadMaxLength?: number;
  /** A public value (publishable/anon/site keys): never reported; used to tell generic values apart. */
  publicByDesign?: boolean;
  /** Minimum Shannon entropy of the token's random part (after the prefix). */
  minEntropy?: number;
  /** The pattern's group 1 is the secret; the report covers only it (e.g. `AccountKey=<key>`). */
  secretGroup?: boolean;
  /**
   * Characters that may not directly follow a match (it would be a longer word, not this token).
   * Default: ASCII letters, digits and `_`.
   */
  trailing?: RegExp;
}


/** The provider table. Keep ids unique; add entries, never rename ids (rules and users refer to them). */
export const PROVIDERS: readonly ProviderSpec[] = [
  // GitHub: https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
  { id: 'github-pat', kind: 'GitHub personal access token', prefixes: ['ghp_'], pattern: /^ghp_[A-Za-z0-9]{36}/, confidence: 'high', envName: 'GITHUB_TOKEN', checksum: githubStyleChecksum },
  { id: 'github-oauth-token', kind: 'GitHub OAuth access token', prefixes: ['gho_'], pattern: /^gho_[A-Za-z0-9]{36}/, confidence: 'high', envName: 'GITHUB_OAUTH_TOKEN', checksum: githubStyleChecksum },
  { id: 'github-user-token', kind: 'GitHub user-to-server token', prefixes: ['ghu_'], pattern: /^ghu_[A-Za-z0-9]{36}/, confidence: 'high', envName: 'GITHUB_TOKEN', checksum: githubStyleChecksum },
  { id: 'github-app-token', kind: 'GitHub App installation token', prefixes: ['ghs_'], pattern: /^ghs_[A-Za-z0-9]{36}/, confidence: 'high', envName: 'GITHUB_APP_TOKEN', checksum: githubStyleChecksum },
  { id: 'github-refresh-token', kind: 'GitHub refresh token', prefixes: ['ghr_'], pattern: /^ghr_[A-Za-z0-9]{36}/, confidence: 'high', envName: 'GITHUB_REFRESH_TOKEN', checksum: githubStyleChecksum },
  { id: 'github-fine-grained-pat', kind: 'GitHub fine-grained personal access token', prefixes: ['github_pat_'], pattern: /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}/, confidence: 'high', envName: 'GITHUB_TOKEN' },
  // npm: https://github.blog/2021-09-23-announcing-npms-new-access-token-format/
  { id: 'npm-token', kind: 'npm access token', prefixes: ['npm_'], pattern: /^npm_[A-Za-z0-9]{36}/, confidence: 'high', envName: 'NPM_TOKEN', checksum: githubStyleChecksum },
  // AWS: documentation examples end in EXAMPLE (placeholder check on the random part).
  { id: 'aws-access-key-id', kind: 'AWS access key ID', prefixes: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'], pattern: /^(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}/, confidence: 'high', envName: 'AWS_ACCESS_KEY_ID' },
  // Google
  { id: 'google-api-key', kind: 'Google API key', prefixes: ['AIza'], pattern: /^AIza[A-Za-z0-9_-]{35}/, confidence: 'medium', envName: 'GOOGLE_API_KEY', trailing: /[A-Za-z0-9_-]/ },
  { id: 'google-oauth-client-secret', kind: 'Google OAuth client secret', prefixes: ['GOCSPX-'], pattern: /^GOCSPX-[A-Za-z0-9_-]{28}/, confidence: 'high', envName: 'GOOGLE_CLIENT_SECRET', trailing: /[A-Za-z0-9_-]/ },
  { id: 'google-oauth-access-token', kind: 'Google OAuth access token', prefixes: ['ya29.'], pattern: /^ya29\.[A-Za-z0-9_-]{30,2048}/, confidence: 'medium', envName: 'GOOGLE_ACCESS_TOKEN', trailing: /[A-Za-z0-9_-]/, minEntropy: 3.5 },
  // Slack: https://api.slack.com/authentication/token-types
  { id: 'slack-bot-token', kind: 'Slack bot token', prefixes: ['xoxb-'], pattern: /^xoxb-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{20,40}/, confidence: 'high', envName: 'SLACK_BOT_TOKEN' },
  { id: 'slack-user-token', kind: 'Slack user token', prefixes: ['xoxp-', 'xoxe-'], pattern: /^xox[pe]-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{28,40}/, confidence: 'high', envName: 'SLACK_USER_TOKEN' },
  { id: 'slack-legacy-token', kind: 'Slack legacy token', prefixes: ['xoxa-', 'xoxo-', 'xoxs-', 'xoxr-'], pattern: /^xox[aors]-(?:[0-9]{1,14}-){1,3}[A-Za-z0-9]{10,64}/, confidence: 'medium', envName: 'SLACK_TOKEN', minEntropy: 3 },
  { id: 'slack-config-token', kind: 'Slack configuration token', prefixes: ['xoxe.xox'], pattern: /^xoxe\.xox[bp]-[0-9]-[A-Za-z0-9]{150,180}/, confidence: 'high', envName: 'SLACK_CONFIG_TOKEN' },
  { id: 'slack-app-token', kind: 'Slack app-level token', prefixes: ['xapp-'], pattern: /^xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{8,16}-[a-z0-9]{32,80}/, confidence: 'high', envName: 'SLACK_APP_TOKEN' },
  { id: 'slack-webhook-url', kind: 'Slack webhook URL', prefixes: ['https://hooks.slack.com/'], pattern: /^https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{6,14}\/[A-Z0-9]{6,14}\/[A-Za-z0-9]{16,64}/, confidence: 'high', envName: 'SLACK_WEBHOOK_URL' },
  // Stripe: https://docs.stripe.com/keys — pk_ keys are publishable by design.
  { id: 'stripe-secret-key', kind: 'Stripe secret key', prefixes: ['sk_live_'], pattern: /^sk_live_[A-Za-z0-9]{24,247}/, confidence: 'high', envName: 'STRIPE_SECRET_KEY', minEntropy: 3 },
  { id: 'stripe-test-secret-key', kind: 'Stripe test-mode secret key', prefixes: ['sk_test_'], pattern: /^sk_test_[A-Za-z0-9]{24,247}/, confidence: 'medium', envName: 'STRIPE_SECRET_KEY', minEntropy: 3 },
  { id: 'stripe-restricted-key', kind: 'Stripe restricted key', prefixes: ['rk_live_'], pattern: /^rk_live_[A-Za-z0-9]{24,247}/, confidence: 'high', envName: 'STRIPE_RESTRICTED_KEY', minEntropy: 3 },
  { id: 'stripe-test-restricted-key', kind: 'Stripe test-mode restricted key', prefixes: ['rk_test_'], pattern: /^rk_test_[A-Za-z0-9]{24,247}/, confidence: 'medium', envName: 'STRIPE_RESTRICTED_KEY', minEntropy: 3 },
  { id: 'stripe-webhook-secret', kind: 'Stripe webhook signing secret', prefixes: ['whsec_'], pattern: /^whsec_[A-Za-z0-9+/]{32,88}={0,2}/, confidence: 'high', envName: 'STRIPE_WEBHOOK_SECRET', minEntropy: 3 },
  { id: 'stripe-publishable-key', kind: 'Stripe publishable key', prefixes: ['pk_live_', 'pk_test_'], pattern: /^pk_(?:live|test)_[A-Za-z0-9]{24,247}/, confidence: 'low', envName: 'STRIPE_PUBLISHABLE_KEY', publicByDesign: true },
  // OpenAI: keys carry the base64 of "OpenAI" (T3BlbkFJ).
  { id: 'openai-api-key', kind: 'OpenAI API key', prefixes: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-None-'], pattern: /^sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,120}T3BlbkFJ[A-Za-z0-9_-]{20,120}/, confidence: 'high', envName: 'OPENAI_API_KEY', trailing: /[A-Za-z0-9_-]/ },
  { id: 'openai-legacy-api-key', kind: 'OpenAI API key', prefixes: ['sk-'], pattern: /^sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}/, confidence: 'high', envName: 'OPENAI_API_KEY' },
  // Anthropic
  { id: 'anthropic-api-key', kind: 'Anthropic API key', prefixes: ['sk-ant-api03-', 'sk-ant-admin01-'], pattern: /^sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA/, confidence: 'high', envName: 'ANTHROPIC_API_KEY', trailing: /[A-Za-z0-9_-]/ },
  // Other AI providers
  { id: 'groq-api-key', kind: 'Groq API key', prefixes: ['gsk_'], pattern: /^gsk_[A-Za-z0-9]{52}/, confidence: 'high', envName: 'GROQ_API_KEY' },
  { id: 'huggingface-token', kind: 'Hugging Face access token', prefixes: ['hf_'], pattern: /^hf_[A-Za-z]{34}/, confidence: 'medium', envName: 'HF_TOKEN', minEntropy: 3.5 },
  { id: 'huggingface-org-token', kind: 'Hugging Face organization token', prefixes: ['api_org_'], pattern: /^api_org_[A-Za-z]{34}/, confidence: 'medium', envName: 'HF_TOKEN', minEntropy: 3.5 },
  { id: 'replicate-api-token', kind: 'Replicate API token', prefixes: ['r8_'], pattern: /^r8_[A-Za-z0-9]{37}/, confidence: 'medium', envName: 'REPLICATE_API_TOKEN', minEntropy: 3.5 },
  { id: 'perplexity-api-key', kind: 'Perplexity API key', prefixes: ['pplx-'], pattern: /^pplx-[A-Za-z0-9]{48}/, confidence: 'high', envName: 'PERPLEXITY_API_KEY' },
  { id: 'xai-api-key', kind: 'xAI API key', prefixes: ['xai-'], pattern: /^xai-[A-Za-z0-9]{80}/, confidence: 'high', envName: 'XAI_API_KEY' },
  { id: 'langsmith-api-key', kind: 'LangSmith API key', prefixes: ['lsv2_pt_', 'lsv2_sk_'], pattern: /^lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}/, confidence: 'high', envName: 'LANGSMITH_API_KEY' },
  // GitLab: https://docs.gitlab.com/security/tokens/
  { id: 'gitlab-pat', kind: 'GitLab personal access token', prefixes: ['glpat-'], pattern: /^glpat-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?/, confidence: 'high', envName: 'GITLAB_TOKEN', trailing: /[A-Za-z0-9_-]/, minEntropy: 3 },
  { id: 'gitlab-deploy-token', kind: 'GitLab deploy token', prefixes: ['gldt-'], pattern: /^gldt-[A-Za-z0-9_-]{20,300}/, confidence: 'high', envName: 'GITLAB_DEPLOY_TOKEN', trailing: /[A-Za-z0-9_-]/, minEntropy: 3 },
  { id: 'gitlab-runner-token', kind: 'GitLab runner authentication token', prefixes: ['glrt-'], pattern: /^glrt-[A-Za-z0-9_-]{20,300}/, confidence: 'high', envName: 'GITLAB_RUNNER_TOKEN', trailing: /[A-Za-z0-9_-]/, minEntropy: 3 },
  { id: 'gitlab-ci-build-token', kind: 'GitLab CI/CD job token', prefixes: ['glcbt-'], pattern: /^glcbt-[A-Za-z0-9]{1,5}_[A-Za-z0-9_-]{20,300}/, confidence: 'high', envName: 'CI_JOB_TOKEN', trailing: /[A-Za-z0-9_-]/ },
  { id: 'gitlab-trigger-token', kind: 'GitLab pipeline trigger token', prefixes: ['glptt-'], pattern: /^glptt-[A-Za-z0-9_-]{40,300}/, confidence: 'high', envName: 'GITLAB_TRIGGER_TOKEN', trailing: /[A-Za-z0-9_-]/, minEntropy: 3 },
  { id: 'gitlab-oauth-app-secret', kind: 'GitLab OAuth application secret', prefixes: ['gloas-'], pattern: /^gloas-[A-Za-z0-9_-]{64}/, confidence: 'high', envName: 'GITLAB_OAUTH_SECRET', trailing: /[A-Za-z0-9_-]/ },
  { id: 'gitlab-feed-token', kind: 'GitLab feed token', prefixes: ['glft-'], pattern: /^glft-[A-Za-z0-9_-]{20,300}/, confidence: 'high', envName: 'GITLAB_FEED_TOKEN', trailing: /[A-Za-z0-9_-]/, minEntropy: 3 },
  { id: 'gitlab-agent-token', kind: 'GitLab agent token', prefixes: ['glagent-'], pattern: /^glagent-[A-Za-z0-9_-]{50,300}/, confidence: 'high', envName: 'GITLAB_AGENT_TOKEN', trailing: /[A-Za-z0-9_-]/ },
  // Email and messaging
  { id: 'sendgrid-api-key', kind: 'SendGrid API key', prefixes: ['SG.'], pattern: /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/, confidence: 'high', envName: 'SENDGRID_API_KEY', trailing: /[A-Za-z0-9_-]/ },
  { id: 'mailgun-api-key', kind: 'Mailgun API key', prefixes: ['key-'], pattern: /^key-[a-f0-9]{32}/, confidence: 'medium', envName: 'MAILGUN_API_KEY', keywords: ['mailgun'] },
  { id: 'mailchimp-api-key', kind: 'Mailchimp API key', prefixes: ['-us'], lead: /[a-f0-9]{32}$/, leadMaxLength: 32, pattern: /^-us[0-9]{1,2}/, confidence: 'medium', envName: 'MAILCHIMP_API_KEY', minEntropy: 3 },
  { id: 'twilio-api-key', kind: 'Twilio API key', prefixes: ['SK'], pattern: /^SK[a-f0-9]{32}/, confidence: 'medium', envName: 'TWILIO_API_KEY', minEntropy: 3 },
  { id: 'telegram-bot-token', kind: 'Telegram bot token', prefixes: [':AA'], lead: /[0-9]{8,10}$/, leadMaxLength: 10, pattern: /^:AA[A-Za-z0-9_-]{33}/, confidence: 'medium', envName: 'TELEGRAM_BOT_TOKEN', trailing: /[A-Za-z0-9_-]/, minEntropy: 3.5 },
  { id: 'discord-webhook-url', kind: 'Discord webhook URL', prefixes: ['https://discord.com/api/webhooks/', 'https://discordapp.com/api/webhooks/', 'https://ptb.discord.com/api/webhooks/', 'https://canary.discord.com/api/webhooks/'], pattern: /^https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,68}/, confidence: 'high', envName: 'DISCORD_WEBHOOK_URL', trailing: /[A-Za-z0-9_-]/ },
  { id: 'resend-api-key', kind: 'Resend API key', prefixes: ['re_'], pattern: /^re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}/, confidence: 'medium', envName: 'RESEND_API_KEY', minEntropy: 3.5 },
  // Commerce
  { id: 'shopify-access-token', kind: 'Shopify access token', prefixes: ['shpat_', 'shpca_', 'shppa_', 'shpss_'], pattern: /^shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}/, confidence: 'high', envName: 'SHOPIFY_ACCESS_TOKEN' },
  { id: 'square-access-token', kind: 'Square access token', prefixes: ['sq0atp-', 'sq0csp-'], pattern: /^sq0(?:atp-[A-Za-z0-9_-]{22}|csp-[A-Za-z0-9_-]{43})/, confidence: 'high', envName: 'SQUARE_ACCESS_TOKEN', trailing: /[A-Za-z0-9_-]/ },
  // Cloud and infrastructure
  { id: 'databricks-token', kind: 'Databricks access token', prefixes: ['dapi'], pattern: /^dapi[a-f0-9]{32}(?:-[0-9])?/, confidence: 'medium', envName: 'DATABRICKS_TOKEN', minEntropy: 3 },
  { id: 'digitalocean-token', kind: 'DigitalOcean token', prefixes: ['dop_v1_', 'doo_v1_', 'dor_v1_'], pattern: /^do[opr]_v1_[a-f0-9]{64}/, confidence: 'high', envName: 'DIGITALOCEAN_TOKEN' },
  { id: 'vault-token', kind: 'HashiCorp Vault token', prefixes: ['hvs.', 'hvb.', 'hvr.'], pattern: /^hv[sbr]\.[A-Za-z0-9_-]{90,300}/, confidence: 'high', envName: 'VAULT_TOKEN', trailing: /[A-Za-z0-9_-]/ },
  { id: 'terraform-cloud-token', kind: 'Terraform Cloud API token', prefixes: ['.atlasv1.'], lead: /[A-Za-z0-9]{14}$/, leadMaxLength: 14, pattern: /^\.atlasv1\.[A-Za-z0-9_=-]{60,70}/, confidence: 'high', envName: 'TF_TOKEN', trailing: /[A-Za-z0-9_=-]/ },
  { id: 'doppler-token', kind: 'Doppler token', prefixes: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'], pattern: /^dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9_-]{40,44}/, confidence: 'high', envName: 'DOPPLER_TOKEN' },
  { id: 'pulumi-access-token', kind: 'Pulumi access token', prefixes: ['pul-'], pattern: /^pul-[a-f0-9]{40}/, confidence: 'high', envName: 'PULUMI_ACCESS_TOKEN' },
  { id: 'planetscale-token', kind: 'PlanetScale token', prefixes: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'], pattern: /^pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}/, confidence: 'high', envName: 'PLANETSCALE_TOKEN', trailing: /[A-Za-z0-9_.=-]/ },
  { id: 'heroku-api-key', kind: 'Heroku API key', prefixes: ['HRKU-AA'], pattern: /^HRKU-AA[A-Za-z0-9_-]{58}/, confidence: 'high', envName: 'HEROKU_API_KEY', trailing: /[A-Za-z0-9_-]/ },
  { id: 'netlify-token', kind: 'Netlify access token', prefixes: ['nfp_'], pattern: /^nfp_[A-Za-z0-9]{36}/, confidence: 'high', envName: 'NETLIFY_AUTH_TOKEN' },
  { id: 'fly-io-token', kind: 'Fly.io token', prefixes: ['fo1_'], pattern: /^fo1_[A-Za-z0-9_-]{43}/, confidence: 'high', envName: 'FLY_API_TOKEN', trailing: /[A-Za-z0-9_-]/ },
  { id: 'new-relic-user-key', kind: 'New Relic user API key', prefixes: ['NRAK-'], pattern: /^NRAK-[A-Z0-9]{27}/, confidence: 'high', envName: 'NEW_RELIC_API_KEY' },
  { id: 'atlassian-api-token', kind: 'Atlassian API token', prefixes: ['ATATT3'], pattern: /^ATATT3[A-Za-z0-9_=-]{180,200}/, confidence: 'high', envName: 'ATLASSIAN_API_TOKEN', trailing: /[A-Za-z0-9_=-]/ },
  { id: 'contentful-token', kind: 'Contentful personal access token', prefixes: ['CFPAT-'], pattern: /^CFPAT-[A-Za-z0-9_-]{43}/, confidence: 'high', envName: 'CONTENTFUL_MANAGEMENT_TOKEN', trailing: /[A-Za-z0-9_-]/ },
  { id: 'mapbox-secret-token', kind: 'Mapbox secret token', prefixes: ['sk.eyJ'], pattern: /^sk\.eyJ[A-Za-z0-9_-]{20,500}\.[A-Za-z0-9_-]{20,100}/, confidence: 'high', envName: 'MAPBOX_SECRET_TOKEN', trailing: /[A-Za-z0-9_-]/ },
  { id: 'mapbox-public-token', kind: 'Mapbox public token', prefixes: ['pk.eyJ'], pattern: /^pk\.eyJ[A-Za-z0-9_-]{20,500}\.[A-Za-z0-9_-]{20,100}/, confidence: 'low', envName: 'MAPBOX_TOKEN', publicByDesign: true, trailing: /[A-Za-z0-9_-]/ },
  // Developer platforms
  { id: 'postman-api-key', kind: 'Postman API key', prefixes: ['PMAK-'], pattern: /^PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}/, confidence: 'high', envName: 'POSTMAN_API_KEY' },
  { id: 'linear-api-key', kind: 'Linear API key', prefixes: ['lin_api_'], pattern: /^lin_api_[A-Za-z0-9]{40}/, confidence: 'high', envName: 'LINEAR_API_KEY' },
  { id: 'notion-token', kind: 'Notion integration token', prefixes: ['ntn_'], pattern: /^ntn_[0-9]{11}[A-Za-z0-9]{35}/, confidence: 'high', envName: 'NOTION_TOKEN' },
  { id: 'notion-legacy-token', kind: 'Notion integration token', prefixes: ['secret_'], pattern: /^secret_[A-Za-z0-9]{43}/, confidence: 'medium', envName: 'NOTION_TOKEN', keywords: ['notion'], minEntropy: 4 },
  { id: 'dockerhub-pat', kind: 'Docker Hub access token', prefixes: ['dckr_pat_', 'dckr_oat_'], pattern: /^dckr_(?:pat_[A-Za-z0-9_-]{27}|oat_[A-Za-z0-9_-]{32})/, confidence: 'high', envName: 'DOCKERHUB_TOKEN', trailing: /[A-Za-z0-9_-]/ },
  { id: 'supabase-access-token', kind: 'Supabase access token', prefixes: ['sbp_'], pattern: /^sbp_[a-f0-9]{40}/, confidence: 'high', envName: 'SUPABASE_ACCESS_TOKEN' },
  { id: 'supabase-secret-key', kind: 'Supabase secret key', prefixes: ['sb_secret_'], pattern: /^sb_secret_[A-Za-z0-9_-]{24,64}/, confidence: 'high', envName: 'SUPABASE_SECRET_KEY', trailing: /[A-Za-z0-9_-]/ },
  { id: 'supabase-publishable-key', kind: 'Supabase publishable key', prefixes: ['sb_publishable_'], pattern: /^sb_publishable_[A-Za-z0-9_-]{24,64}/, confidence: 'low', envName: 'SUPABASE_PUBLISHABLE_KEY', publicByDesign: true, trailing: /[A-Za-z0-9_-]/ },
  { id: 'sentry-org-token', kind: 'Sentry organization auth token', prefixes: ['sntrys_eyJ'], pattern: /^sntrys_eyJ[A-Za-z0-9+/=_-]{50,2000}/, confidence: 'high', envName: 'SENTRY_AUTH_TOKEN', trailing: /[A-Za-z0-9+/=_-]/ },
  { id: 'sentry-user-token', kind: 'Sentry user auth token', prefixes: ['sntryu_'], pattern: /^sntryu_[a-f0-9]{64}/, confidence: 'high', envName: 'SENTRY_AUTH_TOKEN' },
  { id: 'cloudflare-api-token', kind: 'Cloudflare API token', prefixes: ['cfk_', 'cfut_', 'cfat_'], pattern: /^cf(?:k|ut|at)_[A-Za-z0-9]{40}[a-f0-9]{8}/, confidence: 'high', envName: 'CLOUDFLARE_API_TOKEN' },
  { id: 'grafana-cloud-token', kind: 'Grafana Cloud API token', prefixes: ['glc_eyJ'], pattern: /^glc_eyJ[A-Za-z0-9+/]{29,400}={0,2}/, confidence: 'high', envName: 'GRAFANA_CLOUD_TOKEN', trailing: /[A-Za-z0-9+/=_]/ },
  { id: 'grafana-service-account-token', kind: 'Grafana service account token', prefixes: ['glsa_'], pattern: /^glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}/, confidence: 'high', envName: 'GRAFANA_SERVICE_ACCOUNT_TOKEN' },
  { id: 'vercel-token', kind: 'Vercel token', prefixes: ['vcp_', 'vci_', 'vck_', 'vca_', 'vcr_'], pattern: /^vc[pikar]_[A-Za-z0-9]{24,80}/, confidence: 'medium', envName: 'VERCEL_TOKEN', minEntropy: 3.5 },
  { id: 'figma-token', kind: 'Figma personal access token', prefixes: ['figd_'], pattern: /^figd_[A-Za-z0-9_-]{40,48}/, confidence: 'high', envName: 'FIGMA_TOKEN', trailing: /[A-Za-z0-9_-]/ },
  { id: 'tailscale-key', kind: 'Tailscale key', prefixes: ['tskey-'], pattern: /^tskey-[a-z]{3,8}-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64}/, confidence: 'high', envName: 'TS_AUTHKEY' },
  { id: 'onepassword-service-account-token', kind: '1Password service account token', prefixes: ['ops_eyJ'], pattern: /^ops_eyJ[A-Za-z0-9+/=_-]{100,4000}/, confidence: 'high', envName: 'OP_SERVICE_ACCOUNT_TOKEN', trailing: /[A-Za-z0-9+/=_-]/ },
  { id: 'azure-storage-account-key', kind: 'Azure storage account key', prefixes: ['AccountKey='], pattern: /^AccountKey=([A-Za-z0-9+/]{86}==)/, confidence: 'high', envName: 'AZURE_STORAGE_KEY', secretGroup: true, trailing: /[A-Za-z0-9+/=]/ },
  { id: 'azure-shared-access-key', kind: 'Azure shared access key', prefixes: ['SharedAccessKey='], pattern: /^SharedAccessKey=([A-Za-z0-9+/]{42,43}=)/, confidence: 'high', envName: 'AZURE_SHARED_ACCESS_KEY', secretGroup: true, trailing: /[A-Za-z0-9+/=]/ },
  { id: 'azure-ad-client-secret', kind: 'Azure AD client secret', prefixes: ['Q~'], lead: /[A-Za-z0-9_~.]{3}[0-9]$/, leadMaxLength: 4, pattern: /^Q~[A-Za-z0-9_~.-]{31,34}/, confidence: 'medium', envName: 'AZURE_CLIENT_SECRET', trailing: /[A-Za-z0-9_~.-]/, minEntropy: 3.5 },
  { id: 'pypi-token', kind: 'PyPI upload token', prefixes: ['pypi-AgEIcHlwaS5vcmc'], pattern: /^pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}/, confidence: 'high', envName: 'PYPI_TOKEN', trailing: /[A-Za-z0-9_-]/ },
  { id: 'age-secret-key', kind: 'age secret key', prefixes: ['AGE-SECRET-KEY-1'], pattern: /^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}/, confidence: 'high', envName: 'AGE_SECRET_KEY', checksum: isValidBech32 },
];

