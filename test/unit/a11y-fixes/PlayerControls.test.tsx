import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { PlayerControls } from '../../../src/components/call-page/recording/PlayerControls';
import { textContrast } from './contrast';
import { expectLabelInName } from './labelInName';

function renderPlayer() {
  const audioRef = createRef<HTMLAudioElement>();
  render(
    <>
      <audio ref={audioRef} />
      <PlayerControls audioRef={audioRef} src="https://cdn.example.test/rec.ogg" disabled={false} />
    </>,
  );
  return screen.getByRole('group', { name: 'Recording player' });
}

describe('PlayerControls', () => {
  it('names every button by its visible words, the skip buttons keeping their names', () => {
    const player = renderPlayer();
    const back = within(player).getByRole('button', { name: 'Back 10 seconds' });
    const forward = within(player).getByRole('button', { name: 'Forward 10 seconds' });
    const play = within(player).getByRole('button', { name: 'Play' });
    for (const button of [back, forward, play]) expectLabelInName(button);
  });

  it('draws the Play button at 4.5:1 or more in both themes', () => {
    const play = within(renderPlayer()).getByRole('button', { name: 'Play' });
    expect(textContrast(play, 'light')).toBeGreaterThanOrEqual(4.5);
    expect(textContrast(play, 'dark')).toBeGreaterThanOrEqual(4.5);
  });
});
