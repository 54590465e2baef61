import * as React from 'react';
import { Box, Field, Flex, Loader, TextInput, Typography } from '@strapi/design-system';
import { Search } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { getTranslation } from '../utils/getTranslation';

interface TypeaheadProps<T> {
  /** The field's visible label. */
  label: string;
  placeholder?: string;
  /** Asks the server; answers to earlier keystrokes that arrive late are dropped. */
  search: (text: string) => Promise<T[]>;
  getKey: (item: T) => string;
  renderOption: (item: T) => React.ReactNode;
  onSelect: (item: T) => void;
  /** An option before the results for the typed text, e.g. "Already exists: … — use it". */
  leadOption?: (text: string, results: T[]) => ExtraOption | null;
  /** An extra last option for the typed text, e.g. "Create a reporter named …". */
  extraOption?: (text: string, results: T[]) => ExtraOption | null;
  disabled?: boolean;
  name: string;
}

interface ExtraOption {
  label: string;
  onSelect: () => void;
}

const DEBOUNCE_MS = 150;

/** A combobox (WAI-ARIA pattern) whose options come from a server search as the user types. */
export const Typeahead = <T,>({ label, placeholder, search, getKey, renderOption, onSelect, leadOption, extraOption, disabled, name }: TypeaheadProps<T>) => {
  const { formatMessage } = useIntl();
  const [text, setText] = React.useState('');
  const [results, setResults] = React.useState<T[]>([]);
  const [open, setOpen] = React.useState(false);
  const [loading, setLoading] = React.useState(false);
  // The option the arrows have moved to; null while the user is still in the text box, where
  // Enter takes the first option and ArrowDown goes to it.
  const [active, setActive] = React.useState<number | null>(null);
  const latest = React.useRef(0);
  const listId = `${name}-options`;

  React.useEffect(() => {
    if (!open) return;
    const request = ++latest.current;
    setLoading(true);
    const timer = setTimeout(() => {
      search(text.trim())
        .then((items) => {
          if (request !== latest.current) return;
          setResults(items);
          setActive(null);
        })
        .catch(() => request === latest.current && setResults([]))
        .finally(() => request === latest.current && setLoading(false));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, open, search]);

  const typed = text.trim();
  const lead = typed && leadOption ? leadOption(typed, results) : null;
  const extra = typed && extraOption ? extraOption(typed, results) : null;
  // Every option in list order, the lead and the extra around the results.
  const options: { key: string; onSelect: () => void; content: React.ReactNode }[] = [
    ...(lead ? [{ key: 'lead', onSelect: lead.onSelect, content: <ExtraLabel>{lead.label}</ExtraLabel> }] : []),
    ...results.map((item) => ({ key: getKey(item), onSelect: () => onSelect(item), content: renderOption(item) })),
    ...(extra ? [{ key: 'extra', onSelect: extra.onSelect, content: <ExtraLabel>{extra.label}</ExtraLabel> }] : []),
  ];
  const optionCount = options.length;
  const highlighted = active ?? 0;

  const choose = (index: number) => {
    options[index]?.onSelect();
    setText('');
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      setOpen(true);
      setActive((current) => (optionCount === 0 ? null : current === null ? 0 : (current + 1) % optionCount));
    } else if (event.key === 'ArrowUp') {
      setActive((current) => (optionCount === 0 ? null : current === null ? optionCount - 1 : (current - 1 + optionCount) % optionCount));
    } else if (event.key === 'Enter') {
      if (open && optionCount > 0) choose(highlighted);
    } else if (event.key === 'Escape') {
      setOpen(false);
    } else {
      return;
    }
    event.preventDefault();
  };

  const optionId = (index: number) => `${name}-option-${index}`;

  // A search box low in the window (the panels sit in the edit view's sidebar) opens its list
  // upwards when there is no room below, rather than below the fold.
  const fieldRef = React.useRef<HTMLDivElement>(null);
  const [above, setAbove] = React.useState(false);
  React.useLayoutEffect(() => {
    if (!open || !fieldRef.current) return;
    const { top, bottom } = fieldRef.current.getBoundingClientRect();
    setAbove(window.innerHeight - bottom < LIST_HEIGHT && top > window.innerHeight - bottom);
  }, [open]);

  return (
    <Box position="relative" ref={fieldRef}>
      <Field.Root name={name}>
        <Field.Label>{label}</Field.Label>
        <TextInput
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          aria-activedescendant={open && active !== null && active < optionCount ? optionId(active) : undefined}
          autoComplete="off"
          placeholder={placeholder}
          startAction={<Search aria-hidden />}
          endAction={
            loading && open ? <Loader small>{formatMessage({ id: getTranslation('typeahead.loading'), defaultMessage: 'Searching…' })}</Loader> : undefined
          }
          value={text}
          disabled={disabled}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
            setText(event.target.value);
            setActive(null);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
      </Field.Root>
      {open && (
        <Options id={listId} role="listbox" aria-label={label} $above={above}>
          {options.map((option, index) => (
            <Option
              key={option.key}
              id={optionId(index)}
              role="option"
              aria-selected={index === highlighted}
              $active={index === highlighted}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
            >
              {option.content}
            </Option>
          ))}
          {!loading && optionCount === 0 && (
            <Flex padding={2}>
              <Typography textColor="neutral600">{formatMessage({ id: getTranslation('typeahead.empty'), defaultMessage: 'Nothing found' })}</Typography>
            </Flex>
          )}
        </Options>
      )}
    </Box>
  );
};

const ExtraLabel = ({ children }: { children: React.ReactNode }) => (
  <Typography fontWeight="bold" textColor="primary600">
    {children}
  </Typography>
);

const LIST_HEIGHT = 280;

const Options = styled.ul<{ $above: boolean }>`
  position: absolute;
  z-index: 4;
  left: 0;
  right: 0;
  ${({ theme, $above }) => ($above ? `bottom: 100%; margin-bottom: ${theme.spaces[1]};` : `top: 100%; margin-top: ${theme.spaces[1]};`)}
  max-height: ${LIST_HEIGHT}px;
  overflow-y: auto;
  list-style: none;
  padding: ${({ theme }) => theme.spaces[1]};
  background: ${({ theme }) => theme.colors.neutral0};
  border: 1px solid ${({ theme }) => theme.colors.neutral200};
  border-radius: ${({ theme }) => theme.borderRadius};
  box-shadow: ${({ theme }) => theme.shadows.filterShadow};
`;

const Option = styled.li<{ $active: boolean }>`
  padding: ${({ theme }) => theme.spaces[2]};
  border-radius: ${({ theme }) => theme.borderRadius};
  cursor: pointer;
  background: ${({ theme, $active }) => ($active ? theme.colors.primary100 : 'transparent')};
`;
