import {useEffect, useState, type ReactNode} from 'react';

const DECIMAL = /^(\d{1,5}(\.\d{1,3})?)?$/;

/**
 * A text box for a decimal number (e.g. Gbps). Only valid values reach the
 * state; while the reader types an incomplete value ("1.") it stays local.
 */
export default function DecimalInput({
  id,
  name,
  value,
  onChange,
  className,
}: {
  id: string;
  /** The URL parameter, so the box also works as a plain form field. */
  name: string;
  value: string;
  onChange: (v: string) => void;
  className?: string;
}): ReactNode {
  const [draft, setDraft] = useState(value);
  useEffect(() => {
    setDraft((d) => (Number(d || 'NaN') === Number(value || 'NaN') ? d : value));
  }, [value]);
  const invalid = !DECIMAL.test(draft);
  return (
    <input
      id={id}
      name={name}
      className={className}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={draft}
      aria-invalid={invalid || undefined}
      onChange={(e) => {
        const v = e.target.value.trim().slice(0, 9);
        setDraft(v);
        if (DECIMAL.test(v)) onChange(v);
      }}
    />
  );
}
