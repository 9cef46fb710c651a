import path from "node:path";

// Turbopack loads PostCSS plugins with require() from its build folder, so the path is absolute.
const config = {
  plugins: {
    [path.join(process.cwd(), "postcss-container-fix.cjs")]: {},
  },
};

export default config;
