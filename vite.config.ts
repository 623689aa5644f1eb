import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicy';
import { precacheManifestPlugin } from './scripts/precacheManifest';

export default defineConfig({
  plugins: [react(), contentSecurityPolicyPlugin(), precacheManifestPlugin()],
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  worker: { format: 'es' },
});
