import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { seedExamples } from "@/seed/catalogue";
import { expectNoAxeViolations } from "./axe";
import {
  addExample,
  renameExample,
  unique,
  withdrawExample,
} from "./catalogue";

test("every seeded example page carries its title, canonical link, preview tags and JSON-LD", async ({
  page,
  baseURL,
}) => {
  for (const example of seedExamples) {
    await page.goto(`/examples/${example.slug}`);
    await expect(page).toHaveTitle(
      `${example.title} – Find and share improvement examples`,
    );
    const canonical = `${baseURL}/examples/${example.slug}`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      canonical,
    );
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      "content",
      example.title,
    );
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      "content",
      example.summary,
    );
    const jsonLd = JSON.parse(
      (await page
        .locator('script[type="application/ld+json"]')
        .textContent()) ?? "{}",
    );
    expect(jsonLd).toMatchObject({
      headline: example.title,
      identifier: example.reference,
      url: canonical,
    });
    await expect(
      page.locator('link[rel="alternate"][type="application/atom+xml"]'),
    ).toHaveAttribute("href", /feed\.xml$/);
  }
});

test("an example page suggests related examples, shared themes first", async ({
  page,
}) => {
  await page.goto("/examples/home-first");
  const related = page.getByRole("complementary", { name: "Related examples" });
  await expect(
    related.getByRole("listitem").filter({ has: page.getByRole("heading") }),
  ).toHaveCount(4);
  await expect(
    related.getByRole("link", { name: /Rapid access to neurology/ }),
  ).toBeVisible();
  await expect(
    related.getByRole("link", { name: /lead provider model/ }),
  ).toBeVisible();
});

test("Copy link puts the canonical address on the clipboard and says so", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/examples/families-matter");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Link copied" }),
  ).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/examples/families-matter`,
  );
});

test("without JavaScript the link is there to copy by hand", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/examples/families-matter");
  await expect(
    page.getByRole("link", { name: `${baseURL}/examples/families-matter` }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
  await context.close();
});

test("after a title change the old address redirects permanently to the new one", async ({
  page,
  request,
}) => {
  const id = unique();
  const { slug } = addExample({ title: `Ward huddles ${id}` });
  const { slug: newSlug } = renameExample(
    slug,
    `Daily ward safety huddles ${id}`,
  );
  expect(newSlug).not.toBe(slug);

  const response = await request.get(`/examples/${slug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toContain(`/examples/${newSlug}`);
  await page.goto(`/examples/${slug}`);
  await expect(page).toHaveURL(`/examples/${newSlug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Daily ward safety huddles ${id}`,
  );
});

test("/e/<reference> leads to the example", async ({ page, request }) => {
  const response = await request.get("/e/IX-0007", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  await page.goto("/e/IX-0007");
  await expect(page).toHaveURL("/examples/virginia-mason-discharge-programme");
  expect((await request.get("/e/IX-99999", { maxRedirects: 0 })).status()).toBe(
    404,
  );
});

test("a withdrawn example answers 410 with a page that says so and offers search", async ({
  page,
}) => {
  const { slug, reference } = addExample({
    title: `Withdrawn pilot ${unique()}`,
  });
  withdrawExample(slug);
  const response = await page.goto(`/examples/${slug}`);
  expect(response?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "This example has been withdrawn",
  );
  await expect(
    page.getByText(`Example ${reference} is no longer published.`),
  ).toBeVisible();
  await expect(
    page.getByRole("searchbox", { name: "Search examples" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("pending and rejected examples answer 404 to the public", async ({
  page,
}) => {
  for (const status of ["pending", "rejected"] as const) {
    const { slug } = addExample({
      title: `Not yet public ${status} ${unique()}`,
      status,
    });
    const response = await page.goto(`/examples/${slug}`);
    expect(response?.status(), status).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Page not found",
    );
  }
});

async function parseXml(page: Page, url: string) {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  const text = await response.text();
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      locs: [...doc.querySelectorAll("loc")].map(
        (node) => node.textContent ?? "",
      ),
      links: [...doc.querySelectorAll("entry > link")].map(
        (node) => node.getAttribute("href") ?? "",
      ),
    };
  }, text);
}

test("the sitemap and feeds are valid XML listing published examples only", async ({
  page,
  baseURL,
}) => {
  await page.goto("/");
  const published = addExample({
    title: `Sitemap published ${unique()}`,
    theme: "workforce-and-training",
  });
  const pending = addExample({
    title: `Sitemap pending ${unique()}`,
    status: "pending",
    theme: "workforce-and-training",
  });
  const withdrawn = addExample({
    title: `Sitemap withdrawn ${unique()}`,
    theme: "workforce-and-training",
  });
  withdrawExample(withdrawn.slug);
  const url = (slug: string) => `${baseURL}/examples/${slug}`;

  const sitemap = await parseXml(page, "/sitemap.xml");
  expect(sitemap.error).toBeNull();
  expect(sitemap.locs).toContain(url(published.slug));
  expect(sitemap.locs).toContain(url("home-first"));
  expect(sitemap.locs).toContain(`${baseURL}/themes/digital`);
  expect(sitemap.locs).not.toContain(url(pending.slug));
  expect(sitemap.locs).not.toContain(url(withdrawn.slug));

  for (const feedUrl of [
    "/feed.xml",
    "/themes/workforce-and-training/feed.xml",
  ]) {
    const feed = await parseXml(page, feedUrl);
    expect(feed.error, feedUrl).toBeNull();
    expect(feed.links, feedUrl).toContain(url(published.slug));
    expect(feed.links, feedUrl).not.toContain(url(pending.slug));
    expect(feed.links, feedUrl).not.toContain(url(withdrawn.slug));
  }
  const robots = await page.request.get("/robots.txt");
  expect(await robots.text()).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("the CSV download protects a cell that a spreadsheet would run as a formula", async ({
  page,
}) => {
  const marker = `formula${unique()}`;
  addExample({ title: `=HYPERLINK("http://example.com") ${marker}` });
  await page.goto(`/examples?q=${marker}`);
  const download = page.waitForEvent("download");
  await page
    .getByRole("link", { name: "Download these examples as CSV" })
    .click();
  const file = await (await download).path();
  const text = (await import("node:fs")).readFileSync(file, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, row] = text.slice(1).split("\r\n");
  expect(header).toMatch(/^Reference,Title,Summary/);
  expect(row).toContain(`"'=HYPERLINK(""http://example.com"") ${marker}"`);
});

test("the open data API never gives pending examples or contact details without consent", async ({
  request,
}) => {
  const id = unique();
  const consented = addExample({
    title: `Open data consented ${id}`,
    contactName: "Sam Jones",
    contactEmail: "sam.jones@nhs.net",
    contactConsent: true,
  });
  const private_ = addExample({
    title: `Open data private ${id}`,
    contactName: "Alex Smith",
    contactEmail: "alex.smith@nhs.net",
    contactConsent: false,
  });
  const pending = addExample({
    title: `Open data pending ${id}`,
    status: "pending",
  });

  const list = await (
    await request.get(`/api/examples?q=open+data+${id}`)
  ).json();
  const slugs = list.examples.map((e: { slug: string }) => e.slug);
  expect(slugs).toEqual(
    expect.arrayContaining([consented.slug, private_.slug]),
  );
  expect(slugs).not.toContain(pending.slug);
  expect(JSON.stringify(list)).not.toContain("alex.smith@nhs.net");

  const one = await (
    await request.get(`/api/examples/${consented.slug}`)
  ).json();
  expect(one.contact).toEqual({
    name: "Sam Jones",
    email: "sam.jones@nhs.net",
  });
  expect(
    (await (await request.get(`/api/examples/${private_.slug}`)).json())
      .contact,
  ).toBeNull();
  expect((await request.get(`/api/examples/${pending.slug}`)).status()).toBe(
    404,
  );
  expect((await request.get("/api/examples?theme=nope")).status()).toBe(400);
});

test("an example prints on one or two A4 pages, without the menu or footer", async ({
  page,
}) => {
  for (const slug of ["digital-preoperative-assessment", "home-first"]) {
    await page.goto(`/examples/${slug}`);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Menu" })).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();
    const pdf = (
      await page.pdf({ format: "A4", printBackground: true })
    ).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length, slug).toBeGreaterThanOrEqual(1);
    expect(pages.length, slug).toBeLessThanOrEqual(2);
  }
});

test("a seeded example is dated by the survey it comes from, on its page and in its JSON, feed and CSV", async ({
  page,
  request,
}) => {
  await page.goto("/examples/home-first");
  const row = (label: string) =>
    page
      .locator(".nhsuk-summary-list__row")
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator("dd");
  await expect(row("When reported")).toHaveText(
    "Reported by trust leaders in autumn 2023",
  );
  await expect(row("Last confirmed as current")).toHaveText(
    "Not checked since it was reported",
  );
  await expect(row("Review due")).toHaveText("30 November 2025 (overdue)");

  const example = await (await request.get("/api/examples/home-first")).json();
  expect(example.source.period).toBe(
    "Reported by trust leaders in autumn 2023",
  );
  expect(example.confirmedAt).toBe("2023-11-30T00:00:00.000Z");
  expect(example.reviewDueAt).toBe("2025-11-30T00:00:00.000Z");

  const feed = await (await request.get("/feed.xml")).text();
  expect(feed).toContain("Reported by trust leaders in autumn 2023");
  const csv = await (
    await request.get("/api/examples?q=home+first&format=csv")
  ).text();
  expect(csv.split("\r\n")[0]).toContain(
    "When reported,Added to the catalogue,Last updated,Last confirmed as current,Review due",
  );
  expect(csv).toContain("Reported by trust leaders in autumn 2023");
  expect(csv).toContain("2023-11-30,2025-11-30");
});
