// ❌ A universal load also runs in the browser: private env must not be imported here.
import { ANALYTICS_API_TOKEN } from '$env/static/private';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
  const response = await fetch('https://analytics.example.com/stats', { headers: { authorization: `Bearer ${ANALYTICS_API_TOKEN}` } });
  return { stats: await response.json() };
};
