import { createSerializer } from "nuqs/server";
import { loadTokenListFilters, tokenListParsers } from "./list-filters";

export const API_LIST_PATH = "/settings/technical/api";

const listHref = createSerializer(tokenListParsers);

// The list's filters travel to a token's page as one `from` parameter and back to the
// list as the same filters. Only the list's own parameters are read from it, re-encoded,
// and put behind the list's fixed path, so a crafted `from` can never send anyone elsewhere.
export function returnToList(from: string | null | undefined): string {
  if (!from) return API_LIST_PATH;
  const filters = loadTokenListFilters(new URLSearchParams(from.slice(0, 1024)));
  return listHref(API_LIST_PATH, filters);
}

export function tokenPageHref(tokenId: string, listQuery = ""): string {
  const path = `${API_LIST_PATH}/tokens/${encodeURIComponent(tokenId)}`;
  const from = new URLSearchParams(listQuery).toString();
  return from ? `${path}?${new URLSearchParams({ from })}` : path;
}
