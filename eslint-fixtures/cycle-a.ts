// A deliberate import cycle, for eslint.config.test.ts: the lint must refuse it.
import { b } from "./cycle-b";

export const a = (): number => b() + 1;
