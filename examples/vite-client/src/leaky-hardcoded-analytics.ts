// Browser code with a server-side credential pasted in: anyone can read it from the bundle.
// Reported by secrets/no-hardcoded-secrets.
const ANALYTICS_API_SECRET = 'Pk8vN3qZ6xT9mW2rL5sY4bHc';

export async function track(event: string, properties: Record<string, unknown>): Promise<void> {
  await fetch('https://events.example.dev/v1/track', {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(`${ANALYTICS_API_SECRET}:`)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ event, properties }),
  });
}

export const adminClient = { username: 'admin', password: 'Jq4#wT8zN2@kV6xR' };
