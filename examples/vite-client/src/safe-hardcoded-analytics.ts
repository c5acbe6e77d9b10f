// The same analytics client as leaky-hardcoded-analytics.ts: the browser sends events to our own backend,
// which holds the write key; nothing secret is compiled into the bundle. Public ids are fine in code.
const ANALYTICS_SITE_ID = 'G-EXAMPLE123';

export async function track(event: string, properties: Record<string, unknown>): Promise<void> {
  await fetch('/api/track', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ siteId: ANALYTICS_SITE_ID, event, properties }),
  });
}

export const adminLoginForm = { usernameLabel: 'Username', passwordLabel: 'Password', passwordPlaceholder: '••••••••' };
