/** Runs once when the server starts: migrates the database and seeds an empty catalogue. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { seedIfEmpty } = await import("@/db/seed");
  const seeded = await seedIfEmpty();
  if (seeded) {
    console.log(
      `Seeded an empty catalogue with ${seeded.examples} examples and ${seeded.statements} survey statements.`,
    );
  }
}
