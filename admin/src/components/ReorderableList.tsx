import * as React from 'react';
import { Box, Flex, IconButton, VisuallyHidden } from '@strapi/design-system';
import { ArrowDown, ArrowUp, Drag } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { getTranslation } from '../utils/getTranslation';

export interface ReorderControls {
  dragHandle: React.ReactNode;
  moveButtons: React.ReactNode;
  /** Call when removing this item: focus moves to the item that takes its place (or the new last one), else to `focusWhenEmpty`. */
  focusAfterRemoval: () => void;
}

interface ReorderableListProps<T> {
  items: T[];
  /** Names the list for screen readers ("Credits", "Facts"). */
  label: string;
  getKey: (item: T) => string;
  /** What an announcement calls the item ("Tim Zadorozhnyy"). */
  getLabel: (item: T) => string;
  onMove: (from: number, to: number) => void;
  /** What takes focus once the last item is removed. */
  focusWhenEmpty?: () => HTMLElement | null | undefined;
  disabled?: boolean;
  /** Dense rows: smaller move buttons and padding, for lists whose items are one line until opened. */
  compact?: boolean;
  /** The item's own content, which places the drag handle and the move buttons (null when disabled). */
  renderItem: (item: T, index: number, controls: ReorderControls) => React.ReactNode;
}

/**
 * An ordered list that moves items by drag and drop (native HTML5), by the Move up/down buttons,
 * or by Alt+Arrow keys on a focused item; each move is announced to screen readers.
 */
export const ReorderableList = <T,>({
  items,
  label,
  getKey,
  getLabel,
  onMove,
  focusWhenEmpty,
  disabled = false,
  compact = false,
  renderItem,
}: ReorderableListProps<T>) => {
  const { formatMessage } = useIntl();
  const [dragged, setDragged] = React.useState<number | null>(null);
  const [over, setOver] = React.useState<number | null>(null);
  const [announcement, setAnnouncement] = React.useState('');
  const itemRefs = React.useRef<(HTMLLIElement | null)[]>([]);

  const move = (from: number, to: number, refocus: boolean) => {
    if (to < 0 || to >= items.length || from === to) return;
    onMove(from, to);
    setAnnouncement(
      formatMessage(
        { id: getTranslation('reorder.moved'), defaultMessage: '{item} moved to position {position} of {total}.' },
        { item: getLabel(items[from]), position: to + 1, total: items.length }
      )
    );
    // Keyboard users keep their place: focus follows the moved item.
    if (refocus) requestAnimationFrame(() => itemRefs.current[to]?.focus());
  };

  // Without this, removing the focused item's button leaves focus on <body>.
  const focusAfterRemoval = (index: number) =>
    requestAnimationFrame(() => {
      const remaining = itemRefs.current.filter((item): item is HTMLLIElement => item?.isConnected ?? false);
      (remaining[Math.min(index, remaining.length - 1)] ?? focusWhenEmpty?.())?.focus();
    });

  const onKeyDown = (index: number) => (event: React.KeyboardEvent) => {
    if (disabled || !event.altKey || event.target !== event.currentTarget) return;
    if (event.key === 'ArrowUp') move(index, index - 1, true);
    else if (event.key === 'ArrowDown') move(index, index + 1, true);
    else return;
    event.preventDefault();
  };

  return (
    <>
      <List aria-label={label}>
        {items.map((item, index) => {
          const itemLabel = getLabel(item);
          const dragHandle = disabled ? null : (
            <DragHandle aria-hidden title={formatMessage({ id: getTranslation('reorder.drag'), defaultMessage: 'Drag to reorder' })}>
              <Drag />
            </DragHandle>
          );
          const moveButtons = disabled ? null : (
            <Flex gap={1}>
              <MoveButton
                size={compact ? 'XS' : 'S'}
                variant="ghost"
                label={formatMessage({ id: getTranslation('reorder.up'), defaultMessage: 'Move {item} up' }, { item: itemLabel })}
                disabled={index === 0}
                onClick={() => move(index, index - 1, false)}
              >
                <ArrowUp />
              </MoveButton>
              <MoveButton
                size={compact ? 'XS' : 'S'}
                variant="ghost"
                label={formatMessage({ id: getTranslation('reorder.down'), defaultMessage: 'Move {item} down' }, { item: itemLabel })}
                disabled={index === items.length - 1}
                onClick={() => move(index, index + 1, false)}
              >
                <ArrowDown />
              </MoveButton>
            </Flex>
          );
          return (
            <Item
              key={getKey(item)}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              tabIndex={disabled ? undefined : 0}
              aria-label={itemLabel}
              aria-roledescription={
                disabled
                  ? undefined
                  : formatMessage({ id: getTranslation('reorder.roledescription'), defaultMessage: 'reorderable item, Alt+Arrow keys move it' })
              }
              draggable={!disabled}
              onKeyDown={onKeyDown(index)}
              onDragStart={(event) => {
                setDragged(index);
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', itemLabel);
              }}
              onDragOver={(event) => {
                if (dragged === null) return;
                event.preventDefault();
                setOver(index);
              }}
              onDragLeave={() => setOver((current) => (current === index ? null : current))}
              onDrop={(event) => {
                event.preventDefault();
                if (dragged !== null) move(dragged, index, false);
                setDragged(null);
                setOver(null);
              }}
              onDragEnd={() => {
                setDragged(null);
                setOver(null);
              }}
              $dropTarget={over === index && dragged !== index}
              $dragging={dragged === index}
              $compact={compact}
            >
              <Box>{renderItem(item, index, { dragHandle, moveButtons, focusAfterRemoval: () => focusAfterRemoval(index) })}</Box>
            </Item>
          );
        })}
      </List>
      <VisuallyHidden aria-live="polite" role="status">
        {announcement}
      </VisuallyHidden>
    </>
  );
};

const List = styled.ol`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.spaces[2]};
  list-style: none;
  padding: 0;
  margin: 0;
`;

const Item = styled.li<{ $dropTarget: boolean; $dragging: boolean; $compact: boolean }>`
  border: 1px solid ${({ theme, $dropTarget }) => ($dropTarget ? theme.colors.primary600 : theme.colors.neutral200)};
  border-radius: ${({ theme }) => theme.borderRadius};
  background: ${({ theme }) => theme.colors.neutral0};
  padding: ${({ theme, $compact }) => ($compact ? `${theme.spaces[1]} ${theme.spaces[2]}` : theme.spaces[2])};
  opacity: ${({ $dragging }) => ($dragging ? 0.5 : 1)};

  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 2px;
  }
`;

// The design system fills a disabled button's background, which reads as pressed: the first item's
// "Move up" is simply unavailable, so it only fades.
const MoveButton = styled(IconButton)`
  &:disabled,
  &[aria-disabled='true'] {
    background: transparent;
    border-color: transparent;
    opacity: 0.4;
  }
`;

const DragHandle = styled.span`
  display: flex;
  flex-shrink: 0;
  cursor: grab;
  color: ${({ theme }) => theme.colors.neutral500};
  padding: ${({ theme }) => theme.spaces[1]};
`;
