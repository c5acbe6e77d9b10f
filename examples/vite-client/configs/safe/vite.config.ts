// ✅ All variables are available to the dev-server proxy, which runs in Node; `define` inlines public values only.
import { defineConfig, loadEnv } from 'vite';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  return {
    define: { __APP_VERSION__: JSON.stringify(env.npm_package_version) },
    server: { proxy: { '/api': { target: env.BACKEND_URL, changeOrigin: true } } },
  };
});
