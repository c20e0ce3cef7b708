import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-gray-600">The page or object you asked for does not exist.</p>
      <Link href="/" className="text-brand-600 mt-6 inline-block underline">
        Go to the console
      </Link>
    </main>
  );
}
