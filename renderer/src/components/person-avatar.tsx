// One face for a person wherever they appear: their photo when the journal has one, otherwise their initials on a
// colour derived from the name (Fluent's "colorful" palette), so the same person always looks the same.
// Decorative next to a written name, hence aria-hidden: screen readers hear the name once, not twice.
import { Avatar, type AvatarProps } from '@fluentui/react-components';

export interface PersonAvatarProps {
  /** The name as shown beside the avatar; its initials are drawn when there is no photo. */
  name: string;
  /** The contact the avatar belongs to, so a stored photo can be shown; omitted for people not in the journal. */
  contactId?: string;
  size?: AvatarProps['size'];
}

export function PersonAvatar({ name, size = 32 }: PersonAvatarProps) {
  return <Avatar aria-hidden="true" name={name} color="colorful" size={size} />;
}
