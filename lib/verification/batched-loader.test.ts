import { describe, expect, it } from "vitest";
import { batchedLoader } from "./batched-loader";

function source(fail = false) {
  const calls: string[][] = [];
  const loadMany = async (keys: string[]) => {
    calls.push(keys);
    if (fail) throw new Error("database down");
    return new Map(keys.filter((key) => key !== "none").map((key) => [key, `record ${key}`]));
  };
  return { calls, loadMany };
}

describe("batchedLoader", () => {
  it("loads the keys asked for in one turn together, each once, and answers every request", async () => {
    const { calls, loadMany } = source();
    const load = batchedLoader(loadMany, 100);
    const answers = await Promise.all(["a", "b", "a", "none", "c"].map(load));
    expect(answers).toEqual(["record a", "record b", "record a", null, "record c"]);
    expect(calls).toEqual([["a", "b", "none", "c"]]);
  });

  it("splits a large burst into queries of at most maxBatch keys", async () => {
    const { calls, loadMany } = source();
    const load = batchedLoader(loadMany, 2);
    await Promise.all(["a", "b", "c", "d", "e"].map(load));
    expect(calls).toEqual([["a", "b"], ["c", "d"], ["e"]]);
  });

  it("loads keys asked for in a later turn in a query of their own", async () => {
    const { calls, loadMany } = source();
    const load = batchedLoader(loadMany, 100);
    await load("a");
    await load("b");
    expect(calls).toEqual([["a"], ["b"]]);
  });

  it("fails every request of a failed query", async () => {
    const load = batchedLoader(source(true).loadMany, 100);
    const results = await Promise.allSettled([load("a"), load("b")]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
  });

  it("with a gathering time, loads the keys of several turns together", async () => {
    const { calls, loadMany } = source();
    const load = batchedLoader(loadMany, 100, 20);
    const first = load("a");
    await new Promise((resolve) => setImmediate(resolve));
    const second = load("b");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(calls).toEqual([]);
    expect(await Promise.all([first, second, load("c")])).toEqual(["record a", "record b", "record c"]);
    expect(calls).toEqual([["a", "b", "c"]]);
  });
});
