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
  /** An extra last option for the typed text, e.g. "Create a reporter named …". */
  extraOption?: (text: string) => { label: string; onSelect: () => void } | null;
  disabled?: boolean;
  name: string;
}

const DEBOUNCE_MS = 150;

/** A combobox (WAI-ARIA pattern) whose options come from a server search as the user types. */
export const Typeahead = <T,>({ label, placeholder, search, getKey, renderOption, onSelect, extraOption, disabled, name }: TypeaheadProps<T>) => {
  const { formatMessage } = useIntl();
  const [text, setText] = React.useState('');
  const [results, setResults] = React.useState<T[]>([]);
  const [open, setOpen] = React.useState(false);
  const [loading, setLoading] = React.useState(false);
  const [active, setActive] = React.useState(0);
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
          setActive(0);
        })
        .catch(() => request === latest.current && setResults([]))
        .finally(() => request === latest.current && setLoading(false));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, open, search]);

  const extra = text.trim() && extraOption ? extraOption(text.trim()) : null;
  const optionCount = results.length + (extra ? 1 : 0);

  const choose = (index: number) => {
    if (index < results.length) onSelect(results[index]);
    else extra?.onSelect();
    setText('');
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      setOpen(true);
      setActive((current) => (optionCount ? (current + 1) % optionCount : 0));
    } else if (event.key === 'ArrowUp') {
      setActive((current) => (optionCount ? (current - 1 + optionCount) % optionCount : 0));
    } else if (event.key === 'Enter') {
      if (open && optionCount > 0) choose(active);
    } else if (event.key === 'Escape') {
      setOpen(false);
    } else {
      return;
    }
    event.preventDefault();
  };

  const optionId = (index: number) => `${name}-option-${index}`;

  return (
    <Box position="relative">
      <Field.Root name={name}>
        <Field.Label>{label}</Field.Label>
        <TextInput
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          aria-activedescendant={open && optionCount > 0 ? optionId(active) : undefined}
          autoComplete="off"
          placeholder={placeholder}
          startAction={<Search aria-hidden />}
          endAction={loading && open ? <Loader small>{formatMessage({ id: getTranslation('typeahead.loading'), defaultMessage: 'Searching…' })}</Loader> : undefined}
          value={text}
          disabled={disabled}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
      </Field.Root>
      {open && (
        <Options id={listId} role="listbox" aria-label={label}>
          {results.map((item, index) => (
            <Option
              key={getKey(item)}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              $active={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
            >
              {renderOption(item)}
            </Option>
          ))}
          {extra && (
            <Option
              id={optionId(results.length)}
              role="option"
              aria-selected={active === results.length}
              $active={active === results.length}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(results.length)}
            >
              <Typography fontWeight="bold" textColor="primary600">
                {extra.label}
              </Typography>
            </Option>
          )}
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

const Options = styled.ul`
  position: absolute;
  z-index: 4;
  left: 0;
  right: 0;
  margin-top: ${({ theme }) => theme.spaces[1]};
  max-height: 280px;
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
