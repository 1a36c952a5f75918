import { AppError } from "@/lib/errors";
import { IbmiError } from "@/lib/ibmi/errors";

/**
 * Connection, host key, SSH daemon and output problems while reading the system become an
 * expected failure with IBM i's plain-language explanation, instead of a generic server error.
 */
export async function reachSystem<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof IbmiError) throw new AppError("unavailable", error.userMessage);
    throw error;
  }
}
