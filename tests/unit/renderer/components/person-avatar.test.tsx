// PersonAvatar: initials without a photo, the photo when the contact has one; and the photos are asked for once,
// not once per avatar, and only for the contacts that have one.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PersonAvatar } from '../../../../renderer/src/components';
import { TINY_JPEG_BASE64 } from '../../../support/photo-samples';
import { installFakePlausch } from '../support/fake-plausch';
import { renderInApp } from '../support/render-app';

function photoOf(container: HTMLElement, testId: string): HTMLImageElement | null {
  return container.querySelector(`[data-testid="${testId}"] img`);
}

describe('PersonAvatar', () => {
  it('shows the initials of a contact without a photo', async () => {
    const fake = installFakePlausch({ 'photos:list': () => ({ other: 'v1' }) });
    const { container } = await renderInApp(
      <span data-testid="anna">
        <PersonAvatar name="Anna Berg" contactId="anna" />
      </span>,
    );
    await waitFor(() => expect(fake.callsTo('photos:list')).toHaveLength(1));
    expect(screen.getByText('AB')).toBeTruthy();
    expect(photoOf(container, 'anna')).toBeNull();
    expect(fake.callsTo('photos:get')).toEqual([]);
  });

  it('shows the photo of a contact that has one, fetching each photo once however many avatars show it', async () => {
    const fake = installFakePlausch({
      'photos:list': () => ({ anna: 'v1' }),
      'photos:get': ({ id }) => (id === 'anna' ? { type: 'image/jpeg', base64: TINY_JPEG_BASE64, version: 'v1' } : null),
    });
    const { container } = await renderInApp(
      <>
        <span data-testid="anna">
          <PersonAvatar name="Anna Berg" contactId="anna" />
        </span>
        <span data-testid="anna-again">
          <PersonAvatar name="Anna Berg" contactId="anna" size={20} />
        </span>
        <span data-testid="ben">
          <PersonAvatar name="Ben Cho" contactId="ben" />
        </span>
      </>,
    );
    await waitFor(() => expect(photoOf(container, 'anna')?.getAttribute('src')).toBe(`data:image/jpeg;base64,${TINY_JPEG_BASE64}`));
    expect(photoOf(container, 'anna-again')).not.toBeNull();
    expect(photoOf(container, 'ben')).toBeNull();
    expect(fake.callsTo('photos:list')).toHaveLength(1);
    expect(fake.callsTo('photos:get')).toEqual([{ id: 'anna' }]);
  });

  it('shows initials for a person who is not in the journal, without asking for photos', async () => {
    const fake = installFakePlausch();
    await renderInApp(<PersonAvatar name="Carla Dorn" />);
    expect(screen.getByText('CD')).toBeTruthy();
    expect(fake.callsTo('photos:list')).toEqual([]);
  });
});
