'use client';

// ✅ The client component calls the Server Action and reads only a public-by-design key.
import { loadStripe } from '@stripe/stripe-js';
import { createCheckout } from './actions';

const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

export function SafePayButton({ priceId }: { priceId: string }) {
  const pay = async () => {
    await stripePromise;
    window.location.assign(await createCheckout(priceId));
  };
  return <button onClick={pay}>Pay</button>;
}
