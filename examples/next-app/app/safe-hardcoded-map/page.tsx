// The same Server Component as leaky-hardcoded-map/page.tsx: credentials come from the server environment
// (Server Components never ship to the browser); public values and labels stay in code.
import { MapView } from '../../components/map-view';

const geocoder = { endpoint: 'https://geo.example.dev/v1', accessToken: process.env.GEOCODER_ACCESS_TOKEN };

export default async function StoresPage() {
  const response = await fetch(`${geocoder.endpoint}/stores`, {
    headers: { 'x-api-key': process.env.STORES_API_KEY ?? '' },
  });
  const stores: { id: string; lat: number; lng: number }[] = await response.json();
  return (
    <section className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-8 md:flex-row">
      <label htmlFor="search">Search stores</label>
      <input id="search" type="search" placeholder="City or postcode" />
      <MapView apiKey={process.env.MAP_API_KEY} stores={stores} token={geocoder.accessToken} />
    </section>
  );
}
