// ❌ NEXT_PUBLIC_ inlines the key into every page that imports this module: any visitor can read it.
import OpenAI from 'openai';

export const openai = new OpenAI({
  apiKey: process.env.NEXT_PUBLIC_OPENAI_API_KEY,
  dangerouslyAllowBrowser: true,
});
