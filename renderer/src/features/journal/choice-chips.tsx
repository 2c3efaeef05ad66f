// One choice out of a few, shown as a row of chips: quicker to scan and to click than a column of radio buttons, and
// it behaves like one for the keyboard and screen readers (a radio group: one tab stop, the arrow keys move and pick).
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { FluentIcon } from '@fluentui/react-icons';
import { useRef, type HTMLAttributes, type KeyboardEvent } from 'react';

export interface Choice<V extends string> {
  value: V;
  label: string;
  icon?: FluentIcon;
  /** An `aria-keyshortcuts` value for a key that picks this choice from anywhere in the form. */
  keyShortcuts?: string;
  /** Said and shown on hover, e.g. the key that picks the choice. */
  title?: string;
}

/** Named by the surrounding Fluent `Field` (its render function's props) or by an explicit `aria-label`. */
type Labelling = Pick<
  HTMLAttributes<HTMLDivElement>,
  'id' | 'aria-label' | 'aria-labelledby' | 'aria-describedby' | 'aria-invalid' | 'aria-required'
>;

export interface ChoiceChipsProps<V extends string> extends Labelling {
  choices: readonly Choice<V>[];
  /** The chosen value; `undefined` when nothing is chosen yet (the first chip then takes the tab stop). */
  value: V | undefined;
  onChange(value: V): void;
  className?: string;
}

const useStyles = makeStyles({
  // As tall as an input, so a row of chips lines up with the fields beside it.
  group: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center', minHeight: '32px' },
  chip: {
    minWidth: 'auto',
    minHeight: '28px',
    paddingBlock: 0,
    paddingInline: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
  },
  // Tinted rather than filled: the dialog's one filled button stays "Save". A doubled border carries the state too, so
  // it does not rest on colour alone; drawn inside (a shadow), and in the same font weight, so no chip changes size
  // and the rows do not reflow when the choice moves.
  checked: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    boxShadow: `inset 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorBrandStroke1}`,
    ':hover': {
      backgroundColor: tokens.colorBrandBackground2Hover,
      color: tokens.colorBrandForeground2Hover,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    },
    ':hover:active': {
      backgroundColor: tokens.colorBrandBackground2Pressed,
      color: tokens.colorBrandForeground2Pressed,
    },
    '@media (forced-colors: active)': {
      backgroundColor: 'Highlight',
      color: 'HighlightText',
      forcedColorAdjust: 'none',
    },
  },
});

const nextKeys: Record<string, 1 | -1> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function ChoiceChips<V extends string>({
  choices,
  value,
  onChange,
  className,
  ...labelling
}: ChoiceChipsProps<V>) {
  const styles = useStyles();
  const chipRefs = useRef(new Map<V, HTMLButtonElement>());
  const checkedIndex = choices.findIndex((choice) => choice.value === value);
  const tabStop = checkedIndex === -1 ? 0 : checkedIndex;

  const pick = (index: number) => {
    const choice = choices[index];
    if (!choice) return;
    onChange(choice.value);
    chipRefs.current.get(choice.value)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const last = choices.length - 1;
    const step = nextKeys[event.key];
    const focused = choices.findIndex((choice) => chipRefs.current.get(choice.value) === event.target);
    const from = focused === -1 ? tabStop : focused;
    let to: number | undefined;
    if (step !== undefined) to = (from + step + choices.length) % choices.length;
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = last;
    if (to === undefined) return;
    event.preventDefault();
    pick(to);
  };

  return (
    <div role="radiogroup" className={mergeClasses(styles.group, className)} onKeyDown={onKeyDown} {...labelling}>
      {choices.map((choice, index) => {
        const checked = index === checkedIndex;
        const Icon = choice.icon;
        return (
          <Button
            key={choice.value}
            ref={(element: HTMLButtonElement | null) => {
              if (element) chipRefs.current.set(choice.value, element);
              else chipRefs.current.delete(choice.value);
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-keyshortcuts={choice.keyShortcuts}
            title={choice.title}
            tabIndex={index === tabStop ? 0 : -1}
            shape="circular"
            appearance="outline"
            className={mergeClasses(styles.chip, checked && styles.checked)}
            icon={Icon ? <Icon aria-hidden="true" /> : undefined}
            onClick={() => pick(index)}
          >
            {choice.label}
          </Button>
        );
      })}
    </div>
  );
}
