import { describe, it } from "vitest";
import { transaction } from "./client";
import { examples, surveyStatements } from "./schema";
import { expectRefusedByCheck } from "@/db/testing";

const insertExample = (values: Record<string, unknown>) =>
  transaction((tx) =>
    tx.insert(examples).values({
      slug: `check-${Math.random()}`,
      reference: "IX-9999",
      title: "t",
      summary: "s",
      problem: "p",
      approach: "a",
      impact: "i",
      createdAt: new Date(),
      updatedAt: new Date(),
      ...values,
    } as typeof examples.$inferInsert),
  );

describe("the database itself", () => {
  it("refuses a status, care setting or share outside the allowed values", async () => {
    await expectRefusedByCheck(insertExample({ status: "live" }));
    await expectRefusedByCheck(insertExample({ careSetting: "hospital" }));
    await expectRefusedByCheck(
      transaction((tx) =>
        tx.insert(surveyStatements).values({
          slug: "x",
          surveyName: "s",
          surveyYear: 2023,
          statement: "s",
          finding: "f",
          agree: 101,
          sourceTitle: "t",
          sourceUrl: "u",
          position: 9,
        }),
      ),
    );
  });

  it("refuses a running cost without its period and a negative cost", async () => {
    await expectRefusedByCheck(insertExample({ runningCost: 100 }));
    await expectRefusedByCheck(insertExample({ oneOffCost: -1 }));
  });
});
