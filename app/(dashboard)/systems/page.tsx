import { redirect } from "next/navigation";

/** Systems are listed on the fleet page. */
export default function SystemsIndex() {
  redirect("/");
}
