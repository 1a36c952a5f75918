import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/errors";

describe("fieldErrorsOf", () => {
  it("keys messages by field: nested objects by their path, array items by their array", () => {
    const schema = z.object({
      name: z.string().min(1, "Name it."),
      tags: z.array(z.string().max(3, "Tags are short.")),
      ftpWindow: z.object({ from: z.string().regex(/^\d\d:\d\d$/, "HH:MM") }),
    });
    const result = schema.safeParse({ name: "", tags: ["ok", "too long"], ftpWindow: { from: "7am" } });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ name: ["Name it."], tags: ["Tags are short."], "ftpWindow.from": ["HH:MM"] });
  });

  it("puts an error about the whole input under _", () => {
    const result = z.string().safeParse(3);
    expect(Object.keys(fieldErrorsOf(result.error!))).toEqual(["_"]);
  });
});
