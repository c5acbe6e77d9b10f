// Nitro server route: the geocoder key stays on the server, read from private runtime config.
export default defineEventHandler(async () => {
  const { geocoderKey } = useRuntimeConfig();
  return $fetch('https://geo.example.dev/v1/stores', { headers: { 'x-api-key': geocoderKey } });
});
