import { policyPatchSchema, policyProblems, quietCoversNight, shopOpenSchema, DEFAULT_POLICY } from '../../types/shop';
import { toFieldErrors } from '../../types/validation';
import { charLength } from '../../types/text';

function errorsOf(result: { success: boolean; error?: unknown }) {
  if (result.success) throw new Error('expected a validation failure');
  return toFieldErrors(result.error as Parameters<typeof toFieldErrors>[0]);
}

describe('shop name', () => {
  it('counts Chinese characters and emoji as one each', () => {
    expect(charLength('林晓的山货🌰')).toBe(6);
    const name30 = '核'.repeat(29) + '🌰';
    expect(shopOpenSchema.safeParse({ name: name30 }).success).toBe(true);
  });

  it('trims, and treats a blank name as missing', () => {
    const ok = shopOpenSchema.safeParse({ name: '  林晓的山货  ' });
    expect(ok.success && ok.data.name).toBe('林晓的山货');
    const blank = errorsOf(shopOpenSchema.safeParse({ name: '   ' }));
    expect(blank.fields).toEqual({ name: '店铺名称不能为空' });
    expect(blank.tooLarge).toBe(false);
  });

  it('reports a name over 30 characters as too large, naming the bound', () => {
    const long = errorsOf(shopOpenSchema.safeParse({ name: '核'.repeat(31) }));
    expect(long.fields.name).toBe('店铺名称最多 30 个字');
    expect(long.tooLarge).toBe(true);
  });

  it('rejects a wrong type with a zh-CN message', () => {
    const wrong = errorsOf(shopOpenSchema.safeParse({ name: 42 }));
    expect(wrong.fields.name).toBe('店铺名称格式不正确');
    const missing = errorsOf(shopOpenSchema.safeParse({}));
    expect(missing.fields.name).toBe('店铺名称不能为空');
  });

  it('accepts only image addresses for the avatar', () => {
    expect(shopOpenSchema.safeParse({ name: 'a', avatarUrl: 'https://x.cn/a.png' }).success).toBe(true);
    expect(shopOpenSchema.safeParse({ name: 'a', avatarUrl: 'cloud://env-1/a.png' }).success).toBe(true);
    expect(shopOpenSchema.safeParse({ name: 'a', avatarUrl: '/uploads/a.png' }).success).toBe(true);
    expect(errorsOf(shopOpenSchema.safeParse({ name: 'a', avatarUrl: 'javascript:alert(1)' })).fields.avatarUrl).toBe('头像须为图片地址');
  });
});

describe('posting policy bounds', () => {
  it.each([
    ['dailyMax', 0],
    ['dailyMax', 4],
    ['weeklyMax', 11],
    ['minGapMinutes', 119],
    ['minGapMinutes', 1441],
    ['productRepeatDays', 0],
    ['productRepeatDays', 15],
    ['dailyMax', 1.5],
  ])('rejects %s = %p', (field, value) => {
    const errs = errorsOf(policyPatchSchema.safeParse({ [field]: value }));
    expect(Object.keys(errs.fields)).toEqual([field]);
  });

  it.each([
    ['dailyMax', 1],
    ['dailyMax', 3],
    ['weeklyMax', 10],
    ['minGapMinutes', 120],
    ['minGapMinutes', 1440],
    ['productRepeatDays', 14],
  ])('accepts %s = %p', (field, value) => {
    expect(policyPatchSchema.safeParse({ [field]: value }).success).toBe(true);
  });

  it('checks time zones and clock times', () => {
    expect(policyPatchSchema.safeParse({ timeZone: 'Europe/Berlin' }).success).toBe(true);
    expect(errorsOf(policyPatchSchema.safeParse({ timeZone: 'Mars/Olympus' })).fields.timeZone).toBe('时区不是有效的时区');
    expect(errorsOf(policyPatchSchema.safeParse({ quietStart: '25:00' })).fields.quietStart).toContain('HH:MM');
  });

  it('requires quiet hours to cover midnight to six', () => {
    expect(quietCoversNight('22:00', '08:00')).toBe(true);
    expect(quietCoversNight('23:59', '06:00')).toBe(true);
    expect(quietCoversNight('00:00', '06:00')).toBe(true);
    expect(quietCoversNight('00:00', '05:59')).toBe(false);
    expect(quietCoversNight('01:00', '07:00')).toBe(false);
    expect(quietCoversNight('22:00', '05:00')).toBe(false);
    expect(quietCoversNight('08:00', '08:00')).toBe(false);
    expect(policyProblems({ ...DEFAULT_POLICY, quietEnd: '05:00' })).toHaveProperty(['policy.quietEnd']);
    expect(policyProblems(DEFAULT_POLICY)).toEqual({});
  });
});

describe('text the database cannot store', () => {
  it('refuses a NUL character as bad input instead of failing in PostgreSQL', () => {
    const res = shopOpenSchema.safeParse({ name: '核桃\u0000店' });
    expect(errorsOf(res).fields.name).toBe('店铺名称格式不正确');
    expect(errorsOf(shopOpenSchema.safeParse({ name: 'ok', intro: 'a\u0000' })).fields.intro).toBe('店铺介绍格式不正确');
  });
});
