import { randomBytes } from "node:crypto";

// 64 random bits: tests share one database per run, and 32 bits let two of the run's
// thousands of e-mail addresses collide (CI failed once on a duplicate administrator).
export const unique = () => randomBytes(8).toString("hex");
