import { describe, expect, it } from "vitest";
import { formatOffset, scheduleForWindow, timeZoneOffsetMinutes } from "./window-times";

const march = new Date("2026-03-10T12:00:00Z");
const weekdays = ["mon", "tue", "wed", "thu", "fri"] as const;

describe("the policy's FTP window in system time", () => {
  it("keeps days and times when the policy zone and QUTCOFFSET agree", () => {
    expect(scheduleForWindow({ days: [...weekdays], from: "07:00", to: "19:00", timeZone: "UTC" }, 0, march)).toEqual({
      onDays: ["*MON", "*TUE", "*WED", "*THU", "*FRI"],
      onTime: "07:00",
      offDays: ["*MON", "*TUE", "*WED", "*THU", "*FRI"],
      offTime: "19:00",
    });
  });

  it("shifts the times by the difference between the zones (Berlin in winter, system on UTC)", () => {
    expect(timeZoneOffsetMinutes("Europe/Berlin", march)).toBe(60);
    const times = scheduleForWindow({ days: [...weekdays], from: "07:00", to: "19:00", timeZone: "Europe/Berlin" }, 0, march);
    expect(times).toMatchObject({ onTime: "06:00", offTime: "18:00" });
  });

  it("moves days across midnight and runs an overnight window's close on the next day", () => {
    const early = scheduleForWindow({ days: ["mon"], from: "00:30", to: "06:00", timeZone: "UTC" }, -60, march);
    expect(early).toEqual({ onDays: ["*SUN"], onTime: "23:30", offDays: ["*MON"], offTime: "05:00" });
    const overnight = scheduleForWindow({ days: ["sun"], from: "22:00", to: "02:00", timeZone: "UTC" }, 0, march);
    expect(overnight).toEqual({ onDays: ["*SUN"], onTime: "22:00", offDays: ["*MON"], offTime: "02:00" });
  });

  it("writes QUTCOFFSET the way IBM i shows it", () => {
    expect(formatOffset(60)).toBe("+0100");
    expect(formatOffset(-330)).toBe("-0530");
  });
});
