import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { EXAMPLE_IDS, verificationExamples } from "./examples";
import { nginxSnippet } from "./nginx-snippet";

const byId = (url: string) => new Map(verificationExamples(url).map((e) => [e.id, e]));

describe("verificationExamples", () => {
  it("gives every example, each carrying this instance's URL (no trailing slash doubled)", () => {
    const examples = verificationExamples("https://keyward.example.com/");
    expect(examples.map((e) => e.id)).toEqual([...EXAMPLE_IDS]);
    for (const example of examples) {
      expect(example.code, example.id).toContain("keyward.example.com");
      expect(example.code, example.id).not.toContain("example.com//");
    }
    expect(byId("https://keyward.example.com").get("curl-check")?.code).toContain(
      '"https://keyward.example.com/api/v1/auth/check"',
    );
  });

  it("shows the nginx snippet the gateway test runs in a real nginx", () => {
    expect(byId("http://localhost:3000").get("nginx")?.code).toBe(
      nginxSnippet("http://localhost:3000", "http://leads-api"),
    );
  });

  it("writes Traefik and Envoy configuration that parses as YAML", () => {
    for (const url of ["http://localhost:3000", "https://keyward.example.com"]) {
      const examples = byId(url);
      const traefik = parse(examples.get("traefik")?.code ?? "") as {
        http: { middlewares: { "keyward-check": { forwardAuth: { address: string } } } };
      };
      expect(traefik.http.middlewares["keyward-check"].forwardAuth.address).toBe(`${url}/api/v1/auth/check`);
      const envoy = parse((examples.get("envoy")?.code ?? "").split("# In clusters:")[0] ?? "") as {
        typed_config: { http_service: { path_prefix: string } };
      }[];
      expect(envoy[0]?.typed_config.http_service.path_prefix).toBe("/api/v1/auth/check?original_path=");
      const clusters = parse((examples.get("envoy")?.code ?? "").split("# In clusters:")[1] ?? "") as {
        load_assignment: unknown;
        transport_socket?: unknown;
      }[];
      expect(JSON.stringify(clusters[0]?.load_assignment)).toContain(new URL(url).hostname);
      expect(Boolean(clusters[0]?.transport_socket)).toBe(url.startsWith("https:"));
    }
  });

  it("writes a resource server that is valid JavaScript", () => {
    const code = byId("http://localhost:3000").get("resource-server")?.code ?? "";
    expect(() => new Function(code.replace("export async function", "async function"))).not.toThrow();
    expect(code).toContain('"http://localhost:3000/api/v1/tokens/introspect"');
  });
});
