// ✅ `server-only` makes the build fail if a client component ever imports this module.
import 'server-only';
import OpenAI from 'openai';

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
