interface ImportMetaEnv {
  /** Set from package.json by client/vite.config.ts; absent under vitest. */
  readonly VITE_APP_VERSION?: string;
}
