// ❌ A server load runs on the server, but what it returns is serialized into the page: the secret key
// reaches every visitor. Return what the page needs (a session id), as safe-dashboard does.
import { STRIPE_SECRET_KEY } from '$env/static/private';
import { PUBLIC_STRIPE_PUBLISHABLE_KEY } from '$env/static/public';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  return { stripe: { publishableKey: PUBLIC_STRIPE_PUBLISHABLE_KEY, secretKey: STRIPE_SECRET_KEY } };
};
