// How the tests and benchmarks start Debian's Chromium (Playwright's own download is not reachable
// here): a fake microphone and camera permission, audio without a click, and nothing phoning home.
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** @param microphoneWav a WAV file the fake microphone plays (else Chromium's beep). */
export function chromiumArgs(microphoneWav) {
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    ...(microphoneWav ? [`--use-file-for-fake-audio-capture=${microphoneWav}`] : []),
    '--autoplay-policy=no-user-gesture-required',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}
