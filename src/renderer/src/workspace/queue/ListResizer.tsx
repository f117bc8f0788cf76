// The handle under the claims list: drag it to set how many claims the list shows; from the
// keyboard, Alt+↑/↓ in the list does the same (the handle stays out of the Tab order, so Tab
// still goes from the list to the article text). The height is remembered across reloads.
import { memo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';

export const LIST_HEIGHT = { min: 90, max: 900, step: 30, initial: 240 } as const;

const clamp = (h: number) => Math.round(Math.min(LIST_HEIGHT.max, Math.max(LIST_HEIGHT.min, h)));

/** Alt+↑/↓ inside the list (a capture handler on its wrapper): one row less or more. */
export function resizeByKey(event: KeyboardEvent, height: number, onChange: (height: number) => void): void {
  if (!event.altKey || event.ctrlKey || event.metaKey) return;
  const by = event.key === 'ArrowDown' ? LIST_HEIGHT.step : event.key === 'ArrowUp' ? -LIST_HEIGHT.step : 0;
  if (!by) return;
  event.preventDefault();
  event.stopPropagation();
  onChange(clamp(height + by));
}

// Memoised: its props do not change with the selection (j/k).
export const ListResizer = memo(function ListResizer({ height, onChange, controls }: { height: number; onChange(height: number): void; controls: string }) {
  const { t } = useTranslation('queue');
  const drag = useRef<{ startY: number; startHeight: number } | null>(null);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { startY: e.clientY, startHeight: height };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onChange(clamp(drag.current.startHeight + e.clientY - drag.current.startY));
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  return (
    <div
      className="list-resizer"
      role="separator"
      aria-orientation="horizontal"
      aria-controls={controls}
      aria-label={t('resize')}
      title={t('resize')}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );
});
