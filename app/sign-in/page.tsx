import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-2xl font-semibold tracking-tight">Portcullis</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Network-exposure hardening for IBM i</p>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-xs ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
          <h1 className="mb-4 text-lg font-semibold">Sign in</h1>
          <SignInForm />
        </div>
      </div>
    </main>
  );
}
