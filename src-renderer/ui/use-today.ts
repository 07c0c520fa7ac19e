import { useEffect, useState } from 'react';
import { todayIso } from './format';

/** Milliseconds from `now` to one second past the next local midnight. */
export function untilNextDay(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
  return next.getTime() - now.getTime();
}

/**
 * Today (yyyy-MM-dd), following the calendar: read when the screen is shown, and again after
 * midnight while it stays open. Timers sleep with the laptop, so coming back to the window
 * (focus, visibility) checks the date too.
 */
export function useToday(): string {
  const [today, setToday] = useState(todayIso);
  useEffect(() => {
    let timer = setTimeout(check, untilNextDay(new Date()));
    function check() {
      setToday(todayIso());
      clearTimeout(timer);
      timer = setTimeout(check, untilNextDay(new Date()));
    }
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
  return today;
}
