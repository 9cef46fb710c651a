import { expect, test } from "./test";
import { expectNoAxeViolations } from "./axe";
import { expectToFitTheScreen } from "./screen";

const pages = [
  { path: "/", heading: "Find and share improvement examples" },
  { path: "/examples", heading: "Examples" },
  { path: "/examples?q=zzzzqqqq", heading: "Examples" },
  {
    path: "/examples/rapid-access-to-neurology-assessment",
    heading: "Rapid access to neurology assessment (RANA)",
  },
  { path: "/themes", heading: "Themes" },
  { path: "/themes/digital", heading: "Digital" },
  { path: "/survey", heading: "Survey results" },
  { path: "/submit", heading: "Submit an example" },
  { path: "/accessibility", heading: "Accessibility statement" },
  { path: "/shortlist", heading: "Your shortlist" },
  { path: "/labels", heading: "What the labels mean" },
  { path: "/examples/home-first/tried", heading: "We tried this too" },
  { path: "/shortlist?refs=IX-0006,IX-9999,IX-0005", heading: "Shortlist" },
  { path: "/examples/no-such-example", heading: "Page not found" },
  {
    path: "/examples/home-first/contact",
    heading: "You cannot contact this team through this site",
  },
  { path: "/examples/home-first/claim", heading: "Is this your trust's work?" },
  // What server.mjs answers when it is busy or the database cannot be reached.
  { path: "/service-busy", heading: "Sorry, the service is busy" },
  {
    path: "/service-unavailable",
    heading: "Sorry, the service is unavailable",
  },
];

for (const { path, heading } of pages) {
  test(`${path} has no WCAG 2.2 AA violations that axe can find`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expectNoAxeViolations(page);
  });
}

test("the header links reach every section and mark the current one", async ({
  page,
}) => {
  await page.goto("/");
  const menu = page.getByRole("navigation", { name: "Menu" });
  for (const [label, heading] of [
    ["Examples", "Examples"],
    ["Themes", "Themes"],
    ["Survey results", "Survey results"],
    ["Submit an example", "Submit an example"],
    ["Shortlist", "Your shortlist"],
  ] as const) {
    await menu.getByRole("link", { name: label }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(menu.getByRole("link", { name: label })).toHaveAttribute(
      "aria-current",
      "page",
    );
  }
});

test("pages fit a 375 pixel phone screen without sideways scrolling", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const { path } of pages) {
    await page.goto(path);
    await expectToFitTheScreen(page, path);
  }
});
