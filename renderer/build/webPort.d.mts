// Types for webPort.mjs, which Node runs directly (so it is plain JavaScript).
export declare const DEFAULT_WEB_PORT: number;
export declare const WEB_HOST: string;
export declare function webPort(env?: NodeJS.ProcessEnv): number;
export declare function portIsFree(port: number, host?: string): Promise<boolean>;
export declare function portInUseMessage(port: number, freePort: number | null): string;
export declare function checkWebPort(
  env?: NodeJS.ProcessEnv,
  host?: string,
): Promise<{ ok: true; port: number } | { ok: false; message: string }>;
