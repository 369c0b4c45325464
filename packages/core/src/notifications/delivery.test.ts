import { describe, expect, it } from 'vitest';
import { MAX_DELIVERY_ATTEMPTS, retryDelaySeconds, shouldRetry } from './delivery';
import { isMandatoryNotice, noticePreferencesInput } from './kinds';

describe('retryDelaySeconds', () => {
  it('doubles from one minute', () => {
    expect([1, 2, 3, 4, 5].map(retryDelaySeconds)).toEqual([60, 120, 240, 480, 960]);
  });
  it('never waits longer than six hours', () => {
    // 60 * 2^9 = 30 720 s is more than 6 h = 21 600 s.
    expect(retryDelaySeconds(9)).toBe(15_360);
    expect(retryDelaySeconds(10)).toBe(21_600);
    expect(retryDelaySeconds(40)).toBe(21_600);
  });
  it('adds up to about eight and a half hours before the last attempt', () => {
    let total = 0;
    for (let n = 1; n < MAX_DELIVERY_ATTEMPTS; n++) total += retryDelaySeconds(n);
    // 60 * (2^9 - 1) = 30 660 s.
    expect(total).toBe(30_660);
  });
});

describe('shouldRetry', () => {
  it('retries until the last attempt, never after a permanent refusal', () => {
    expect(shouldRetry(1, false)).toBe(true);
    expect(shouldRetry(MAX_DELIVERY_ATTEMPTS - 1, false)).toBe(true);
    expect(shouldRetry(MAX_DELIVERY_ATTEMPTS, false)).toBe(false);
    expect(shouldRetry(1, true)).toBe(false);
  });
});

describe('notice preferences', () => {
  it('cannot switch off invitations or password links', () => {
    expect(isMandatoryNotice('passwordReset')).toBe(true);
    expect(isMandatoryNotice('deviationReported')).toBe(false);
    expect(noticePreferencesInput.safeParse({ locale: 'sv', disabledKinds: ['passwordReset'] }).success).toBe(false);
    expect(noticePreferencesInput.safeParse({ locale: 'en', disabledKinds: ['deviationDue'] }).success).toBe(true);
  });
});
