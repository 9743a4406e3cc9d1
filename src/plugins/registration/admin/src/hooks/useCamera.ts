/**
 * The phone's camera reading QR codes: getUserMedia (the back camera when there is one), a frame
 * about every 200 ms drawn into a canvas and read with jsQR. The same code is handed over once per
 * few seconds (a code held in front of the camera is not scanned ten times).
 */
import * as React from 'react';
import { drawScaled, readCanvas } from '../utils/qr';

const FRAME_MS = 200;
const SAME_CODE_MS = 4_000;

export type CameraState = 'off' | 'starting' | 'on' | 'refused' | 'unavailable';

export function useCamera(onCode: (code: string) => void) {
  const video = React.useRef<HTMLVideoElement | null>(null);
  const [state, setState] = React.useState<CameraState>('off');
  const stream = React.useRef<MediaStream | null>(null);
  const latest = React.useRef(onCode);
  latest.current = onCode;

  const stop = React.useCallback(() => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    setState('off');
  }, []);

  const start = React.useCallback(async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setState('unavailable');
      return;
    }
    setState('starting');
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
      if (video.current) {
        video.current.srcObject = stream.current;
        await video.current.play();
      }
      setState('on');
    } catch (error) {
      setState(error instanceof DOMException && error.name === 'NotAllowedError' ? 'refused' : 'unavailable');
    }
  }, []);

  React.useEffect(() => {
    if (state !== 'on') return undefined;
    const canvas = document.createElement('canvas');
    let last = { code: '', at: 0 };
    const timer = window.setInterval(() => {
      const element = video.current;
      if (!element || element.readyState < 2) return;
      drawScaled(canvas, element, element.videoWidth, element.videoHeight);
      const code = readCanvas(canvas);
      if (!code) return;
      const now = Date.now();
      if (code === last.code && now - last.at < SAME_CODE_MS) return;
      last = { code, at: now };
      latest.current(code);
    }, FRAME_MS);
    return () => window.clearInterval(timer);
  }, [state]);

  // the camera goes off with the page
  React.useEffect(() => stop, [stop]);

  return { video, state, start, stop };
}
