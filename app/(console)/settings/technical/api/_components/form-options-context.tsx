"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { TokenFormOptions } from "@/lib/tokens/dto";

// The catalogues every token form needs, loaded once by the page.
const FormOptionsContext = createContext<TokenFormOptions | null>(null);

export function FormOptionsProvider({
  options,
  children,
}: {
  options: TokenFormOptions;
  children: ReactNode;
}) {
  return <FormOptionsContext.Provider value={options}>{children}</FormOptionsContext.Provider>;
}

export function useFormOptions(): TokenFormOptions {
  const options = useContext(FormOptionsContext);
  if (!options) throw new Error("useFormOptions needs a FormOptionsProvider");
  return options;
}
