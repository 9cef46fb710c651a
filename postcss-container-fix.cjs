/**
 * Turbopack's CSS parser rejects a named container query with no condition
 * (`@container scroll-content {`, from nhsuk-frontend's tables; vercel/next.js#98261).
 * Adding a condition that always holds keeps the rule and its meaning.
 */
const plugin = () => ({
  postcssPlugin: "container-query-condition",
  AtRule: {
    container(rule) {
      if (/^[\w-]+$/.test(rule.params.trim())) {
        rule.params = `${rule.params.trim()} (width >= 0)`;
      }
    },
  },
});
plugin.postcss = true;
module.exports = plugin;
