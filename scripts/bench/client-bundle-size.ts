import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  /** Everything the service worker precaches: what a tablet downloads once. */
  precache: { files: number; bytes: number; gzipBytes: number };
  /** What the first screen needs: index.html, its entry script, the chunks it preloads, its CSS. */
  shell: { files: string[]; gzipBytes: number };
  /** One language's messages for one app (client/locales/), loaded after the shell: only the chosen language's. */
  catalogs: { app: string; language: string; gzipBytes: number }[];
}

/** The enumerator shell must stay under this, gzipped: what a tablet fetches before it can work offline. */
export const SHELL_BUDGET_GZIP_BYTES = 150 * 1024;

const gzipSize = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Reads the precache list from the built sw.js, so the number is what the worker really fetches. */
function precachedUrls(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '').filter((url) => url !== '');
}

const CATALOG_CHUNK = /^(tablet|staff)-catalog-(.+)-[\w-]{8}\.js$/;

function catalogChunks(dist: string): BundleSize['catalogs'] {
  return readdirSync(join(dist, 'assets'))
    .flatMap((name) => {
      const [, app, language] = CATALOG_CHUNK.exec(name) ?? [];
      return app && language ? [{ app, language, gzipBytes: gzipSize(join(dist, 'assets', name)) }] : [];
    })
    .sort((a, b) => a.app.localeCompare(b.app) || a.language.localeCompare(b.language));
}

export function measureBundle(dist: string): BundleSize {
  const urls = precachedUrls(dist);
  const precached = urls.length > 0 ? urls.map((url) => join(dist, url)) : filesUnder(dist);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const shell = ['index.html', ...referenced];
  return {
    precache: {
      files: precached.length,
      bytes: precached.reduce((sum, file) => sum + statSync(file).size, 0),
      gzipBytes: precached.reduce((sum, file) => sum + gzipSize(file), 0),
    },
    shell: {
      files: shell.map((file) => relative(dist, join(dist, file))),
      gzipBytes: shell.reduce((sum, file) => sum + gzipSize(join(dist, file)), 0),
    },
    catalogs: catalogChunks(dist),
  };
}
