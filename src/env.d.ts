/**
 * True under `astro dev` only: drafts and embargoed releases show, marked, and pages carry no
 * security policy (src/integrations/dev-server.ts).
 */
declare const __DEV_SERVER__: boolean;
