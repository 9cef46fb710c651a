import { vi } from "vitest";

// The projects run their files one after another in each worker (`isolate: false`), so that
// node_modules (drizzle, pg, zod, …) load once per worker rather than once per file, which was
// most of the suite's time. Our own modules are evaluated afresh for every file, as they would be
// in a worker of their own, so no file sees another's module state.
vi.resetModules();
