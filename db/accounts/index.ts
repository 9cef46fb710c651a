/**
 * The people who run the catalogue: accounts and roles, sign-in with its per-account throttle,
 * sessions, invitations and each account's history.
 */
export * from "./moderators";
export * from "./sessions";
export * from "./sign-in";
export * from "./invitations";
