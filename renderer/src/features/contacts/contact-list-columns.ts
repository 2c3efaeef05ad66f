// The contact list's columns, shared by its header and its rows so they line up: name, last contact with the
// keep-in-touch status, next occasion, then intern/extern and the tags. Fixed widths keep every row the same height,
// which the virtualized list relies on, and keep the columns in line from row to row; below 1200 px the tags give way
// to the name (intern/extern stays).
import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../components/visually-hidden';

export const rowHeight = 64;

const narrow = '@media (max-width: 1199px)';

export const useColumnStyles = makeStyles({
  columns: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingInline: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    width: '100%',
  },
  avatar: { flex: '0 0 32px', display: 'flex' },
  name: { display: 'flex', flexDirection: 'column', minWidth: 0, flex: '1 1 8rem' },
  lastContact: { display: 'flex', flexDirection: 'column', minWidth: 0, flex: '0 0 10.5rem' },
  occasion: { display: 'flex', flexDirection: 'column', minWidth: 0, flex: '0 0 10rem' },
  // Wide enough for intern/extern, one tag cut to its maximum width and a "+2"; so nothing in it ever overflows.
  badges: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    flex: '0 0 15rem',
    [narrow]: { flexBasis: '5rem' },
  },
  tag: { [narrow]: { display: 'none' } },
  /** One line that ends in "…" when it is too long; its full text is in the cell's title. */
  line: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  visuallyHidden,
});
