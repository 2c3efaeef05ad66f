// Text for screen readers only (a table behind a chart, the word before a value): out of sight, still read aloud.
// A style object to put into a `makeStyles` block, since Griffel needs its styles at build time.
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;
