'use client';

// ❌ A client component creates the Stripe client with the secret key. Next.js bundles this file for the
// browser: the key is `undefined` there, or leaks the day someone "fixes" that with NEXT_PUBLIC_.
import Stripe from 'stripe';

export function LeakyPayButton({ priceId }: { priceId: string }) {
  const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
  const pay = async () => {
    const session = await stripe.checkout.sessions.create({ line_items: [{ price: priceId, quantity: 1 }], mode: 'payment' });
    window.location.assign(session.url!);
  };
  return <button onClick={pay}>Pay</button>;
}
