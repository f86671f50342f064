/** Recent (recent.ts): least recently used entries within a budget, by count or by cost. */
import { describe, expect, it } from 'vitest';
import { Recent } from '../../../src/lib/recent.ts';

describe('Recent', () => {
  it('by count: keeps the last n used, a get counting as a use', () => {
    const recent = new Recent<string, number>(2);
    recent.set('a', 1);
    recent.set('b', 2);
    expect(recent.get('a')).toBe(1); // now the most recent
    recent.set('c', 3); // b goes
    expect(recent.get('b')).toBeUndefined();
    expect([...recent.keys()]).toEqual(['a', 'c']);
    recent.set('a', 10); // replacing counts once, and makes it the most recent
    expect([...recent.keys()]).toEqual(['c', 'a']);
    expect(recent.get('a')).toBe(10);
    expect(recent.size).toBe(2);
  });

  describe('by cost (images by their bytes)', () => {
    const image = (bytes: number) => ({ data: new Uint8ClampedArray(bytes) });
    const bytes = (v: { data: Uint8ClampedArray } | null) => v?.data.byteLength ?? 0;

    it('keeps entries up to the budget, dropping the least recently used', () => {
      const recent = new Recent(100, bytes);
      const [a, b, c] = [image(40), image(40), image(40)];
      recent.set('a', a);
      recent.set('b', b);
      expect(recent.get('a')).toBe(a);
      recent.set('c', c); // 120 bytes: b goes
      expect(recent.get('b')).toBeUndefined();
      expect(recent.get('a')).toBe(a);
      expect(recent.get('c')).toBe(c);
      expect(recent.size).toBe(2);
    });

    it('keeps the newest entry even beyond the budget; a null value costs nothing and is kept as null', () => {
      const recent = new Recent(100, bytes);
      recent.set('empty', null);
      recent.set('small', image(40));
      const big = image(400);
      recent.set('big', big);
      expect(recent.get('big')).toBe(big);
      expect(recent.get('small')).toBeUndefined();
      expect(recent.get('empty')).toBeUndefined(); // older than 'small': dropped first
      recent.set('empty', null);
      expect(recent.get('empty')).toBeNull();
      expect(recent.size).toBe(1); // 'big' went: over the budget and not the newest
    });

    it('replacing an entry under the same key counts its cost once', () => {
      const recent = new Recent(100, bytes);
      recent.set('a', image(60));
      recent.set('a', image(60));
      recent.set('b', image(40));
      expect(recent.size).toBe(2);
    });
  });
});
