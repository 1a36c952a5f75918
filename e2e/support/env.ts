/** Fixed sign-ins for the e2e server (passed to the demo launcher by playwright.config.ts). */
export const E2E_PORT = 3100;
export const ADMIN = { email: "admin@portcullis.local", password: "e2e-admin-password-1" };
export const OFFICER = { email: "officer@portcullis.local", password: "e2e-demo-password-1" };
export const AUDITOR = { email: "auditor@portcullis.local", password: "e2e-demo-password-1" };
/** The e2e server's simulated fleet: one system per scenario (NP0001, HD0002, V60003, OL0004). */
export const E2E_SIM_SYSTEMS = 4;
export const E2E_SIM_BASE_PORT = 23001;
/** The simulator's loopback control API (faults, connections, clock) for tests that change a system. */
export const E2E_SIM_CONTROL_URL = "http://127.0.0.1:3199";
