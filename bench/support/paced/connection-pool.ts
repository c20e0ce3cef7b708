// A generator thread's connections to its target, and the end of its run.
import { parentPort } from "node:worker_threads";
import { SocketConnection, type ConnectionEvents } from "./connection";

export class ConnectionPool {
  private readonly connections: SocketConnection[] = [];
  private finished = false;

  constructor(target: URL, count: number, requestFor: (index: number) => Buffer, events: ConnectionEvents) {
    const address = { host: target.hostname, port: Number(target.port) };
    for (let i = 0; i < count; i++) {
      const connection = new SocketConnection(address, requestFor, events);
      this.connections.push(connection);
      connection.open();
    }
  }

  // Closes every connection and posts the run's result to the bench, once.
  finish(result: () => unknown): void {
    if (this.finished) return;
    this.finished = true;
    for (const connection of this.connections) connection.close();
    parentPort?.postMessage(result());
  }
}
