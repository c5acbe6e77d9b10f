/**
 * Messages of secrets/no-deploy-time-secrets. Every one says what the deploy (or the CI runner) does with the
 * secret, who can then read it, and what to do instead. None contains a secret: only names of secrets,
 * parameters and environment variables.
 */

const MODEL = 'is resolved at deploy time and stored in clear';

export const MESSAGES = {
  functionEnvironment:
    `{{what}} ${MODEL} in the function's environment variables: anyone who can read the function's configuration or the deployment template reads it, and rotating it needs a redeploy. Pass the secret's name or ARN instead and fetch the value at run time (Lambda Powertools Parameters, or the AWS Parameters and Secrets Lambda Extension), granting the function read access{{grant}}.`,
  containerEnvironment:
    `{{what}} ${MODEL} in the container's environment in the task definition: anyone who can describe the task definition reads it, and rotating it needs a redeploy. Use the container's secrets instead ({{correct}}): ECS fetches the value when the task starts.`,
  kubernetesEnvironment:
    `{{what}} ${MODEL} in the container's environment in the pod spec: anyone who can read the workload's manifest reads it, and rotating it needs a redeploy. Put it in a Kubernetes Secret and reference it with valueFrom.secretKeyRef.`,
  buildEnvironment:
    `{{what}} ${MODEL} in a plaintext CodeBuild environment variable: anyone who can read the project reads it. Use a variable of type SECRETS_MANAGER (or PARAMETER_STORE) with the secret's name instead, which CodeBuild resolves when the build runs.`,
  userData:
    `{{what}} ${MODEL} in the instance's user data: anyone who can describe the instance or read the template reads it. Fetch it on the instance at boot instead, with an instance role allowed to read it.`,
  stackOutput:
    `{{what}} ${MODEL} as a stack output: anyone who can describe the stack reads it. Output the secret's name or ARN instead.`,
  tag: `{{what}} ${MODEL} in a tag: anyone who can list the resource's tags reads it. Tag with the secret's name instead.`,
  template:
    '{{what}} is decrypted when you deploy and written in clear into the CloudFormation template the framework uploads: anyone who can read the stack\'s template or the deployment bucket reads it. Use a CloudFormation dynamic reference (resolve:secretsmanager or resolve:ssm-secure) where the property supports one, or pass the name and fetch the value at run time.',
  secretInRun:
    'secrets.{{name}} is pasted into the text of this run script before the shell starts: a quote or $( in the value runs as code, and copies the script makes of it (encoded, split) are not masked in logs. Pass it through env: ({{envName}}: ${{ secrets.{{name}} }}) and use {{envRef}} in the script.',
  secretInScript:
    'secrets.{{name}} is pasted into the text of this github-script before it runs: a quote in the value breaks or changes the script, and copies of it are not masked in logs. Pass it through env: and read process.env.{{name}}.',
  allSecrets:
    'toJSON(secrets) hands every secret of the repository to this step, and GitHub masks each secret only where it appears verbatim. Pass only the secrets the step needs, one by one.',
  unmaskedJsonField:
    'fromJSON(secrets.{{name}}) picks fields out of a JSON secret: GitHub masks the secret as a whole, not the fields taken out of it, so their values are printed in clear wherever they reach the log. Store each field as a secret of its own.',
  encodedSecret:
    '{{name}} is piped through {{command}} and the result {{where}}: GitHub masks a secret\'s exact value only, so the transformed copy appears in clear. Do not print or export transformed secrets; if you must, register the result with ::add-mask:: first.',
  inheritSecrets:
    'secrets: inherit passes every secret of this repository to {{workflow}}, which belongs to {{owner}}{{repository}}. Pass only the secrets it needs under secrets:, or list {{owner}} in the trustedOwners option if it is your own organisation.',
  passThroughEnv: 'Pass the secret through env: as {{envName}} and use {{envRef}} in the script.',
  moveToEcsSecrets: 'Move {{envName}} to the container\'s secrets as {{replacement}}.',
  passSecretArn:
    'Pass the secret\'s ARN as {{envName}} and grant the function read access with {{grant}}; the function must then fetch the value at run time.',
} as const;

export type MessageIds = keyof typeof MESSAGES;
