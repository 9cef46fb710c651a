import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import {
  accountActions,
  careSettings,
  evidenceLevels,
  measureDirections,
  exampleStatuses,
  messageStatuses,
  alertFrequencies,
  mailJobKinds,
  moderationActions,
  moderatorRoles,
  secondSteps,
  regions,
  stages,
} from "@/db/options";

/**
 * Every CHECK each table has, by name, written once: both engines' schemas declare exactly these
 * (db/core/schema.test.ts compares them with each other and with the live databases). Only how a
 * reference's form is checked differs, so each engine gives its own pattern.
 */

/** How an engine checks that a reference is its prefix, a hyphen and four or more digits. */
export type ReferencePattern = (column: AnyColumn, prefix: "IX" | "TR") => SQL;

type Columns<Name extends string> = Record<Name, AnyColumn>;

/** A CHECK that a column holds one of a fixed list, so bad data cannot get in by any route. */
function inList(column: AnyColumn, values: readonly string[]) {
  return sql`${column} IN (${sql.raw(values.map((value) => `'${value}'`).join(", "))})`;
}

const optionalInList = (column: AnyColumn, values: readonly string[]) =>
  sql`${column} IS NULL OR ${inList(column, values)}`;

type CostColumn =
  | "oneOffCost"
  | "runningCost"
  | "runningCostPeriod"
  | "staffHours"
  | "staffHoursPeriod";

/** Amounts within bounds, and a period with every running amount (resourceColumns). */
const costsCheck = (table: Columns<CostColumn>) =>
  sql`coalesce(${table.oneOffCost}, 0) BETWEEN 0 AND 1000000000
      AND coalesce(${table.runningCost}, 0) BETWEEN 0 AND 1000000000
      AND coalesce(${table.staffHours}, 0) BETWEEN 0 AND 1000000
      AND (${table.runningCost} IS NULL) = (${table.runningCostPeriod} IS NULL)
      AND (${table.staffHours} IS NULL) = (${table.staffHoursPeriod} IS NULL)`;

export const tableChecks = {
  examples: (
    table: Columns<
      | "status"
      | "careSetting"
      | "region"
      | "reference"
      | "stage"
      | "evidence"
      | "publishedReportCount"
      | CostColumn
    >,
    reference: ReferencePattern,
  ) => ({
    examples_status_check: inList(table.status, exampleStatuses),
    examples_care_setting_check: optionalInList(
      table.careSetting,
      Object.keys(careSettings),
    ),
    examples_region_check: optionalInList(table.region, Object.keys(regions)),
    examples_reference_check: reference(table.reference, "IX"),
    examples_stage_check: optionalInList(table.stage, Object.keys(stages)),
    examples_evidence_check: optionalInList(
      table.evidence,
      Object.keys(evidenceLevels),
    ),
    examples_costs_check: costsCheck(table),
    // Kept by triggers from published reports, so never below nothing.
    examples_report_count_check: sql`${table.publishedReportCount} >= 0`,
  }),
  adoptionReports: (
    table: Columns<
      | "status"
      | "careSetting"
      | "region"
      | "state"
      | "stoppedReason"
      | "reference"
      | CostColumn
    >,
    reference: ReferencePattern,
  ) => ({
    adoption_reports_status_check: inList(table.status, exampleStatuses),
    adoption_reports_care_setting_check: inList(
      table.careSetting,
      Object.keys(careSettings),
    ),
    adoption_reports_region_check: optionalInList(
      table.region,
      Object.keys(regions),
    ),
    adoption_reports_state_check: sql`(${table.state} = 'running' AND ${table.stoppedReason} IS NULL) OR (${table.state} = 'stopped' AND ${table.stoppedReason} IS NOT NULL)`,
    adoption_reports_reference_check: reference(table.reference, "TR"),
    adoption_reports_costs_check: costsCheck(table),
  }),
  outcomes: (table: Columns<"exampleId" | "reportId">) => ({
    outcomes_owner_check: sql`(${table.exampleId} IS NULL) <> (${table.reportId} IS NULL)`,
  }),
  measures: (table: Columns<"exampleId" | "reportId" | "better">) => ({
    measures_owner_check: sql`(${table.exampleId} IS NULL) <> (${table.reportId} IS NULL)`,
    measures_better_check: inList(table.better, Object.keys(measureDirections)),
  }),
  measurePoints: (table: Columns<"date">) => ({
    // YYYY-MM-DD, so that dates sort as text on both engines.
    measure_points_date_check: sql`length(${table.date}) = 10`,
  }),
  surveyStatements: (
    table: Columns<
      "stronglyAgree" | "agree" | "neither" | "disagree" | "stronglyDisagree"
    >,
  ) => ({
    survey_statements_shares_check: sql`coalesce(${table.stronglyAgree}, 0) BETWEEN 0 AND 100
      AND coalesce(${table.agree}, 0) BETWEEN 0 AND 100
      AND coalesce(${table.neither}, 0) BETWEEN 0 AND 100
      AND coalesce(${table.disagree}, 0) BETWEEN 0 AND 100
      AND coalesce(${table.stronglyDisagree}, 0) BETWEEN 0 AND 100`,
  }),
  moderationEvents: (table: Columns<"action">) => ({
    moderation_events_action_check: inList(table.action, moderationActions),
  }),
  moderators: (table: Columns<"role">) => ({
    moderators_role_check: inList(table.role, moderatorRoles),
  }),
  moderatorInvitations: (table: Columns<"role">) => ({
    moderator_invitations_role_check: inList(table.role, moderatorRoles),
  }),
  accountEvents: (table: Columns<"action">) => ({
    account_events_action_check: inList(table.action, accountActions),
  }),
  outbox: (table: Columns<"status" | "attempts">) => ({
    outbox_status_check: inList(table.status, messageStatuses),
    outbox_attempts_check: sql`${table.attempts} >= 0`,
  }),
  subscriptions: (table: Columns<"frequency">) => ({
    subscriptions_frequency_check: inList(
      table.frequency,
      Object.keys(alertFrequencies),
    ),
  }),
  signInSteps: (table: Columns<"step">) => ({
    sign_in_steps_step_check: inList(table.step, secondSteps),
  }),
  mailJobs: (table: Columns<"kind">) => ({
    mail_jobs_kind_check: inList(table.kind, mailJobKinds),
  }),
};
