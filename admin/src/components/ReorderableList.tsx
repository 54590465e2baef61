import * as React from 'react';
import { Box, Flex, IconButton, VisuallyHidden } from '@strapi/design-system';
import { ArrowDown, ArrowUp, Drag } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { getTranslation } from '../utils/getTranslation';

export interface ReorderControls {
  dragHandle: React.ReactNode;
  moveButtons: React.ReactNode;
}

interface ReorderableListProps<T> {
  items: T[];
  /** Names the list for screen readers ("Credits", "Facts"). */
  label: string;
  getKey: (item: T) => string;
  /** What an announcement calls the item ("Tim Zadorozhnyy"). */
  getLabel: (item: T) => string;
  onMove: (from: number, to: number) => void;
  disabled?: boolean;
  /** The item's own content, which places the drag handle and the move buttons (null when disabled). */
  renderItem: (item: T, index: number, controls: ReorderControls) => React.ReactNode;
}

/**
 * An ordered list that moves items by drag and drop (native HTML5), by the Move up/down buttons,
 * or by Alt+Arrow keys on a focused item; each move is announced to screen readers.
 */
export const ReorderableList = <T,>({ items, label, getKey, getLabel, onMove, disabled = false, renderItem }: ReorderableListProps<T>) => {
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
              <IconButton
                size="S"
                variant="ghost"
                label={formatMessage({ id: getTranslation('reorder.up'), defaultMessage: 'Move {item} up' }, { item: itemLabel })}
                disabled={index === 0}
                onClick={() => move(index, index - 1, false)}
              >
                <ArrowUp />
              </IconButton>
              <IconButton
                size="S"
                variant="ghost"
                label={formatMessage({ id: getTranslation('reorder.down'), defaultMessage: 'Move {item} down' }, { item: itemLabel })}
                disabled={index === items.length - 1}
                onClick={() => move(index, index + 1, false)}
              >
                <ArrowDown />
              </IconButton>
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
              aria-roledescription={disabled ? undefined : formatMessage({ id: getTranslation('reorder.roledescription'), defaultMessage: 'reorderable item, Alt+Arrow keys move it' })}
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
            >
              <Box>{renderItem(item, index, { dragHandle, moveButtons })}</Box>
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

const Item = styled.li<{ $dropTarget: boolean; $dragging: boolean }>`
  border: 1px solid ${({ theme, $dropTarget }) => ($dropTarget ? theme.colors.primary600 : theme.colors.neutral200)};
  border-radius: ${({ theme }) => theme.borderRadius};
  background: ${({ theme }) => theme.colors.neutral0};
  padding: ${({ theme }) => theme.spaces[2]};
  opacity: ${({ $dragging }) => ($dragging ? 0.5 : 1)};

  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 2px;
  }
`;

const DragHandle = styled.span`
  display: flex;
  cursor: grab;
  color: ${({ theme }) => theme.colors.neutral500};
  padding: ${({ theme }) => theme.spaces[1]};
`;
