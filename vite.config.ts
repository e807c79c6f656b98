import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, 'app');

/** In dev, `/hall/<id>` serves hall.html, as the Express server does in production. */
function hallRoutes(): Plugin {
  return {
    name: 'open-expo-hall-routes',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        // Hall ids are slugs (no dots), so module requests like /hall-main.ts never match.
        if (req.url && /^\/hall\/[a-z0-9-]+\/?(\?|$)/.test(req.url)) req.url = '/hall.html';
        next();
      });
    },
  };
}

/** In dev (`npm run dev`), the API and rooms live on the Node server (`npm run serve`). */
const devServer = process.env.EXPO_SERVER ?? 'http://localhost:8080';

export default defineConfig(({ command }) => ({
  root,
  // Room sockets go straight to the Node server in dev: their paths (/<process>/<room>) can't be proxied by prefix.
  define: command === 'serve' ? { 'import.meta.env.VITE_ROOM_ORIGIN': JSON.stringify(devServer) } : {},
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
      '/api/': devServer,
      '/assets/': devServer,
    },
  },
}));
