import { publicJson } from "@/app/public-response";
import { agreedShare, reportedTotal } from "@/components/survey-figures";
import { listSurveyStatements } from "@/db/catalogue";

export const dynamic = "force-dynamic";

/** GET /api/survey — the survey statements and their figures; null where a share is not reported. */
export async function GET(request: Request) {
  const statements = await listSurveyStatements();
  return publicJson(request, {
    statements: statements.map((s) => ({
      slug: s.slug,
      survey: { name: s.surveyName, year: s.surveyYear },
      statement: s.statement,
      shares: {
        stronglyAgree: s.stronglyAgree,
        agree: s.agree,
        neither: s.neither,
        disagree: s.disagree,
        stronglyDisagree: s.stronglyDisagree,
      },
      agreed: agreedShare(s),
      reportedTotal: reportedTotal(s),
      note: s.note,
      themes: s.themes.map((theme) => ({
        ...theme,
        url: `/themes/${theme.slug}`,
      })),
      source: {
        title: s.sourceTitle,
        chapter: s.sourceChapter,
        url: s.sourceUrl,
      },
    })),
  });
}
