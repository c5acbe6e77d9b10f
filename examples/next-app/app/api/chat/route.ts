// ✅ A Route Handler reads the OpenAI key on the server and streams only the answer.
import OpenAI from 'openai';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export async function POST(request: Request): Promise<Response> {
  const { prompt } = (await request.json()) as { prompt: string };
  const response = await openai.responses.create({ model: 'gpt-4.1-mini', input: prompt });
  return Response.json({ text: response.output_text });
}
