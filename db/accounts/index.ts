/**
 * The people who run the catalogue: accounts and roles, sign-in with its per-account throttle,
 * sessions, invitations, the second factor and each account's history.
 */
export * from "./moderators";
export * from "./sessions";
export * from "./sign-in";
export * from "./invitations";
export * from "./single-sign-on";
export {
  codeStep,
  enrolSecondFactor,
  hasSecondFactor,
  newSecondFactorKey,
  removeSecondFactor,
  secondFactorUri,
} from "./second-factor";
