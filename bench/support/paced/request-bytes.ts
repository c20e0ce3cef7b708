// The bytes of a GET to `target` with each set of headers, prepared before a run so the
// generator spends nothing on them per request.
export function requestBytes(target: URL, headerSets: Record<string, string>[]): Buffer[] {
  return headerSets.map((headers) =>
    Buffer.from(
      `GET ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\n` +
        Object.entries(headers)
          .map(([name, value]) => `${name}: ${value}\r\n`)
          .join("") +
        "\r\n",
      "latin1",
    ),
  );
}
