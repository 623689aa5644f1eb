import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** Files of `public/` the app loads, which are copied to the build rather than bundled. */
const publicFiles = ['favicon.svg', 'boot.css'];

/**
 * Emits `precache-manifest.js` for the service worker (`public/sw.js`): every file of the build and
 * a version that changes whenever any of their contents does. Because the worker imports it, a new
 * build is a new worker to the browser, which installs the new files under a new cache name.
 */
export function precacheManifestPlugin(): Plugin {
  return {
    name: 'meridian-precache-manifest',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((file) => !file.endsWith('.map')).sort();
      const hash = createHash('sha256');
      for (const file of files) {
        const output = bundle[file];
        if (output) hash.update(file).update(output.type === 'chunk' ? output.code : output.source);
      }
      const manifest = { version: hash.digest('hex').slice(0, 12), urls: ['./', ...files.filter((file) => file !== 'index.html'), ...publicFiles].map((file) => (file === './' ? file : `./${file}`)) };
      this.emitFile({ type: 'asset', fileName: 'precache-manifest.js', source: `self.meridianPrecache = ${JSON.stringify(manifest)};\n` });
    },
  };
}
