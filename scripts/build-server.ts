import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SERVER_BUNDLE = `${ROOT}sync-server/dist/main.js`;

/** Each of our modules keeps its own `import.meta.url` (version.ts, scheduled-backups.ts find files beside them). */
const sourceUrls: Plugin = {
  name: 'source-urls',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (args.path.includes('/node_modules/') || !source.includes('import.meta.url')) return undefined;
      const fromBundle = relative(dirname(SERVER_BUNDLE), args.path);
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

/**
 * sync-server/src/main.ts as one JavaScript file for plain `node`: no TypeScript loader in the
 * server process (decision 0050). better-sqlite3 stays a package: it loads a native addon.
 */
export async function buildServer(): Promise<string> {
  const result = await build({
    entryPoints: [`${ROOT}sync-server/src/main.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    // The CommonJS packages inside the bundle call require().
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    plugins: [sourceUrls],
    write: false,
    logLevel: 'warning',
  });
  const [bundle] = result.outputFiles;
  if (!bundle) throw new Error('esbuild wrote nothing');
  mkdirSync(dirname(SERVER_BUNDLE), { recursive: true });
  // Written beside it, then renamed: test workers that build at once never start a half-written file.
  const partial = `${SERVER_BUNDLE}.${process.pid}.partial`;
  writeFileSync(partial, bundle.contents);
  renameSync(partial, SERVER_BUNDLE);
  return SERVER_BUNDLE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = await buildServer();
  console.log(`built ${relative(process.cwd(), file)}`);
}
