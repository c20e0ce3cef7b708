// Reads HTTP/1.1 responses off one connection that carries one request at a time, as
// cheaply as it can: the status line and how the body is delimited (Content-Length or
// chunked), nothing else. A response delimited by the connection's end is refused, so the
// bench fails rather than miscount.
const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");
const STATUS_LINE = /^HTTP\/1\.[01] (\d{3})/;
const CONTENT_LENGTH = /\r\ncontent-length:[ \t]*(\d+)/i;
const CHUNKED = /\r\ntransfer-encoding:[^\r]*chunked/i;

type State =
  | { kind: "head" }
  // bytes to skip, then `then`
  | { kind: "skip"; left: number; then: "complete" | "chunk-size" }
  | { kind: "chunk-size" }
  // the lines after the last chunk, up to an empty one
  | { kind: "trailer" };

export class ResponseReader {
  private pending: Buffer | null = null;
  private state: State = { kind: "head" };
  private status = 0;

  // The status of each response these bytes complete, in order.
  feed(chunk: Buffer): number[] {
    const buffer = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = null;
    const completed: number[] = [];
    let at = 0;
    while (at < buffer.length) {
      const state = this.state;
      if (state.kind === "skip") {
        const taken = Math.min(state.left, buffer.length - at);
        state.left -= taken;
        at += taken;
        if (state.left > 0) break;
        if (state.then === "complete") this.complete(completed);
        else this.state = { kind: "chunk-size" };
        continue;
      }
      const end = buffer.indexOf(state.kind === "head" ? HEADER_END : CRLF, at);
      if (end === -1) {
        this.pending = buffer.subarray(at);
        break;
      }
      const text = buffer.toString("latin1", at, end);
      at = end + (state.kind === "head" ? HEADER_END.length : CRLF.length);
      if (state.kind === "head") this.readHead(text, completed);
      else if (state.kind === "trailer") {
        if (text === "") this.complete(completed);
      } else {
        const size = Number.parseInt(text, 16);
        if (Number.isNaN(size)) throw new Error(`bad chunk size: ${JSON.stringify(text.slice(0, 20))}`);
        this.state =
          size === 0 ? { kind: "trailer" } : { kind: "skip", left: size + CRLF.length, then: "chunk-size" };
      }
    }
    return completed;
  }

  private readHead(head: string, completed: number[]): void {
    const status = Number(STATUS_LINE.exec(head)?.[1] ?? Number.NaN);
    if (Number.isNaN(status))
      throw new Error(`not an HTTP/1.1 response: ${JSON.stringify(head.slice(0, 40))}`);
    this.status = status;
    if (status < 200 || status === 204 || status === 304) return this.complete(completed);
    if (CHUNKED.test(head)) {
      this.state = { kind: "chunk-size" };
      return;
    }
    const length = CONTENT_LENGTH.exec(head)?.[1];
    if (length === undefined)
      throw new Error("a response delimited by the connection's end is not supported");
    if (Number(length) === 0) return this.complete(completed);
    this.state = { kind: "skip", left: Number(length), then: "complete" };
  }

  private complete(completed: number[]): void {
    completed.push(this.status);
    this.state = { kind: "head" };
  }
}
