import Link from "@/components/link";
import {
  evidenceLevels,
  selfReportedLabel,
  stages,
  type EvidenceLevel,
  type Stage,
} from "@/db/options";
import { pluralise } from "./format";

type Labelled = {
  stage: Stage | null;
  evidence: EvidenceLevel | null;
  evidenceChecked: boolean;
  publishedReportCount: number;
};

/** Where each label's definition is, on /labels. */
export const labelHref = {
  stage: (stage: Stage | null) => `/labels#stage-${stage ?? "not-stated"}`,
  evidence: (evidence: EvidenceLevel | null) =>
    `/labels#evidence-${evidence ?? "not-stated"}`,
  selfReported: "/labels#self-reported",
  tried: "/labels#tried-elsewhere",
};

/**
 * Stage, evidence and "tried elsewhere", each linking to what it means. "Not stated" where no one
 * has said: never a guess.
 */
export function ExampleLabels({
  example,
  triedHref,
}: {
  example: Labelled;
  /** Where the example's own reports are listed, if on the same page. */
  triedHref?: string;
}) {
  return (
    <dl className="app-labels">
      <div className="app-labels__item">
        <dt>Stage</dt>
        <dd>
          <Link href={labelHref.stage(example.stage)}>
            {example.stage ? stages[example.stage] : "Not stated"}
          </Link>
        </dd>
      </div>
      <div className="app-labels__item">
        <dt>Evidence</dt>
        <dd>
          <Link href={labelHref.evidence(example.evidence)}>
            {example.evidence ? evidenceLevels[example.evidence] : "Not stated"}
          </Link>
          {example.evidence && !example.evidenceChecked ? (
            <>
              {" "}
              (
              <Link href={labelHref.selfReported}>
                {selfReportedLabel.toLowerCase()}
              </Link>
              )
            </>
          ) : null}
        </dd>
      </div>
      <div className="app-labels__item">
        <dt>
          <Link href={labelHref.tried}>Tried elsewhere</Link>
        </dt>
        <dd>
          {example.publishedReportCount > 0 ? (
            triedHref ? (
              <a href={triedHref}>
                {pluralise(example.publishedReportCount, "report")}
              </a>
            ) : (
              pluralise(example.publishedReportCount, "report")
            )
          ) : (
            "No reports yet"
          )}
        </dd>
      </div>
    </dl>
  );
}
