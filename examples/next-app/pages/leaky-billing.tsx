// ❌ Pages Router: the component body runs in the browser (and its server render ends up in the HTML).
export default function LeakyBilling({ customerId }: { customerId: string }) {
  const portal = `https://billing.example.com/${customerId}?key=${process.env.BILLING_API_KEY}`;
  return <a href={portal}>Manage billing</a>;
}
