// Types for start.mjs, which Node runs directly (so it is plain JavaScript).
export declare function electronBinary(electronDir: string, env?: NodeJS.ProcessEnv): string | null;
export declare const MISSING_ELECTRON_MESSAGE: string;
