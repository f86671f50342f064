import { describe, expect, it } from 'vitest';
import { parseColor } from '../../../src/lib/color.ts';

describe('parseColor (d3-color)', () => {
  it('reads hex, rgb(), hsl() and named forms, without the alpha', () => {
    expect(parseColor('#3b82f6')).toEqual([59, 130, 246]);
    expect(parseColor(' #fff ')).toEqual([255, 255, 255]);
    expect(parseColor('#11223344')).toEqual([17, 34, 51]);
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColor('rgba(10, 20, 30, 0.5)')).toEqual([10, 20, 30]);
    expect(parseColor('hsl(0, 0%, 0%)')).toEqual([0, 0, 0]);
    expect(parseColor('steelblue')).toEqual([70, 130, 180]);
  });
  it('null for what it cannot read (the canvas resolves those: resolveColor)', () => {
    expect(parseColor('rgba(10 20 30 / 0.5)')).toBeNull();
    expect(parseColor('oklch(70% 0.1 200)')).toBeNull();
    expect(parseColor('none')).toBeNull();
  });
});
