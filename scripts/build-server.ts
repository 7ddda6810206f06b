import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SERVER_BUNDLE = `${ROOT}sync-server/dist/main.js`;

/** The server and the backup it runs on a schedule, each one file of plain JavaScript. */
const ENTRIES = { main: `${ROOT}sync-server/src/main.ts`, backup: `${ROOT}sync-server/src/ops/backup-cli.ts` };

/** Each of our modules keeps its own `import.meta.url` (version.ts, scheduled-backups.ts find files beside them). */
const sourceUrls: Plugin = {
  name: 'source-urls',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (args.path.includes('/node_modules/') || !source.includes('import.meta.url')) return undefined;
      const fromBundle = relative(dirname(SERVER_BUNDLE), args.path);
      return {
        contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`),
        loader: 'ts',
      };
    });
  },
};

/**
 * sync-server/src/main.ts (and the backup CLI) as one JavaScript file each for plain `node`: no
 * TypeScript loader in the server process nor its children (decision 0050). better-sqlite3 and pg
 * stay packages: the first loads a native addon, the second an optional one.
 */
export async function buildServer(): Promise<string> {
  const result = await build({
    entryPoints: ENTRIES,
    outdir: dirname(SERVER_BUNDLE),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'pg-native'],
    // The CommonJS packages inside the bundle call require().
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    plugins: [sourceUrls],
    write: false,
    logLevel: 'warning',
  });
  if (result.outputFiles.length !== Object.keys(ENTRIES).length) throw new Error('esbuild did not write every entry');
  mkdirSync(dirname(SERVER_BUNDLE), { recursive: true });
  for (const file of result.outputFiles) {
    // Written beside it, then renamed: test workers that build at once never start a half-written file.
    const partial = `${file.path}.${process.pid}.partial`;
    writeFileSync(partial, file.contents);
    renameSync(partial, file.path);
  }
  return SERVER_BUNDLE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = await buildServer();
  console.log(`built ${relative(process.cwd(), file)}`);
}
