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
    const next = assignSlots(first, range(28, 40));
    for (const index of range(28, 12)) expect(next.get(index)).toBe(first.get(index));
    // A jump of a screen needs no slot the first window did not have.
    expect(new Set(next.values())).toEqual(new Set(first.values()));
    expect(distinct(next)).toBe(true);
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
