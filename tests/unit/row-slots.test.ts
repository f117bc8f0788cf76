// The All claims table's row slots: rows scrolled in reuse the DOM rows of rows scrolled out.
import { describe, expect, it } from 'vitest';
import { assignSlots } from '../../src/renderer/src/views/claims-table/row-slots';

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const distinct = (slots: Map<number, number>) => new Set(slots.values()).size === slots.size;

describe('assignSlots', () => {
  it('numbers a first window 0, 1, 2 … in row order', () => {
    expect([...assignSlots(new Map(), range(10, 4))]).toEqual([
      [10, 0],
      [11, 1],
      [12, 2],
      [13, 3],
    ]);
  });

  it('keeps the slot of a row still on screen and gives rows scrolled in the slots of rows gone', () => {
    const first = assignSlots(new Map(), range(0, 40));
    const next = assignSlots(first, range(10, 40));
    for (const index of range(10, 30)) expect(next.get(index)).toBe(first.get(index));
    // A scroll needs no slot the first window did not have.
    expect(new Set(next.values())).toEqual(new Set(first.values()));
    expect(distinct(next)).toBe(true);
  });

  it('keeps the slots in screen order when most rows on screen are new (a jump of a screen moves no DOM row)', () => {
    const inScreenOrder = (slots: Map<number, number>) => [...slots].sort((a, b) => a[0] - b[0]).map(([, slot]) => slot);
    const first = assignSlots(new Map(), range(0, 40));
    const moved = assignSlots(first, range(10, 40));
    // 12 rows still on screen of 40: the slots keep the order they have in the DOM.
    const jumped = assignSlots(moved, range(38, 40));
    expect(inScreenOrder(jumped)).toEqual(inScreenOrder(moved));
    // Down and up, growing and shrinking: the order holds, new slots go at the end, and all stay distinct.
    const back = assignSlots(jumped, range(5, 42));
    expect(inScreenOrder(back).slice(0, 40)).toEqual(inScreenOrder(moved));
    expect(distinct(back)).toBe(true);
    const fewer = assignSlots(back, range(1_000, 30));
    expect(inScreenOrder(fewer)).toEqual(inScreenOrder(back).slice(0, 30));
  });

  it('reuses every slot when the window jumps far past the rows it showed', () => {
    const first = assignSlots(new Map(), range(100, 36));
    const far = assignSlots(first, range(90_000, 36));
    expect(new Set(far.values())).toEqual(new Set(first.values()));
  });

  it('gives the same slots again for the same rows (a second render changes nothing)', () => {
    const first = assignSlots(new Map(), range(5, 30));
    const moved = assignSlots(first, range(17, 33));
    expect(assignSlots(moved, range(17, 33))).toEqual(moved);
  });

  it('stays distinct when the window grows, shrinks and grows again', () => {
    let slots = assignSlots(new Map(), range(0, 10));
    slots = assignSlots(slots, range(3, 4));
    expect(distinct(slots)).toBe(true);
    slots = assignSlots(slots, range(2, 20));
    expect(distinct(slots)).toBe(true);
    expect(slots.size).toBe(20);
    expect(Math.max(...slots.values())).toBe(19);
    expect(assignSlots(slots, [])).toEqual(new Map());
  });
});
