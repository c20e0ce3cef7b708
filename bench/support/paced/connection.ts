// One kept-alive HTTP/1.1 connection of the paced generator, on a bare socket: a request is
// bytes prepared before the run, a response is its status line and length (ResponseReader).
// node:http's client costs the generator tens of microseconds per request in objects and
// events, time it would then count against the server.
import { connect, type Socket } from "node:net";
import { ResponseReader } from "./response-reader";
import type { Connection } from "./run";

export type ConnectionEvents = {
  answered: (connection: Connection, index: number, status: number) => void;
  // The socket failed or closed with a request in flight (index -1 when idle); a new one
  // is opened and reported ready.
  failed: (connection: Connection, index: number) => void;
  ready: (connection: Connection) => void;
};

export class SocketConnection implements Connection {
  private socket: Socket | null = null;
  private reader = new ResponseReader();
  private current = -1;
  private closed = false;

  constructor(
    private readonly target: { host: string; port: number },
    private readonly requestFor: (index: number) => Buffer,
    private readonly events: ConnectionEvents,
  ) {}

  open(): void {
    const socket = connect({ host: this.target.host, port: this.target.port, noDelay: true });
    this.socket = socket;
    this.reader = new ResponseReader();
    socket.on("connect", () => this.events.ready(this));
    socket.on("data", (chunk: Buffer) => this.read(chunk));
    const lost = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      socket.destroy();
      const index = this.current;
      this.current = -1;
      this.events.failed(this, index);
      if (!this.closed) setTimeout(() => this.open(), 10);
    };
    socket.on("error", lost);
    socket.on("close", lost);
  }

  send(index: number): void {
    if (!this.socket) return this.events.failed(this, index);
    this.current = index;
    this.socket.write(this.requestFor(index));
  }

  close(): void {
    this.closed = true;
    this.socket?.destroy();
  }

  private read(chunk: Buffer): void {
    let statuses: number[];
    try {
      statuses = this.reader.feed(chunk);
    } catch (error) {
      this.socket?.destroy(error instanceof Error ? error : undefined);
      return;
    }
    for (const status of statuses) {
      const index = this.current;
      this.current = -1;
      this.events.answered(this, index, status);
    }
  }
}
