import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">This page or record does not exist (any more).</p>
      <p className="mt-6">
        <Link href="/applications">Back to the applications</Link>
      </p>
    </main>
  );
}
