import { assumption, fact, type Sourced } from './sourced';

/**
 * Network figures the latency model uses where no matrix value applies (SPEC §2.1, docs/sources.md §1.5–§1.7, §5.3).
 */
export const networkDefaults = {
  /** RTT between two components in the same availability zone (docs/sources.md §1.6: same-AZ 0.1–0.3 ms; SPEC §2.1). */
  sameZoneRttMs: fact(0.2, 'ms', '§1.6 (suggested defaults: same-AZ 0.1–0.3 ms)'),
  /** RTT between two zones of one region (docs/sources.md §1.6: cross-AZ 0.5–2 ms, use 1 ms). */
  crossZoneRttMs: fact(1, 'ms', '§1.6 (suggested defaults: cross-AZ, use 1 ms)'),
  /** RTT inside one region when a zone is unknown (docs/sources.md §1.6: same region, unknown AZ 0.5 ms). */
  sameRegionRttMs: fact(0.5, 'ms', '§1.6 (suggested defaults: same region, unknown AZ 0.5 ms)'),
  /** Fibre propagation: 200 km per ms one way, i.e. RTT_min = 2·d / 200 (docs/sources.md §1.5). */
  fibreKmPerMs: fact(200, 'km/ms', '§1.5 (speed of light in fibre, rounded)'),
  /** Measured ÷ fibre-minimum RTT, median over AWS pairs > 500 km (docs/sources.md §1.5; p10 1.42, p90 2.68). */
  backboneStretch: fact(1.75, '×', '§1.5 (AWS backbone stretch, median; p10 1.42, p90 2.68)'),
  /** Lower bound of the distance model between distinct places (docs/sources.md §1.5: floor ≈ 1–2 ms). */
  distinctPlacesFloorMs: fact(2, 'ms', '§1.5 (RTT_floor ≈ 1–2 ms between distinct regions; upper end taken)'),
  /** Last-mile RTT of fixed broadband users (docs/sources.md §1.7: client → nearest PoP 10–20 ms). */
  fixedLastMileRttMs: fact(15, 'ms', '§1.7 (fixed broadband 10–20 ms; midpoint taken)'),
  /** Last-mile RTT of mobile users (docs/sources.md §1.7: mobile 30–50 ms; US carriers average 31–39 ms). */
  mobileLastMileRttMs: fact(40, 'ms', '§1.7 (mobile 30–50 ms; midpoint taken)'),
  /** Round trips a new TCP connection costs before the request (SYN/SYN-ACK; docs/sources.md §5.3, RFC 9293). */
  tcpHandshakeRtts: fact(1, 'RTT', '§5.3 (TCP)'),
  /** Round trips a full TLS 1.3 handshake adds (docs/sources.md §5.3, RFC 8446). */
  tls13HandshakeRtts: fact(1, 'RTT', '§5.3 (TLS 1.3 full handshake)'),
  /**
   * Connections between components inside the design are pooled and kept warm, so only a client's
   * own connection pays handshakes; a CDN's origin leg likewise reuses warm connections (docs/sources.md §5.3).
   */
  internalHandshakeRtts: assumption(0, 'RTT', 'service-to-service and CDN-to-origin connections are pooled (docs/sources.md §5.3: "often over a warm, reused connection")'),
} satisfies Record<string, Sourced>;
