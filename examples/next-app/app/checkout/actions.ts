'use server';

// ✅ A Server Action: the secret key stays on the server; the browser gets only the checkout URL.
import Stripe from 'stripe';

export async function createCheckout(priceId: string): Promise<string> {
  const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
  const session = await stripe.checkout.sessions.create({ line_items: [{ price: priceId, quantity: 1 }], mode: 'payment' });
  return session.url!;
}
