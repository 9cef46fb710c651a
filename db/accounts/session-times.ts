/** How long a session lasts at most, from sign-in. */
export const sessionLength = 8 * 60 * 60 * 1000;
/** How long a session lasts unused. */
export const idleTimeout = 30 * 60 * 1000;
