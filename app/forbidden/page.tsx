import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">You may not open this page</h1>
      <p className="mt-2 text-slate-600">Your role does not allow this. Ask an admin if you need it.</p>
      <p className="mt-6">
        <Link href="/applications">Back to the applications</Link>
      </p>
    </main>
  );
}
