import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, 'app');

/** Page routes → their html, as `server/static-pages.ts` serves them in production. */
const PAGE_ROUTES: readonly [RegExp, string][] = [
  // Hall ids are slugs (no dots), so module requests like /hall-main.ts never match.
  [/^\/hall\/[a-z0-9-]+\/?(\?|$)/, '/hall.html'],
  [/^\/login\/?(\?|$)/, '/login.html'],
  [/^\/register\/?(\?|$)/, '/register.html'],
  [/^\/account\/?(\?|$)/, '/account.html'],
  [/^\/organizer\/review\/?(\?|$)/, '/organizer-review.html'],
  [/^\/editor\/?(\?|$)/, '/editor.html'],
  [/^\/organizer\/halls\/?(\?|$)/, '/organizer-halls.html'],
];

/** In dev, `/hall/<id>`, `/login`… serve their pages, as the Express server does in production. */
function pageRoutes(): Plugin {
  return {
    name: 'open-expo-page-routes',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const url = req.url;
        const route = url ? PAGE_ROUTES.find(([pattern]) => pattern.test(url)) : undefined;
        // Keep the query (`?lang=`, `?expo=`): the page reads it from `location`, vite ignores it.
        if (url && route) req.url = route[1] + (url.includes('?') ? url.slice(url.indexOf('?')) : '');
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
  plugins: [pageRoutes()],
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
        login: resolve(root, 'login.html'),
        register: resolve(root, 'register.html'),
        account: resolve(root, 'account.html'),
        organizerReview: resolve(root, 'organizer-review.html'),
        editor: resolve(root, 'editor.html'),
        organizerHalls: resolve(root, 'organizer-halls.html'),
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
