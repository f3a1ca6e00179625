/**
 * Relative encoders send "turned by n" instead of a position. Three common
 * formats exist; each decodes a 7-bit value into a signed step count.
 */
export type EncoderMode = 'absolute' | 'relative-twos' | 'relative-binary' | 'relative-sign';

export function relativeDelta(mode: Exclude<EncoderMode, 'absolute'>, raw: number): number {
  const v = raw & 127;
  switch (mode) {
    case 'relative-twos': // 1..63 = +1..+63, 127..65 = -1..-63 (Ableton "Relative (2's Comp.)")
      return v < 64 ? v : v - 128;
    case 'relative-binary': // 64 = 0, 65 = +1, 63 = -1 ("Relative (Binary Offset)")
      return v - 64;
    case 'relative-sign': // bit 6 is the sign, bits 0-5 the size ("Relative (Signed Bit)")
      return v & 64 ? -(v & 63) : v & 63;
  }
}
