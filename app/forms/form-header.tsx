import { ErrorSummary } from "@/components/error-summary";
import { ErrorMessage } from "@/components/form-fields";
import { serviceName } from "@/components/site-header";
import {
  formProblem,
  formProblemIn,
  problemsIn,
  type FormReply,
} from "./form-reply";

/**
 * What every form shows above its questions: the page title (starting "Error: " while there are
 * problems, as GOV.UK asks), the error summary, and a problem with the whole form, such as a
 * refusal, where the summary's link to it lands.
 */
export function FormHeader({
  reply,
  title,
}: {
  reply: FormReply | undefined;
  title: string;
}) {
  const problems = problemsIn(reply);
  return (
    <>
      <title>{`${problems.length > 0 ? "Error: " : ""}${title} – ${serviceName}`}</title>
      <ErrorSummary errors={problems} />
      <div id={formProblem} tabIndex={-1}>
        <ErrorMessage id={formProblem} error={formProblemIn(reply)} />
      </div>
    </>
  );
}
