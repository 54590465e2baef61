import * as React from 'react';
import { Box, Field, Flex, IconButton, TextButton, TextInput } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { entryProblem, storedList, type StringListEntries } from '../../../shared/string-list';
import { ruleAtField } from '../../../shared/validation-error';
import { getTranslation } from '../utils/getTranslation';

interface StringListInputProps {
  name: string;
  label: string;
  hint?: React.ReactNode;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  value?: unknown;
  attribute: { options?: { entries?: StringListEntries } };
  onChange: (name: string, value: string[] | null) => void;
}

const rowsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []);
const sameList = (a: string[] | null, b: string[] | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The Content Manager input of a JSON list of strings (a profile's languages, beats, sameAs): one
 * text box per entry, each checked with the rule its list's entries follow, instead of a JSON editor.
 */
const StringListInput = ({ name, label, hint, error, required, disabled, value, attribute, onChange }: StringListInputProps) => {
  const { formatMessage } = useIntl();
  const entries = attribute.options?.entries ?? 'text';
  // Rows as typed (blank ones included, so a new row can be typed into); the form holds the stored list.
  const [rows, setRows] = React.useState<string[]>(() => rowsOf(value));
  React.useEffect(() => {
    // The form changed the value itself (another locale, a discard): show that.
    setRows((current) => (sameList(storedList(current), storedList(rowsOf(value))) ? current : rowsOf(value)));
  }, [value]);

  const change = (next: string[]) => {
    setRows(next);
    const list = storedList(next);
    if (!sameList(list, storedList(rowsOf(value)))) onChange(name, list);
  };
  const entryLabel = (index: number) =>
    formatMessage({ id: getTranslation('list.entry'), defaultMessage: '{list}, entry {number}' }, { list: label, number: index + 1 });

  return (
    <Box data-newsroom-field={name}>
      <Field.Root name={name} error={error} hint={hint} required={required}>
        <Field.Label>{label}</Field.Label>
        <Flex direction="column" alignItems="stretch" gap={2} tag="ul" aria-label={label}>
          {rows.map((row, index) => {
            const problem = row.trim() ? entryProblem(entries, row.trim()) : null;
            return (
              <Flex key={index} tag="li" gap={2} alignItems="flex-start">
                <Box flex={1}>
                  <Field.Root name={`${name}.${index}`} error={problem ? ruleAtField(problem) : undefined}>
                    <TextInput
                      aria-label={entryLabel(index)}
                      value={row}
                      disabled={disabled}
                      type={entries === 'url' ? 'url' : 'text'}
                      onChange={(event: React.ChangeEvent<HTMLInputElement>) => change(rows.map((current, i) => (i === index ? event.target.value : current)))}
                    />
                    <Field.Error />
                  </Field.Root>
                </Box>
                {!disabled && (
                  <IconButton
                    variant="ghost"
                    label={formatMessage({ id: getTranslation('list.remove'), defaultMessage: 'Remove {entry}' }, { entry: row.trim() || entryLabel(index) })}
                    onClick={() => change(rows.filter((_, i) => i !== index))}
                  >
                    <Trash />
                  </IconButton>
                )}
              </Flex>
            );
          })}
        </Flex>
        {!disabled && (
          <Box paddingTop={2}>
            <TextButton startIcon={<Plus />} onClick={() => setRows([...rows, ''])}>
              {formatMessage({ id: getTranslation('list.add'), defaultMessage: 'Add to {list}' }, { list: label })}
            </TextButton>
          </Box>
        )}
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    </Box>
  );
};

export default StringListInput;
