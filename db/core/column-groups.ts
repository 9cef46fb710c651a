/**
 * Column groups that several tables share (who sent it, its moderation state, what it cost),
 * written once for both engines. Each engine's schema passes a kit: the one-line builder for each
 * kind of column in its own dialect. The group decides the columns' names and kinds; the kit only
 * how a kind is spelt, so the two schemas cannot disagree on a group (and db/core/schema.test.ts
 * compares everything else).
 */
type Builder = (name: string) => unknown;

export type ColumnKit = {
  /** Text that may be missing. */
  text: Builder;
  /** Text that may be missing, unique where present. */
  uniqueText: Builder;
  /** A yes or no that may be missing. */
  flag: Builder;
  /** A whole number that may be missing. */
  integer: Builder;
  /** A number with a fraction that may be missing. */
  number: Builder;
  /** A whole number that starts at 1. */
  version: Builder;
  /** A moderation status, pending to begin with. */
  status: Builder;
  /** A point in time that must be given. */
  requiredTime: Builder;
  /** A point in time that may be missing. */
  time: Builder;
  /** How often a running cost is paid (costPeriods). */
  costPeriod: Builder;
  /** Over what period staff time is counted (staffTimePeriods). */
  staffPeriod: Builder;
};

/** A kit's builder for one kind, with the type the engine's dialect gives it. */
const column = <Kit extends ColumnKit, Kind extends keyof ColumnKit>(
  kit: Kit,
  kind: Kind,
  name: string,
) => kit[kind](name) as ReturnType<Kit[Kind]>;

/** Who sent it, and whether their details may be shown. */
export const contactColumns = <Kit extends ColumnKit>(kit: Kit) => ({
  contactName: column(kit, "text", "contact_name"),
  contactEmail: column(kit, "text", "contact_email"),
  /** Whether to show the name and email address on the published page. */
  contactConsent: column(kit, "flag", "contact_consent"),
  /** Whether staff may send messages through the site, forwarded to the email address unseen. */
  contactForwarding: column(kit, "flag", "contact_forwarding"),
  /** Whether the sender asked to be emailed when it is received and when a moderator decides. */
  emailUpdates: column(kit, "flag", "email_updates"),
});

/**
 * Where it is in moderation: the form's one-off key, the version two moderators cannot overwrite
 * each other's work past, the status and when it was sent, changed and published.
 */
export const moderatedColumns = <Kit extends ColumnKit>(kit: Kit) => ({
  /** Sent with the form, so a refresh or double click finds the first copy instead of a second. */
  submissionKey: column(kit, "uniqueText", "submission_key"),
  /** Goes up with every change, so two moderators cannot overwrite each other unawares. */
  version: column(kit, "version", "version"),
  status: column(kit, "status", "status"),
  createdAt: column(kit, "requiredTime", "created_at"),
  updatedAt: column(kit, "requiredTime", "updated_at"),
  /** When it was added to the public catalogue. */
  publishedAt: column(kit, "time", "published_at"),
});

/** What the work cost, each part optional; amounts in whole pounds sterling. */
export const resourceColumns = <Kit extends ColumnKit>(kit: Kit) => ({
  oneOffCost: column(kit, "integer", "one_off_cost"),
  runningCost: column(kit, "integer", "running_cost"),
  runningCostPeriod: column(kit, "costPeriod", "running_cost_period"),
  staffHours: column(kit, "number", "staff_hours"),
  staffHoursPeriod: column(kit, "staffPeriod", "staff_hours_period"),
});
