"use client";

// Unexpected failures end here; the message shown is generic on purpose (no internals).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-gray-600">The request could not be completed. Try again in a moment.</p>
      <button type="button" onClick={reset} className="bg-brand-600 mt-6 rounded-md px-4 py-2 text-white">
        Try again
      </button>
    </main>
  );
}
