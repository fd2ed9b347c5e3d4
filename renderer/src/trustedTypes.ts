// Trusted Types, which the page's Content-Security-Policy requires for every script sink: the one
// policy lets a script URL through only when it is the app's own (its workers), and turns no
// string into HTML or script, so a string that reached such a sink by mistake is refused, not run.

/** The part of the Trusted Types API used here (TypeScript's DOM library does not declare it). */
interface TrustedTypesWindow {
  location: Pick<Location, 'href' | 'origin'>;
  trustedTypes?: {
    defaultPolicy: unknown;
    createPolicy(name: 'default', rules: { createScriptURL(url: string): string | null }): unknown;
  };
}

/** Installs the page's default policy, once; without Trusted Types (jsdom) there is nothing to do. */
export function trustOnlyOwnScripts(win: TrustedTypesWindow): void {
  const factory = win.trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy('default', {
    createScriptURL: (url) => (new URL(url, win.location.href).origin === win.location.origin ? url : null),
  });
}
