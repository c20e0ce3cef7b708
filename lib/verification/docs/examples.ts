import { nginxSnippet } from "./nginx-snippet";

// The copyable examples of the "Using the API" page, filled with this instance's configured
// public URL (NEXTAUTH_URL), never the request's Host header, which a client chooses.
export const EXAMPLE_IDS = [
  "curl-check",
  "nginx",
  "traefik",
  "envoy",
  "curl-introspect",
  "resource-server",
] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

export type VerificationExample = { id: ExampleId; language: string; code: string };

const CHECK = "/api/v1/auth/check";
const INTROSPECT = "/api/v1/tokens/introspect";
const IDENTITY = ["Token-Id", "Token-Name", "Owner-Email", "Scopes", "Api-Version"].map(
  (h) => `X-Keyward-${h}`,
);

const curlCheck = (base: string) => `curl -i "${base}${CHECK}" \\
  -H "Authorization: Bearer $KEYWARD_TOKEN" \\
  -H "X-Keyward-Required-Permission: leads:read"
# 204 and X-Keyward-* headers: the token is good and may read leads.
# 401 / 403 / 429 / 503: see WWW-Authenticate, Retry-After and the JSON body.`;

const traefik = (base: string) => `# Traefik dynamic configuration (file provider)
http:
  middlewares:
    keyward-needs-leads-read:
      headers:
        customRequestHeaders:
          X-Keyward-Required-Permission: "leads:read"
    keyward-check:
      forwardAuth:
        address: "${base}${CHECK}"
        authResponseHeaders:
${IDENTITY.map((h) => `          - ${h}`).join("\n")}
  routers:
    leads:
      rule: "PathPrefix(\`/leads/\`)"
      middlewares: [keyward-needs-leads-read, keyward-check]
      service: leads-api`;

// Envoy appends the client's path to path_prefix; ending the prefix with a query parameter
// keeps the check's own path exact (Keyward ignores parameters other than "permission").
const envoy = (base: string) => {
  const url = new URL(base);
  const https = url.protocol === "https:";
  const port = url.port || (https ? "443" : "80");
  const tls = https
    ? `
  transport_socket:
    name: envoy.transport_sockets.tls
    typed_config:
      "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext
      sni: ${url.hostname}`
    : "";
  return `# In the HTTP connection manager's http_filters, before the router:
- name: envoy.filters.http.ext_authz
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.filters.http.ext_authz.v3.ExtAuthz
    transport_api_version: V3
    failure_mode_allow: false
    http_service:
      server_uri:
        uri: ${base}
        cluster: keyward
        timeout: 1s
      path_prefix: "${CHECK}?original_path="
      authorization_request:
        allowed_headers:
          patterns: [{ exact: authorization }]
        headers_to_add:
          - key: X-Keyward-Required-Permission
            value: "leads:read"
          - key: X-Forwarded-For
            value: "%DOWNSTREAM_REMOTE_ADDRESS_WITHOUT_PORT%"
      authorization_response:
        allowed_upstream_headers:
          patterns: [{ prefix: x-keyward- }]
        allowed_client_headers:
          patterns: [{ exact: www-authenticate }, { exact: retry-after }]

# In clusters:
- name: keyward
  type: STRICT_DNS
  load_assignment:
    cluster_name: keyward
    endpoints:
      - lb_endpoints:
          - endpoint:
              address:
                socket_address: { address: ${url.hostname}, port_value: ${port} }${tls}`;
};

const curlIntrospect = (base: string) => `curl -s "${base}${INTROSPECT}" \\
  -H "Authorization: Bearer $RESOURCE_SERVER_TOKEN" \\
  --data-urlencode "token=$PRESENTED_TOKEN"
# {"active":true,"scope":"leads:read","client_id":"…","sub":"…","exp":…} or {"active":false}`;

const resourceServer = (
  base: string,
) => `// Node.js 18+: a resource server asks Keyward about the token its client presented.
const KEYWARD_INTROSPECT = "${base}${INTROSPECT}";

export async function introspect(presentedToken) {
  const response = await fetch(KEYWARD_INTROSPECT, {
    method: "POST",
    headers: {
      Authorization: \`Bearer \${process.env.KEYWARD_INTROSPECTION_TOKEN}\`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ token: presentedToken }),
  });
  if (!response.ok) {
    // 401/403: this server's own token is refused; 429/503: retry after Retry-After.
    throw new Error(\`Keyward introspection answered \${response.status}\`);
  }
  const claims = await response.json();
  // claims.scope is space separated, e.g. "leads:read leads:write".
  return claims.active ? claims : null;
}`;

export function verificationExamples(publicUrl: string): VerificationExample[] {
  const base = publicUrl.replace(/\/+$/, "");
  return [
    { id: "curl-check", language: "shell", code: curlCheck(base) },
    { id: "nginx", language: "nginx", code: nginxSnippet(base, "http://leads-api") },
    { id: "traefik", language: "yaml", code: traefik(base) },
    { id: "envoy", language: "yaml", code: envoy(base) },
    { id: "curl-introspect", language: "shell", code: curlIntrospect(base) },
    { id: "resource-server", language: "javascript", code: resourceServer(base) },
  ];
}
