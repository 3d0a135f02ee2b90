/**
 * How long a browser test waits for what the page or the service worker does before calling it
 * failed. Waits end as soon as their condition holds, so a generous limit costs nothing on a
 * quiet machine and keeps a loaded one (a build beside the suite, CI's shared cores) from
 * failing a test that would have passed.
 */
export const patience = 30_000;
