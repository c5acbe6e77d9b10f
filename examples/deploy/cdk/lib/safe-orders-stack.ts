// The function gets the secret's ARN and read access, and fetches the value at run time; ECS injects the
// database password from Secrets Manager when the task starts.
import * as cdk from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

export class SafeOrdersStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const stripe = secretsmanager.Secret.fromSecretNameV2(this, 'Stripe', 'orders/stripe');
    const database = secretsmanager.Secret.fromSecretNameV2(this, 'Database', 'orders/db');

    const checkout = new lambda.Function(this, 'Checkout', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'checkout.handler',
      code: lambda.Code.fromAsset('dist/checkout'),
      environment: { STRIPE_SECRET_ARN: stripe.secretArn },
    });
    stripe.grantRead(checkout);

    const taskDefinition = new ecs.FargateTaskDefinition(this, 'Worker');
    taskDefinition.addContainer('worker', {
      image: ecs.ContainerImage.fromRegistry('acme/orders-worker'),
      secrets: { DB_PASSWORD: ecs.Secret.fromSecretsManager(database, 'password') },
    });

    new cdk.CfnOutput(this, 'CheckoutName', { value: checkout.functionName });
  }
}
