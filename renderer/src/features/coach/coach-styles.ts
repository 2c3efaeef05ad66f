// Styles the coach's screens share: cards in columns, a card's heading with its icon, quiet secondary text.
import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../components/visually-hidden';

export const useCoachStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  back: { alignSelf: 'flex-start' },
  // Columns rather than grid rows: a row would be as tall as its tallest card and leave holes under the others;
  // in columns each card takes its own height and the next one follows right below it.
  grid: {
    columnWidth: '20rem',
    columnGap: tokens.spacingHorizontalL,
    '& > *': { breakInside: 'avoid', marginBlockEnd: tokens.spacingVerticalL },
  },
  wide: { columnSpan: 'all' },
  /** Cards one under the other, each the full width: for plans whose rows need the room. */
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  card: { gap: tokens.spacingVerticalS },
  cardHeading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  cardIcon: { fontSize: '20px', display: 'flex', color: tokens.colorBrandForeground1 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  text: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':last-child': { borderBottomStyle: 'none' },
  },
  /** An item whose icon stays beside its text however long the text is. */
  noWrap: { flexWrap: 'nowrap' },
  grow: { flexGrow: 1, minWidth: '10rem', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  /** A checkbox that takes the rest of its row, its box beside its label (a column would put the box on top). */
  growingCheckbox: { flexGrow: 1, minWidth: 0 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  formRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  visuallyHidden,
});
