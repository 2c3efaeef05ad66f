// One face for a person wherever they appear: their photo when the journal has one, otherwise their initials on a
// colour derived from the name (Fluent's "colorful" palette), so the same person always looks the same.
// Decorative next to a written name, hence aria-hidden: screen readers hear the name once, not twice.
import { Avatar, type AvatarProps } from '@fluentui/react-components';
import { QueryClientContext } from '@tanstack/react-query';
import { useContext } from 'react';
import { usePhotoUrl } from './contact-photo-queries';

export interface PersonAvatarProps {
  /** The name as shown beside the avatar; its initials are drawn when there is no photo. */
  name: string;
  /** The contact the avatar belongs to, so a stored photo can be shown; omitted for people not in the journal. */
  contactId?: string;
  size?: AvatarProps['size'];
}

export function PersonAvatar({ name, contactId, size = 32 }: PersonAvatarProps) {
  // Outside a query client (a component shown on its own, as in a test of it) there is no journal to ask.
  const hasQueryClient = useContext(QueryClientContext) !== undefined;
  return contactId && hasQueryClient ? (
    <ContactAvatar name={name} contactId={contactId} size={size} />
  ) : (
    <Initials name={name} size={size} />
  );
}

function Initials({ name, size, photoUrl }: { name: string; size: AvatarProps['size']; photoUrl?: string | undefined }) {
  return (
    <Avatar
      aria-hidden="true"
      name={name}
      color="colorful"
      size={size}
      {...(photoUrl ? { image: { src: photoUrl, alt: '' } } : {})}
      data-photo={photoUrl ? 'shown' : undefined}
    />
  );
}

function ContactAvatar({ name, contactId, size }: { name: string; contactId: string; size: AvatarProps['size'] }) {
  return <Initials name={name} size={size} photoUrl={usePhotoUrl(contactId)} />;
}
