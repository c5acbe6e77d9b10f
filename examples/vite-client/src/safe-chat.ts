// ✅ The browser calls your own backend, which holds the key; only public-by-design values are inlined.
import { createClient } from '@supabase/supabase-js';

export const supabase = createClient(import.meta.env.VITE_SUPABASE_URL, import.meta.env.VITE_SUPABASE_ANON_KEY);

export async function safeAsk(prompt: string): Promise<string> {
  const response = await fetch('/api/chat', { method: 'POST', body: JSON.stringify({ prompt }) });
  return ((await response.json()) as { text: string }).text;
}
