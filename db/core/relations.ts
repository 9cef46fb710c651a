import { relations } from "drizzle-orm";
import type * as sqliteSchema from "@/db/sqlite/schema";

type Tables = Pick<
  typeof sqliteSchema,
  | "examples"
  | "moderationEvents"
  | "moderators"
  | "themes"
  | "exampleThemes"
  | "surveyStatements"
  | "statementThemes"
  | "adoptionReports"
  | "outcomes"
>;

/**
 * How the tables relate, for drizzle's relational queries: written once for both engines, whose
 * tables have the same names and columns.
 */
export function relationsOf({
  examples,
  moderationEvents,
  moderators,
  themes,
  exampleThemes,
  surveyStatements,
  statementThemes,
  adoptionReports,
  outcomes,
}: Tables) {
  const examplesRelations = relations(examples, ({ many }) => ({
    exampleThemes: many(exampleThemes),
    moderationEvents: many(moderationEvents),
    adoptionReports: many(adoptionReports),
    outcomes: many(outcomes),
  }));

  const moderationEventsRelations = relations(moderationEvents, ({ one }) => ({
    example: one(examples, {
      fields: [moderationEvents.exampleId],
      references: [examples.id],
    }),
    moderator: one(moderators, {
      fields: [moderationEvents.moderatorId],
      references: [moderators.id],
    }),
  }));

  const themesRelations = relations(themes, ({ many }) => ({
    exampleThemes: many(exampleThemes),
    statementThemes: many(statementThemes),
  }));

  const exampleThemesRelations = relations(exampleThemes, ({ one }) => ({
    example: one(examples, {
      fields: [exampleThemes.exampleId],
      references: [examples.id],
    }),
    theme: one(themes, {
      fields: [exampleThemes.themeId],
      references: [themes.id],
    }),
  }));

  const surveyStatementsRelations = relations(surveyStatements, ({ many }) => ({
    statementThemes: many(statementThemes),
  }));

  const statementThemesRelations = relations(statementThemes, ({ one }) => ({
    statement: one(surveyStatements, {
      fields: [statementThemes.statementId],
      references: [surveyStatements.id],
    }),
    theme: one(themes, {
      fields: [statementThemes.themeId],
      references: [themes.id],
    }),
  }));

  const adoptionReportsRelations = relations(
    adoptionReports,
    ({ one, many }) => ({
      example: one(examples, {
        fields: [adoptionReports.exampleId],
        references: [examples.id],
      }),
      outcomes: many(outcomes),
    }),
  );

  const outcomesRelations = relations(outcomes, ({ one }) => ({
    example: one(examples, {
      fields: [outcomes.exampleId],
      references: [examples.id],
    }),
    report: one(adoptionReports, {
      fields: [outcomes.reportId],
      references: [adoptionReports.id],
    }),
  }));

  return {
    examplesRelations,
    moderationEventsRelations,
    themesRelations,
    exampleThemesRelations,
    surveyStatementsRelations,
    statementThemesRelations,
    adoptionReportsRelations,
    outcomesRelations,
  };
}
