// Secrets unwrapped while synthesizing: CloudFormation resolves them at deploy time and stores them in clear
// in the function's configuration, the task definition and the stack's outputs.
import * as cdk from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

export class LeakyOrdersStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const stripe = secretsmanager.Secret.fromSecretNameV2(this, 'Stripe', 'orders/stripe');
    const database = secretsmanager.Secret.fromSecretNameV2(this, 'Database', 'orders/db');

    const checkout = new lambda.Function(this, 'Checkout', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'checkout.handler',
      code: lambda.Code.fromAsset('dist/checkout'),
      environment: { STRIPE_SECRET_KEY: stripe.secretValue.unsafeUnwrap() },
    });

    const taskDefinition = new ecs.FargateTaskDefinition(this, 'Worker');
    taskDefinition.addContainer('worker', {
      image: ecs.ContainerImage.fromRegistry('acme/orders-worker'),
      environment: { DB_PASSWORD: database.secretValueFromJson('password').unsafeUnwrap() },
    });

    new cdk.CfnOutput(this, 'CheckoutName', { value: checkout.functionName });
  }
}
