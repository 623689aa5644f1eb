/** The app's mark: a globe with its meridian, in the accent colour. */
export function MeridianMark() {
  return (
    <svg className="meridian-mark" width="22" height="22" viewBox="0 0 24 24" aria-hidden>
      <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <ellipse cx="12" cy="12" rx="4.2" ry="9.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <line x1="2.5" y1="12" x2="21.5" y2="12" stroke="currentColor" strokeWidth="1.5" opacity="0.55" />
    </svg>
  );
}
