import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, 'app');

/** In dev, `/hall/<id>` serves hall.html, as the Express server does in production. */
function hallRoutes(): Plugin {
  return {
    name: 'open-expo-hall-routes',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url && /^\/hall\/[^/?#]+/.test(req.url)) req.url = '/hall.html';
        next();
      });
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  plugins: [hallRoutes()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    // `assets/` is the URL of our GLB models; built JS and CSS live under `/static/`.
    assetsDir: 'static',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        lobby: resolve(root, 'index.html'),
        hall: resolve(root, 'hall.html'),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:8080',
      '/assets': 'http://localhost:8080',
      '/colyseus': { target: 'ws://localhost:8080', ws: true },
    },
  },
});
