import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicy.ts';
import { precacheManifestPlugin } from './scripts/precacheManifest.ts';
import { defaultRelayPort, relayPath } from './src/collab/relayUrl.ts';

// `npm start` finds a running `npx meridian relay` (or `classroom`): the app's websocket to /relay on
// its own origin is passed on to it, so the page talks to one origin in development as in a class.
const relayProxy = { [relayPath]: { target: `ws://127.0.0.1:${process.env.MERIDIAN_RELAY_PORT ?? defaultRelayPort}`, ws: true } };

export default defineConfig({
  plugins: [react(), contentSecurityPolicyPlugin(), precacheManifestPlugin()],
  server: {
    port: 5173,
    strictPort: true,
    host: '127.0.0.1',
    proxy: relayProxy,
    // Transform the app's whole import graph (and the engine worker's) as soon as the server starts,
    // rather than one request at a time once the first page asks: `npm start`'s first load waits on
    // far fewer round trips (bench/devFirstLoad.mjs).
    // The panels loaded on demand (src/panels/onDemandPanels.tsx) are warmed too: a dynamic import is
    // not followed, and the first Compare or Templates click would wait seconds for their transforms.
    warmup: {
      clientFiles: [
        './src/app/main.tsx',
        './src/worker/engine.worker.ts',
        './src/panels/compare/CompareView.tsx',
        './src/panels/chaos/ChaosPanel.tsx',
        './src/panels/lessons/LessonsPanel.tsx',
        './src/panels/templates/TemplateGallery.tsx',
        './src/panels/method/DocPageView.tsx',
        './src/charts/plots.ts',
      ],
    },
  },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1', proxy: relayProxy },
  worker: { format: 'es' },
  // Pre-bundle every runtime dependency up front: deps first met in a worker or a lazily opened
  // panel would otherwise make the dev server re-optimize and reload the page mid-session (and mid-e2e).
  // The list is complete (src/app/optimizedDeps.test.ts checks it), so the dev server skips crawling
  // the sources for more: a cold `npm start` paints sooner (bench/devFirstLoad.mjs).
  optimizeDeps: {
    noDiscovery: true,
    include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime', '@xyflow/react', 'zustand', 'zustand/react/shallow', 'zod', 'comlink', 'idb-keyval', 'lucide-react', 'recharts', 'lz-string', 'html-to-image', 'react-markdown', 'remark-gfm', 'elkjs/lib/elk.bundled.js', 'yjs', '@hocuspocus/provider', 'uqr', '@noble/hashes/sha2.js'],
  },
});
