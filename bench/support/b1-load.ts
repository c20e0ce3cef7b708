import autocannon, { type AutocannonResult } from "autocannon";

// B1's load: `connections` requests kept in flight for `seconds`, each presenting a token of
// the pool or, for `unknownShare` of them, one that no token has.
export function b1Load(options: {
  url: string;
  tokens: { pool: string[]; unknown: string[] };
  connections: number;
  seconds: number;
  unknownShare: number;
}): Promise<AutocannonResult> {
  const { tokens, unknownShare } = options;
  const pick = () => {
    const list = Math.random() < unknownShare ? tokens.unknown : tokens.pool;
    return list[Math.floor(Math.random() * list.length)] ?? "";
  };
  return autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, authorization: `Bearer ${pick()}` },
        }),
      },
    ],
  });
}
