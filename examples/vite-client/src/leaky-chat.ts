// ❌ VITE_ variables are inlined into the bundle: this ships the OpenAI key to every visitor.
export async function leakyAsk(prompt: string): Promise<string> {
  const response = await fetch('https://api.openai.com/v1/responses', {
    method: 'POST',
    headers: { authorization: `Bearer ${import.meta.env.VITE_OPENAI_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4.1-mini', input: prompt }),
  });
  return ((await response.json()) as { output_text: string }).output_text;
}

// ❌ Without the prefix the value is `undefined` in the browser: the secret does not belong here either.
export const adminToken = import.meta.env.ADMIN_API_TOKEN;
