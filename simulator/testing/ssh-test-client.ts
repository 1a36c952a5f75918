/**
 * A small ssh2 client for the simulator's integration tests: connect with a password or a key,
 * run exec lines with optional stdin, and see exactly what a real client sees (stdout, stderr,
 * exit status, or the connection dropping).
 */
import { Client, type ConnectConfig } from "ssh2";
import type { SystemListing } from "@/simulator/simulator";

export interface ExecResult {
  stdout: string;
  stderr: string;
  /** null when the channel closed without an exit status (connection dropped). */
  code: number | null;
}

export interface TestConnection {
  exec(command: string, stdin?: string): Promise<ExecResult>;
  /** The host key fingerprint the server presented (SHA256:… as OpenSSH prints it). */
  readonly presentedHostKey: string;
  close(): void;
}

export function connect(system: SystemListing, auth: Partial<Pick<ConnectConfig, "password" | "privateKey" | "username">> = {}): Promise<TestConnection> {
  const client = new Client();
  let presented = "";
  return new Promise((resolve, reject) => {
    client.on("error", reject);
    client.on("ready", () => {
      client.removeListener("error", reject);
      client.on("error", () => undefined);
      resolve({
        presentedHostKey: presented,
        close: () => client.end(),
        exec: (command, stdin) =>
          new Promise((done, fail) => {
            client.exec(command, (error, channel) => {
              if (error) return fail(error);
              const result: ExecResult = { stdout: "", stderr: "", code: null };
              channel.on("data", (chunk: Buffer) => (result.stdout += chunk.toString("utf8")));
              channel.stderr.on("data", (chunk: Buffer) => (result.stderr += chunk.toString("utf8")));
              channel.on("exit", (code: number | null) => (result.code = code));
              channel.on("close", () => done(result));
              channel.end(stdin);
            });
          }),
      });
    });
    client.connect({
      host: system.host,
      port: system.port,
      username: auth.username ?? system.user,
      ...(auth.privateKey ? { privateKey: auth.privateKey } : { password: auth.password ?? system.password }),
      readyTimeout: 10_000,
      hostHash: "sha256",
      hostVerifier: (hash: string) => {
        presented = `SHA256:${Buffer.from(hash, "hex").toString("base64").replace(/=+$/, "")}`;
        return true;
      },
    });
  });
}
