export async function register() {
  // Next inlines NEXT_RUNTIME per bundle, so the Edge bundle drops the Node-only start-up code.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("@/lib/server/start");
  await startServer();
}
