/**
 * Generated catalogues for the benchmarks: a deterministic vocabulary with a few very common
 * words and many rare ones, and sixteen rare words planted one example each, so recall of a
 * misspelling can be measured.
 */
import { db, engine, transaction } from "@/db/core/client";
import { examples, exampleThemes, themes } from "@/db/core/schema";
import { seedCatalogue } from "@/db/catalogue/seed";

// Sixteen rare words, each planted in one example, and the misspellings people type for them.
export const planted: [word: string, typo: string][] = [
  ["phlebotomy", "phlebotmoy"],
  ["chiropody", "chiropdoy"],
  ["audiology", "audiolgoy"],
  ["orthoptics", "orthopitcs"],
  ["podiatry", "podaitry"],
  ["haematology", "haemtaology"],
  ["dermatology", "dermatolgy"],
  ["rheumatology", "rhuematology"],
  ["urodynamics", "urodynamcis"],
  ["endoscopy", "endoscpy"],
  ["radiotherapy", "radiotherpay"],
  ["lymphoedema", "lymphedema"],
  ["continence", "continance"],
  ["tracheostomy", "tracheostmoy"],
  ["bronchiectasis", "bronchiectsis"],
  ["sonography", "sonogrpahy"],
];

const commonWords = [
  "patient",
  "patients",
  "discharge",
  "ward",
  "staff",
  "clinic",
  "outpatient",
  "digital",
  "training",
  "community",
  "hospital",
  "nurse",
  "team",
  "care",
  "service",
  "pathway",
  "waiting",
  "referral",
  "assessment",
  "programme",
  "improvement",
  "quality",
  "safety",
  "flow",
  "beds",
  "emergency",
  "mental",
  "health",
  "inequalities",
  "virtual",
  "record",
  "appointment",
  "theatre",
  "surgery",
  "pharmacy",
  "therapy",
  "support",
  "families",
  "carers",
  "volunteers",
  "workforce",
  "leadership",
];

/** Queries for benchmarks: typos of the planted words, the words, common words and prefixes. */
export const benchmarkQueries: { q: string; plantedIndex?: number }[] = [
  ...planted.map(([, typo], plantedIndex) => ({ q: typo, plantedIndex })),
  ...planted
    .slice(0, 8)
    .map(([word], plantedIndex) => ({ q: word, plantedIndex })),
  ...[
    "discharge",
    "patient",
    "ward",
    "staff",
    "digital",
    "training",
    "community",
    "outpatient",
  ].map((q) => ({ q })),
  ...[
    "patient discharge",
    "staff training programme",
    "digital outpatient clinic",
    "mental health beds",
    "waiting list referral",
    "carers support families",
  ].map((q) => ({ q })),
  ...["disch", "pati", "train", "comm", "digi", "pharm"].map((q) => ({ q })),
];

/** A small deterministic random number generator, so every run measures the same catalogue. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function makeWords(next: () => number, count: number): string[] {
  const syllables = [
    "ba",
    "ker",
    "lin",
    "tor",
    "mo",
    "sen",
    "dra",
    "vel",
    "qui",
    "pan",
    "rof",
    "tus",
    "el",
    "an",
    "gri",
    "dom",
  ];
  const words = new Set<string>();
  while (words.size < count) {
    const length = 2 + Math.floor(next() * 3);
    words.add(
      Array.from(
        { length },
        () => syllables[Math.floor(next() * syllables.length)],
      ).join(""),
    );
  }
  return [...words];
}

type GeneratedExample = {
  title: string;
  summary: string;
  problem: string;
  approach: string;
  impact: string;
  keywords: string[];
};

function generate(size: number): GeneratedExample[] {
  const next = random(size);
  const vocabulary = [...makeWords(next, 3000), ...commonWords];
  // Zipf-like: a few words are very common, most are rare.
  const word = () =>
    vocabulary[Math.floor(vocabulary.length * next() ** 2.2)] as string;
  const sentence = (n: number) => Array.from({ length: n }, word).join(" ");
  const examples: GeneratedExample[] = [];
  for (let i = 0; i < size; i++) {
    examples.push({
      title: `${sentence(3)} ${commonWords[i % commonWords.length]} ${sentence(2)}`,
      summary: sentence(18),
      problem: sentence(18),
      approach: sentence(18),
      impact: sentence(14),
      keywords: [word(), word(), word()],
    });
  }
  // Spread the planted words through the catalogue, one example each.
  planted.forEach(([rare], index) => {
    const example = examples[
      Math.floor(((index + 0.5) / planted.length) * size)
    ] as GeneratedExample;
    example.title = `${rare} ${example.title}`;
    example.summary = `${example.summary} ${rare}`;
  });
  return examples;
}

/** The slugs of the examples that hold the planted words, in `planted` order. */
export const plantedSlugsFor = (size: number) =>
  planted.map(
    (_, index) =>
      `bench-${Math.floor(((index + 0.5) / planted.length) * size)}`,
  );

/** Seeds the source report's content, then adds `size` generated published examples. */
export async function writeGeneratedCatalogue(size: number) {
  const generated = generate(size);
  await seedCatalogue();
  const themeIds = (await db().select({ id: themes.id }).from(themes)).map(
    ({ id }) => id,
  );
  const settings = [
    "acute",
    "mental-health",
    "community",
    "ambulance",
    "specialist",
    "primary-care",
    null,
  ] as const;
  const now = Date.now();
  // In batches: one statement per example would take minutes at 100,000.
  const batchSize = 500;
  await transaction((tx) =>
    engine().bulkLoad(tx, async () => {
      for (let start = 0; start < generated.length; start += batchSize) {
        const batch = generated.slice(start, start + batchSize);
        const inserted = await tx
          .insert(examples)
          .values(
            batch.map((example, offset) => {
              const i = start + offset;
              const at = new Date(Math.floor((now - i * 1000) / 1000) * 1000);
              return {
                slug: `bench-${i}`,
                reference: `IX-${String(100_000 + i).padStart(6, "0")}`,
                title: example.title,
                summary: example.summary,
                problem: example.problem,
                approach: example.approach,
                impact: example.impact,
                keywords: example.keywords,
                careSetting: settings[i % settings.length],
                status: "published" as const,
                createdAt: at,
                updatedAt: at,
                publishedAt: at,
              };
            }),
          )
          .returning({ id: examples.id });
        await tx.insert(exampleThemes).values(
          inserted.map(({ id }, offset) => ({
            exampleId: id,
            themeId: themeIds[(start + offset) % themeIds.length]!,
          })),
        );
      }
    }),
  );
}
