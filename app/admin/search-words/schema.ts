import { z } from "zod";
import { cleanText, plainText } from "@/app/forms/fields";

const words = (empty: string, name: string) =>
  z.preprocess(
    (value) =>
      typeof cleanText(value) === "string"
        ? (cleanText(value) as string).replace(/\s+/g, " ")
        : value,
    z
      .string({ error: empty })
      .min(1, empty)
      .max(60, `${name} must be 60 characters or fewer`)
      .pipe(plainText(name))
      .refine(
        (value) => /[\p{L}\p{N}]/u.test(value),
        `${name} must include a letter or number`,
      ),
  );

/** The "teach the search" form, on the Search words page and in its action. */
export const synonymSchema = z
  .object({
    word: words("Enter the word or phrase staff search for", "Word"),
    means: words("Enter what it means", "What it means"),
    note: z.preprocess(
      cleanText,
      z
        .string({ error: "Enter why, for the next moderator" })
        .min(1, "Enter why, for the next moderator")
        .max(500, "Why must be 500 characters or fewer")
        .pipe(plainText("Why", { multiline: true })),
    ),
  })
  .refine((value) => value.word.toLowerCase() !== value.means.toLowerCase(), {
    path: ["means"],
    message: "Enter a different word or phrase from the one searched for",
  });

/** Which synonym a Remove button is about. */
export const removeSynonymSchema = z.object({
  id: z.coerce.number().int().positive(),
});
