// ✅ getServerSideProps runs only on the server; Next.js strips it, and code used only by it, from the bundle.
import type { GetServerSideProps } from 'next';

const billingHeaders = { authorization: `Bearer ${process.env.BILLING_API_KEY}` };

export const getServerSideProps: GetServerSideProps = async (context) => {
  const response = await fetch(`https://billing.example.com/portal/${String(context.query.customer)}`, { headers: billingHeaders });
  const { url } = (await response.json()) as { url: string };
  return { props: { portal: url } };
};

export default function SafeBilling({ portal }: { portal: string }) {
  return <a href={portal}>Manage billing</a>;
}
