// ✅ Only public values go through `env`; secrets are read with process.env in server code.
/** @type {import('next').NextConfig} */
const nextConfig = {
  env: {
    SITE_URL: process.env.SITE_URL,
  },
};

export default nextConfig;
