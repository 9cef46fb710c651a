import { test } from "@playwright/test";
for (const js of [false, true]) {
  test(`submit js=${js}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: js, baseURL: "http://localhost:3300" });
    const page = await context.newPage();
    page.on("console", (m) => console.log("console:", m.text()));
    await page.goto("/submit");
    await page.getByLabel("Title").fill("My <script>alert(1)</script> title");
    await page.getByRole("button", { name: "Submit example" }).click();
    await page.waitForTimeout(1500);
    console.log(js, "titles:", await page.evaluate(() => [...document.querySelectorAll("title")].map((t) => t.textContent)), await page.title());
    console.log(await page.locator(".nhsuk-error-summary").innerText());
    console.log("title value:", await page.getByLabel("Title").inputValue());
    console.log("focused:", await page.evaluate(() => document.activeElement?.className));
    await page.getByLabel("Summary").fill("A summary");
    await page.getByLabel("Why was it needed?").fill("Because");
    await page.getByLabel("What was done?").fill("Things");
    await page.getByLabel("What are the results so far?").fill("Good");
    await page.getByLabel("Digital").check();
    await page.getByLabel("Acute").check();
    await page.getByLabel("Your name").fill("Sam");
    await page.getByLabel("Your work email address").fill("sam@nhs.net");
    await page.getByLabel(/I confirm/).check();
    await page.getByRole("button", { name: "Submit example" }).click();
    await page.waitForURL(/confirmation/);
    console.log(page.url(), await page.locator(".nhsuk-panel").innerText());
    await page.screenshot({ path: `/tmp/confirm-${js}.png` });
  });
}
