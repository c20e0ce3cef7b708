// The nginx snippet of the README ("Verification API") and of the "Using the API" page: the
// check location, the named location that hands Keyward's 401/403/429 to the client (nginx
// alone would turn a 429 into a 500, and send its own HTML for 403), and one protected
// location. nginx itself copies WWW-Authenticate onto a 401, so the named location adds it
// only to a 403. `keyward` is Keyward's origin, `upstream` the protected API's.
// e2e/gateway-nginx.spec.ts runs it in a real nginx and checks the README shows it word for word.
export function nginxSnippet(keyward: string, upstream: string): string {
  return `location = /_keyward_check {
    internal;
    proxy_pass ${keyward}/api/v1/auth/check;
    proxy_pass_request_body off;
    proxy_set_header Content-Length "";
    proxy_set_header X-Keyward-Required-Permission $keyward_permission;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
}
location @keyward_refused {
    default_type application/json;
    add_header Retry-After $keyward_retry_after always;
    if ($keyward_status ~ "401$") { return 401 '{"error":"invalid_token"}'; }
    if ($keyward_status ~ "403$") {
        add_header WWW-Authenticate $keyward_www_authenticate always;
        return 403 '{"error":"insufficient_scope"}';
    }
    if ($keyward_status ~ "429$") { return 429 '{"error":"too_many_requests"}'; }
    return 503 '{"error":"temporarily_unavailable"}';
}
location /leads/ {
    set $keyward_permission "leads:read";
    auth_request /_keyward_check;
    auth_request_set $keyward_status $upstream_status;
    auth_request_set $keyward_www_authenticate $upstream_http_www_authenticate;
    auth_request_set $keyward_retry_after $upstream_http_retry_after;
    error_page 401 403 500 = @keyward_refused;
    auth_request_set $keyward_token_id $upstream_http_x_keyward_token_id;
    auth_request_set $keyward_token_name $upstream_http_x_keyward_token_name;
    auth_request_set $keyward_owner_email $upstream_http_x_keyward_owner_email;
    auth_request_set $keyward_scopes $upstream_http_x_keyward_scopes;
    auth_request_set $keyward_api_version $upstream_http_x_keyward_api_version;
    proxy_set_header X-Keyward-Token-Id $keyward_token_id;
    proxy_set_header X-Keyward-Token-Name $keyward_token_name;
    proxy_set_header X-Keyward-Owner-Email $keyward_owner_email;
    proxy_set_header X-Keyward-Scopes $keyward_scopes;
    proxy_set_header X-Keyward-Api-Version $keyward_api_version;
    proxy_set_header Authorization "";
    proxy_pass ${upstream};
}`;
}
