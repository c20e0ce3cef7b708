import { describe, expect, it } from "vitest";
import { ResponseReader } from "./response-reader";

const noContent = "HTTP/1.1 204 No Content\r\nCache-Control: no-store\r\nX-Keyward-Token-Id: t1\r\n\r\n";
const body = '{"error":"invalid_token"}';
const unauthorized = `HTTP/1.1 401 Unauthorized\r\ncontent-length: ${body.length}\r\nWWW-Authenticate: Bearer\r\n\r\n${body}`;
// What node:http sends for writeHead(…).end(text): chunked, with a chunk extension and a trailer here.
const chunked = `HTTP/1.1 401 Unauthorized\r\nTransfer-Encoding: chunked\r\n\r\n7;x=1\r\n{"e":1}\r\n3\r\nabc\r\n0\r\nX-Trailer: 1\r\n\r\n`;
const emptyChunked = "HTTP/1.1 401 Unauthorized\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n";

describe("ResponseReader", () => {
  it("reads a 204 and a 401 with a body arriving together", () => {
    const reader = new ResponseReader();
    expect(reader.feed(Buffer.from(noContent + unauthorized))).toEqual([204, 401]);
  });

  it("completes a response only when its last byte arrives, however the bytes are split", () => {
    const responses = [unauthorized, chunked, emptyChunked, noContent];
    const statuses = [401, 401, 401, 204];
    const ends = responses.map((_, i) => Buffer.byteLength(responses.slice(0, i + 1).join("")));
    const bytes = Buffer.from(responses.join(""));
    for (let cut = 1; cut < bytes.length; cut++) {
      const reader = new ResponseReader();
      const first = reader.feed(bytes.subarray(0, cut));
      expect(first).toEqual(statuses.slice(0, ends.filter((end) => end <= cut).length));
      expect([...first, ...reader.feed(bytes.subarray(cut))]).toEqual(statuses);
    }
  });

  it("refuses what it cannot delimit rather than miscount", () => {
    expect(() =>
      new ResponseReader().feed(Buffer.from("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")),
    ).toThrow(/chunk size/);
    expect(() => new ResponseReader().feed(Buffer.from("HTTP/1.1 200 OK\r\n\r\n"))).toThrow(
      /connection's end/,
    );
    expect(() => new ResponseReader().feed(Buffer.from("garbage\r\n\r\n"))).toThrow(/not an HTTP/);
  });
});
