import { z } from "zod";
import { InvalidValueError } from "./errors";

/**
 * A form field checked by one of the CL value validators (lib/ibmi/values): one rule per kind of
 * value for the form and the command builder alike, the value arriving in canonical form (the
 * builder brands it again when it builds the command), and a refusal shown on the field in the
 * form's own words.
 */
export function zValidated(validate: (input: unknown, field: string) => string, message: string) {
  return z
    .string()
    .trim()
    .transform((text, ctx): string => {
      try {
        return validate(text, "value");
      } catch (error) {
        if (!(error instanceof InvalidValueError)) throw error;
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
    });
}
