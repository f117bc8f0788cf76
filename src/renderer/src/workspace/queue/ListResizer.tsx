// The handle under the claims list: drag it (or focus it and press ↑/↓) to set how many claims
// the list shows. The height is remembered across reloads.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const LIST_HEIGHT = { min: 90, max: 900, step: 30, initial: 240 } as const;

export function ListResizer({ height, onChange, controls }: { height: number; onChange(height: number): void; controls: string }) {
  const { t } = useTranslation('queue');
  const drag = useRef<{ startY: number; startHeight: number } | null>(null);
  const clamp = (h: number) => Math.round(Math.min(LIST_HEIGHT.max, Math.max(LIST_HEIGHT.min, h)));

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
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const by = e.key === 'ArrowDown' ? LIST_HEIGHT.step : e.key === 'ArrowUp' ? -LIST_HEIGHT.step : 0;
    if (!by) return;
    e.preventDefault();
    e.stopPropagation();
    onChange(clamp(height + by));
  };

  return (
    <div
      className="list-resizer"
      role="separator"
      aria-orientation="horizontal"
      aria-controls={controls}
      aria-label={t('resize')}
      aria-valuemin={LIST_HEIGHT.min}
      aria-valuemax={LIST_HEIGHT.max}
      aria-valuenow={height}
      title={t('resize')}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
