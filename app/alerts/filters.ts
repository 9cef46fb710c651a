import "server-only";
import { listThemesWithCounts } from "@/db/catalogue";
import type { AlertFilters } from "@/db/mail";
import { chosenValues, searchFilters } from "@/db/options";
import type { SearchParams } from "@/db/search";

/** The search an alert follows: the words and filters on screen, nothing about the page or order. */
export function alertFiltersFrom(params: SearchParams): AlertFilters {
  const chosen = chosenValues(params);
  return {
    q: (params.q ?? "").trim(),
    themes: params.themes ?? [],
    settings: chosen.settings,
    stages: chosen.stages,
    evidence: chosen.evidence,
    tried: params.tried === true,
    overTime: params.overTime === true,
  };
}

const either = (labels: string[]) =>
  labels.length > 1
    ? `${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}`
    : (labels[0] ?? "");

/** An alert's search in words: "theme Digital, care setting Acute, with the words ‘virtual ward’". */
export async function describeAlert(filters: AlertFilters): Promise<string> {
  const themeNames = new Map(
    (await listThemesWithCounts()).map((theme) => [theme.slug, theme.name]),
  );
  const parts: string[] = [];
  if (filters.themes.length > 0)
    parts.push(
      `theme ${either(filters.themes.map((slug) => themeNames.get(slug) ?? slug))}`,
    );
  for (const filter of searchFilters) {
    if ("flag" in filter) {
      if (filters[filter.key]) parts.push(filter.options.yes.toLowerCase());
      continue;
    }
    const values = filters[filter.key];
    const options = filter.options as Record<string, string>;
    if (values.length > 0)
      parts.push(
        `${filter.legend.toLowerCase()} ${either(values.map((value) => options[value] ?? value))}`,
      );
  }
  if (filters.q) parts.push(`with the words ‘${filters.q}’`);
  return parts.length > 0 ? parts.join(", ") : "every new example";
}
