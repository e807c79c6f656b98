import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { type Router } from 'express';

export interface StaticPaths {
  /** The vite build output (`dist/`). */
  distDir: string;
  /** Our GLB models and other files, served at `/assets/`. */
  assetsDir: string;
}

/** Page routes and the built html each answers with (pages read ids and options from their URL). */
const PAGES: readonly [route: string, file: string][] = [
  ['/', 'index.html'],
  ['/hall/:id', 'hall.html'],
  ['/login', 'login.html'],
  ['/register', 'register.html'],
  ['/account', 'account.html'],
  ['/organizer/review', 'organizer-review.html'],
  ['/editor', 'editor.html'],
  ['/organizer/halls', 'organizer-halls.html'],
];

/**
 * Serves the built pages and the asset files. `/hall/<id>` answers with the hall page; the page
 * reads the id from its URL. Built JS under `/static/` has content hashes, so it is cached for a year.
 */
export function staticPages({ distDir, assetsDir }: StaticPaths): Router {
  const router = express.Router();
  const built = existsSync(resolve(distDir, 'index.html'));

  router.use(
    '/assets/models',
    express.static(resolve(assetsDir, 'models'), {
      immutable: false,
      maxAge: '1h',
      setHeaders: (res) => res.setHeader('X-Content-Type-Options', 'nosniff'),
    }),
  );
  router.use('/static', express.static(resolve(distDir, 'static'), { immutable: true, maxAge: '1y' }));

  if (!built) {
    router.get(
      PAGES.map(([route]) => route),
      (_req, res) => {
        res.status(503).type('text/plain').send('The pages are not built yet: run `npm run build` (or `npm start`, which builds first).');
      },
    );
    return router;
  }
  for (const [route, file] of PAGES) router.get(route, (_req, res) => res.sendFile(resolve(distDir, file)));
  router.use(express.static(distDir, { index: false, maxAge: 0 }));
  return router;
}
