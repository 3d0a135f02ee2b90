/** True under `astro dev` only: drafts and embargoed releases show, marked (src/integrations/drafts.ts). */
declare const __SHOW_DRAFTS__: boolean;
