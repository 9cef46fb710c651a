import { env } from "@/env";
import * as postgres from "@/db/postgres/schema";
import * as sqlite from "@/db/sqlite/schema";

/**
 * The tables of the engine this process runs on, chosen once by DATABASE_URL. Both engines'
 * tables have the same names, columns and relations, so every function in db/ is written once,
 * against these; the types are the SQLite schema's, which the PostgreSQL one matches.
 */
const active = (env.DATABASE_URL
  ? postgres
  : sqlite) as unknown as typeof sqlite;

export const {
  examples,
  adoptionReports,
  exampleClaims,
  outcomes,
  measures,
  measurePoints,
  themes,
  exampleThemes,
  surveyStatements,
  statementThemes,
  slugRedirects,
  moderators,
  moderatorSessions,
  signInSteps,
  moderationEvents,
  signInThrottles,
  moderatorInvitations,
  accountEvents,
  recoveryCodes,
  outbox,
  messageBodies,
  subscriptions,
  alertLinks,
  forwardingStopLinks,
  mailJobs,
  searchCounts,
  searchOpens,
  searchSynonyms,
  exampleContacts,
  exampleViews,
  exampleAppearances,
} = active;

/** Every table and relation, for drizzle's relational queries. */
export const activeSchema = active;

export type {
  AdoptionReport,
  Example,
  ExampleClaim,
  FieldChanges,
  ModerationEvent,
  Moderator,
  NewAdoptionReport,
  NewExample,
  NewSurveyStatement,
  NewTheme,
  Measure,
  MeasurePoint,
  Outcome,
  OutboxMessage,
  Subscription,
  AlertFilters,
  SurveyStatement,
  Theme,
} from "@/db/sqlite/schema";
