/** Replaced by the job-queue work (pg-boss worker inside the web process for the demo). */
export async function startInProcessWorker(): Promise<void> {}
