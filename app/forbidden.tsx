import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">You don’t have access to this page</h1>
      <p className="mt-3 text-gray-600">
        Your role in this account does not include it. Ask an account administrator if you need access.
      </p>
      <Link href="/" className="text-brand-600 mt-6 inline-block underline">
        Go to the console
      </Link>
    </main>
  );
}
