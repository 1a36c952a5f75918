import { spawn, type ChildProcess } from "node:child_process";

/** A second app instance, started and stopped by the test itself (for restart tests). */
export class AppProcess {
  private child?: ChildProcess;

  constructor(
    private readonly port: number,
    private readonly dataDir: string,
    private readonly env: Record<string, string>,
  ) {}

  get baseURL() {
    return `http://localhost:${this.port}`;
  }

  async start(options: { fresh?: boolean } = {}) {
    const args = ["--import", "tsx", "scripts/demo.ts", "--skip-build", "--data-dir", this.dataDir, "--secrets-file", `${this.dataDir}/.env.local`, "--port", String(this.port), "--systems", "0"];
    if (options.fresh) args.push("--fresh");
    this.child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...this.env, NEXT_TELEMETRY_DISABLED: "1" } });
    const output: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output.push(chunk.toString());
        if (output.join("").includes("Portcullis is running")) resolve();
      };
      this.child?.stdout?.on("data", onData);
      this.child?.stderr?.on("data", onData);
      this.child?.once("exit", (code) => reject(new Error(`app exited (${code}):\n${output.join("")}`)));
    });
  }

  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
}
