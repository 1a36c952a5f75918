/** Fixed sign-ins for the e2e server (passed to the demo launcher by playwright.config.ts). */
export const E2E_PORT = 3100;
export const ADMIN = { email: "admin@portcullis.local", password: "e2e-admin-password-1" };
export const OFFICER = { email: "officer@portcullis.local", password: "e2e-demo-password-1" };
export const AUDITOR = { email: "auditor@portcullis.local", password: "e2e-demo-password-1" };
