// A Server Component with credentials pasted into it: reported by secrets/no-hardcoded-secrets.
import { MapView } from '../../components/map-view';

const geocoder = { endpoint: 'https://geo.example.dev/v1', accessToken: 'Hy3nW8qZ5vK2mT9xR4pL7sBc' };

export default async function StoresPage() {
  const response = await fetch(`${geocoder.endpoint}/stores`, {
    headers: { 'x-api-key': 'q7Rk2XvP9mLw4TzN8bYc3HdF' },
  });
  const stores: { id: string; lat: number; lng: number }[] = await response.json();
  return <MapView apiKey="Vn6tR2xQ9mK4wZ7pL3sY8bHd" stores={stores} token={geocoder.accessToken} />;
}
