// Placeholder replaced by the foundation work: creates a throwaway database for the run.
export default async function setup() {}
