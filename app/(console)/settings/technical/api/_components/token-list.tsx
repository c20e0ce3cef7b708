"use client";

import { useSearchParams } from "next/navigation";
import type { TokenCardDto } from "@/lib/tokens/dto";
import type { CardUsageDto } from "@/lib/usage/dto";
import { tokenPageHref } from "@/lib/tokens/list-return";
import { BulkSelectCheckbox } from "./bulk/select-checkbox";
import { TokenActionsMenu } from "./token-actions-menu";
import { TokenCard } from "./token-card";
import { useTokenActions } from "./use-token-actions";

// Each card's name opens the token's page, carrying the list's filters so "Back to the
// list" returns to this very view.
export function TokenList({
  tokens,
  usage,
  canManage,
  now,
}: {
  tokens: TokenCardDto[];
  // Each card's 7-day trend and unused flag, by token id (lib/usage/queries/card-usage.ts).
  usage: Record<string, CardUsageDto>;
  canManage: boolean;
  // When the page was rendered (ISO): what the cards' relative times count from.
  now: string;
}) {
  const { onAction, registerTrigger, dialog } = useTokenActions("api-heading");
  const listQuery = useSearchParams().toString();

  return (
    <>
      <ul className="space-y-3" aria-labelledby="tokens-heading">
        {tokens.map((token) => (
          <li key={token.id}>
            <TokenCard
              token={token}
              href={tokenPageHref(token.id, listQuery)}
              usage={usage[token.id]}
              now={now}
              select={<BulkSelectCheckbox id={token.id} name={token.name} />}
              menu={
                <TokenActionsMenu
                  token={token}
                  canManage={canManage}
                  onAction={(action) => onAction(token, action)}
                  ref={registerTrigger(token.id)}
                />
              }
            />
          </li>
        ))}
      </ul>
      {dialog}
    </>
  );
}
