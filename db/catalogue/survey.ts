import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/core/client";
import {
  statementThemes,
  surveyStatements,
  type SurveyStatement,
  type Theme,
} from "@/db/core/schema";

export type StatementWithThemes = SurveyStatement & {
  themes: Pick<Theme, "slug" | "name">[];
};

/** The survey statements in the report's order, each with its related themes. */
export async function listSurveyStatements(): Promise<StatementWithThemes[]> {
  const rows = await db().query.surveyStatements.findMany({
    orderBy: [asc(surveyStatements.position)],
    with: {
      statementThemes: {
        with: { theme: { columns: { slug: true, name: true } } },
      },
    },
  });
  return rows.map(({ statementThemes, ...statement }) => ({
    ...statement,
    themes: statementThemes.map(({ theme }) => theme),
  }));
}

/** The statements related to one theme, in the report's order. */
export async function listSurveyStatementsForTheme(
  themeId: number,
): Promise<SurveyStatement[]> {
  const related = db()
    .select({ id: statementThemes.statementId })
    .from(statementThemes)
    .where(eq(statementThemes.themeId, themeId));
  return db()
    .select()
    .from(surveyStatements)
    .where(inArray(surveyStatements.id, related))
    .orderBy(asc(surveyStatements.position));
}
