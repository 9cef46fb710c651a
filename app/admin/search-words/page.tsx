import type { Metadata } from "next";
import Link from "@/components/link";
import { formatDateTime } from "@/components/format";
import { ResponsiveTable } from "@/components/responsive-table";
import { listSynonyms } from "@/db/insights";
import { nhsTerms } from "@/db/search";
import { AdminBar } from "../admin-bar";
import { OutcomeBanner, ProblemSummary, RowButton } from "../review-parts";
import { requireModerator } from "../session";
import { removeSynonymAction } from "./actions";
import { TeachForm } from "./teach-form";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Search words" };

type Props = {
  searchParams: SearchParams<"word" | "done" | "problem">;
};

const outcomes: Record<string, string> = {
  added: "The search has learnt the word. Searches use it within a second.",
  removed: "The word has been removed. Searches stop using it within a second.",
};

export default async function SearchWordsPage({ searchParams }: Props) {
  const moderator = await requireModerator("/admin/search-words");
  const requested = await searchParams;
  const word =
    typeof requested.word === "string" ? requested.word.slice(0, 60) : "";
  const synonyms = await listSynonyms();
  const done =
    typeof requested.done === "string" ? outcomes[requested.done] : undefined;

  return (
    <>
      <AdminBar moderator={moderator} />
      {requested.problem === "missing" ? (
        <ProblemSummary problem="That word is no longer in the list. Nothing was changed." />
      ) : null}
      {done ? <OutcomeBanner message={done} /> : null}
      <h1>Search words</h1>
      <p className="nhsuk-lede-text">
        Words that the search treats as meaning the same thing, so that staff
        find examples whatever words they use.
      </p>
      <p>
        Find words to teach under ‘Searches with no results’ on the{" "}
        <Link href="/admin/insights">Insights</Link> page. We check every change
        against a set of searches whose right results we know. A word that would
        make one of those searches worse is refused, and the search is named.
      </p>

      <section aria-labelledby="taught">
        <h2 id="taught">Words moderators have taught</h2>
        {synonyms.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ResponsiveTable
            caption="Words moderators have taught"
            rows={synonyms}
            rowKey={(synonym) => synonym.id}
            columns={[
              { header: "Searched for", cell: (s) => s.word },
              { header: "Means", cell: (s) => s.means },
              { header: "Why", cell: (s) => s.note },
              {
                header: "Added",
                cell: (s) =>
                  `${formatDateTime(s.createdAt)} by ${s.addedBy ?? "a former moderator"}`,
              },
              {
                header: "Action",
                cell: (s) => (
                  <RowButton action={removeSynonymAction} sends={{ id: s.id }}>
                    Remove
                    <span className="nhsuk-u-visually-hidden">
                      {" "}
                      ‘{s.word}’ means ‘{s.means}’
                    </span>
                  </RowButton>
                ),
              },
            ]}
          />
        )}
      </section>

      <TeachForm key={word} word={word} />

      <section aria-labelledby="reviewed">
        <h2 id="reviewed">Terms the catalogue knows already</h2>
        <p>
          NHS terms checked by the team that builds this service, each with a
          source. To change one, ask that team.
        </p>
        <ResponsiveTable
          caption="Terms the catalogue knows already"
          rows={nhsTerms}
          rowKey={(term) => term.forms.join("|")}
          columns={[
            { header: "Forms", cell: (term) => term.forms.join(", ") },
            { header: "Source", cell: (term) => term.source },
          ]}
        />
      </section>
    </>
  );
}
