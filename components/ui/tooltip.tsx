"use client";

import { Tooltip as Primitive } from "radix-ui";
import type { ReactNode } from "react";

// A short explanation shown on hover and on keyboard focus of its trigger. The trigger must
// be focusable; give it an aria-describedby of its own when screen readers should hear the
// text without opening the tooltip (Radix adds one only while it is open).
export function Tooltip({ content, children }: { content: ReactNode; children: ReactNode }) {
  return (
    <Primitive.Provider delayDuration={300}>
      <Primitive.Root>
        <Primitive.Trigger asChild>{children}</Primitive.Trigger>
        <Primitive.Portal>
          <Primitive.Content
            side="bottom"
            align="start"
            sideOffset={4}
            className="z-50 max-w-xs rounded-md bg-gray-900 px-3 py-2 text-xs leading-relaxed text-white shadow-lg"
          >
            {content}
            <Primitive.Arrow className="fill-gray-900" />
          </Primitive.Content>
        </Primitive.Portal>
      </Primitive.Root>
    </Primitive.Provider>
  );
}
