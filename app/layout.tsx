import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NhsukFrontend } from "@/components/nhsuk-frontend";
import { SiteFooter } from "@/components/site-footer";
import { serviceName, SiteHeader } from "@/components/site-header";
import "./globals.scss";

export const metadata: Metadata = {
  title: { default: serviceName, template: `%s – ${serviceName}` },
  description:
    "Search NHS innovation and quality improvement examples by theme, share them, and submit your own.",
  alternates: {
    types: {
      "application/atom+xml": [
        { url: "/feed.xml", title: `${serviceName}: newest examples` },
      ],
    },
  },
  icons: {
    icon: [
      { url: "/assets/images/favicon.ico", sizes: "48x48" },
      { url: "/assets/images/favicon.svg", type: "image/svg+xml" },
    ],
    apple: "/assets/images/nhsuk-icon-180.png",
  },
};

export const viewport: Viewport = { themeColor: "#005eb8" };

// NHS.UK frontend's own snippet: its JavaScript only runs where these classes are present.
const supportSnippet =
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');";

export default async function RootLayout({
  children,
}: {
  children: React.ReactNode;
}) {
  // proxy.ts makes a nonce for each response; reading it also renders every page per request,
  // which a nonce needs.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en-GB">
      <body suppressHydrationWarning>
        <script
          nonce={nonce}
          dangerouslySetInnerHTML={{ __html: supportSnippet }}
        />
        <a
          className="nhsuk-skip-link"
          data-module="nhsuk-skip-link"
          href="#maincontent"
        >
          Skip to main content
        </a>
        <SiteHeader />
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent">
            {children}
          </main>
        </div>
        <SiteFooter />
        <NhsukFrontend />
      </body>
    </html>
  );
}
