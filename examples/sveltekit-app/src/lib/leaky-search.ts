// ❌ PUBLIC_ variables are inlined into the client: an admin key must never carry the prefix.
import { PUBLIC_SEARCH_ADMIN_KEY } from '$env/static/public';

export const searchHeaders = { 'x-admin-key': PUBLIC_SEARCH_ADMIN_KEY };
