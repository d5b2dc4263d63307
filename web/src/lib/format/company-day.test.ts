import { describe, expect, it, vi } from 'vitest';

const get = vi.fn(() => Promise.resolve({ data: { id: 1, version: 1, time_zone: 'Europe/Madrid' }, etag: null }));
vi.mock('../api/client', () => ({ api: { get } }));

const { addDays, companyToday, dayIn } = await import('./company-day');

// 23:30 UTC on Friday 4 December is already Saturday 5 December in Madrid.
const lateFriday = new Date('2026-12-04T23:30:00Z');

describe("the company's today", () => {
  it('is the date in the given zone, not the browser\'s', () => {
    expect(dayIn('Europe/Madrid', lateFriday)).toBe('2026-12-05');
    expect(dayIn('UTC', lateFriday)).toBe('2026-12-04');
    expect(dayIn('America/Los_Angeles', new Date('2026-01-01T05:00:00Z'))).toBe('2025-12-31');
  });

  it('moves days across months, years and the DST change', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-27', 3)).toBe('2026-03-30');
  });

  it("reads the organisation's zone once and dates by it", async () => {
    expect(await companyToday(lateFriday)).toBe('2026-12-05');
    expect(await companyToday(new Date('2026-12-04T12:00:00Z'))).toBe('2026-12-04');
    expect(get).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledWith('/api/v1/settings');
  });
});
