import { describe, expect, it } from "vitest";
import { LastUsedRecorder, type LastUse } from "./last-used";

describe("LastUsedRecorder", () => {
  it("keeps only the latest use per token and writes them in one batch", async () => {
    const batches: LastUse[][] = [];
    const recorder = new LastUsedRecorder(async (batch) => void batches.push(batch), 1_000);
    recorder.note("t1", "10.0.0.1", new Date(1));
    recorder.note("t1", "10.0.0.2", new Date(2));
    recorder.note("t2", "10.0.0.3", new Date(3));
    await recorder.flush();
    await recorder.flush();
    expect(batches).toEqual([
      [
        { tokenId: "t1", ip: "10.0.0.2", at: new Date(2) },
        { tokenId: "t2", ip: "10.0.0.3", at: new Date(3) },
      ],
    ]);
  });

  it("keeps a failed batch for the next flush, unless a newer use replaced it", async () => {
    const batches: LastUse[][] = [];
    let fail = true;
    const recorder = new LastUsedRecorder(async (batch) => {
      if (fail) throw new Error("database busy");
      batches.push(batch);
    }, 1_000);
    recorder.note("t1", "10.0.0.1", new Date(1));
    recorder.note("t2", "10.0.0.2", new Date(2));
    await expect(recorder.flush()).rejects.toThrow("database busy");
    recorder.note("t2", "10.0.0.9", new Date(9));
    fail = false;
    await recorder.flush();
    expect(batches[0]?.map((u) => [u.tokenId, u.ip]).sort()).toEqual([
      ["t1", "10.0.0.1"],
      ["t2", "10.0.0.9"],
    ]);
  });
});
