// ✅ `$lib/server` cannot be imported by client code; the admin key stays here.
import { SEARCH_ADMIN_KEY } from '$env/static/private';

export const searchHeaders = { 'x-admin-key': SEARCH_ADMIN_KEY };
