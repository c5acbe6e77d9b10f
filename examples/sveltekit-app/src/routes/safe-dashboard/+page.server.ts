// ✅ A server load: private env stays on the server and only the data goes to the page.
import { ANALYTICS_API_TOKEN } from '$env/static/private';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
  const response = await fetch('https://analytics.example.com/stats', { headers: { authorization: `Bearer ${ANALYTICS_API_TOKEN}` } });
  return { stats: await response.json() };
};
