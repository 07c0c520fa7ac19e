import packageJson from '../package.json';

/** The one place the version comes from; esbuild inlines it into each bundle. */
export const appVersion: string = packageJson.version;
