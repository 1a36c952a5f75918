import ssh2 from "ssh2";

// Default import: Node's ESM loader cannot see ssh2's `utils` as a named export (tsx scripts).
const { utils } = ssh2;

/**
 * An ed25519 key pair in OpenSSH format. ssh2 1.17's generator drops a leading zero byte of the
 * public key about once in 200 pairs and then cannot parse its own output; such a pair is thrown
 * away and another one made (a flaky key would otherwise make a flaky server or test).
 */
export function generateEd25519KeyPair(options: { passphrase?: string } = {}): { private: string; public: string } {
  for (;;) {
    const pair = options.passphrase
      ? utils.generateKeyPairSync("ed25519", { passphrase: options.passphrase, cipher: "aes256-ctr", rounds: 4 })
      : utils.generateKeyPairSync("ed25519");
    const usable = !(utils.parseKey(pair.public) instanceof Error) && !(utils.parseKey(pair.private, options.passphrase) instanceof Error);
    if (usable) return { private: pair.private, public: pair.public };
  }
}
