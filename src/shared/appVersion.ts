// Replaced at build (and test) time by vite.config.ts from package.json.
declare const __APP_VERSION__: string;

/** This app's version, recorded in exported model bundles. */
export const APP_VERSION: string = __APP_VERSION__;
