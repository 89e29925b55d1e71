package org.dpa4j.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.dpa4j.json.core.internal.ReadLimits;

/**
 * One policy for every way a document comes in ({@code byte[]}, {@code String}, {@code
 * InputStream}, {@code Reader}): bytes must be well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF, no bytes C0, C1 or F5-FF) and text must be well-formed UTF-16
 * (no unpaired surrogates); one byte order mark at the start is ignored, in bytes (EF BB BF) and in
 * text (U+FEFF) alike; lines end at LF, CR or CR LF; columns count code points from 1, the byte
 * order mark not included. Jackson counts columns in bytes for bytes and in {@code char}s for text,
 * so locations are made here from the offsets it reports.
 */
final class TextInput {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private TextInput() {}

  /**
   * Returns text without a leading byte order mark; bytes are returned as they are (the parser
   * skips a UTF-8 byte order mark itself, and offsets keep counting it).
   *
   * @param source a {@code byte[]} or a {@code String}
   * @return the source to parse
   */
  static Object withoutTextBom(Object source) {
    if (source instanceof String) {
      String text = (String) source;
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      // Text is parsed as its UTF-8 bytes, so that text and bytes take one path through the
      // parser: the same limits, columns and symbol table (the character parser's table rejects
      // property names whose hashes collide, which the byte parser's does not). Text with an
      // unpaired surrogate has no UTF-8 form, and a second byte order mark would be skipped as
      // the first of bytes: both stay text, to be reported where they break.
      return ReadLimits.firstLoneSurrogate(text) < 0 && !text.startsWith("\uFEFF")
          ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8)
          : text;
    }
    return source;
  }

  /**
   * Returns the offset of the first code unit that breaks the encoding policy, or -1.
   *
   * @param source a {@code byte[]} (UTF-8) or a {@code String}
   * @return the offset in bytes or chars, or -1 when the input is well-formed
   */
  static int firstIllFormed(Object source) {
    return source instanceof byte[]
        ? firstIllFormedUtf8((byte[]) source)
        : ReadLimits.firstLoneSurrogate((String) source);
  }

  /**
   * Returns the offset of the first byte of an ill-formed UTF-8 sequence, or -1. A zero byte among
   * the first four is ill-formed too: it is how UTF-16 and UTF-32 begin (JSON text in UTF-8 never
   * starts so), and the parser would otherwise switch to them.
   */
  static int firstIllFormedUtf8(byte[] b) {
    // A NUL among the first four characters marks UTF-16 or UTF-32; counted after a byte order
    // mark, as in text (whose mark is taken off first), so that both give the same problem.
    int start = startsWithBom(b) ? 3 : 0;
    for (int i = start; i < Math.min(start + 4, b.length); i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    int n = b.length;
    int i = 0;
    while (i < n) {
      // Eight ASCII bytes at a time: most of a document.
      if (i + 8 <= n && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
        i += 8;
        continue;
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int length;
      int lowMin = 0x80;
      int lowMax = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0) {
          lowMin = 0xA0; // overlong below U+0800
        } else if (c == 0xED) {
          lowMax = 0x9F; // surrogates U+D800-DFFF
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0) {
          lowMin = 0x90; // overlong below U+10000
        } else if (c == 0xF4) {
          lowMax = 0x8F; // above U+10FFFF
        }
      } else {
        return i; // a continuation byte without a lead, C0, C1 (overlong) or F5-FF
      }
      if (i + length > n) {
        return i;
      }
      int second = b[i + 1] & 0xFF;
      if (second < lowMin || second > lowMax) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }

  /**
   * Returns the offset of a location in the source: bytes for bytes, chars for text.
   *
   * @param source the source parsed
   * @param location a location the parser reported
   * @return the offset, or -1 when the parser gave none
   */
  static long offset(Object source, JsonLocation location) {
    return source instanceof byte[] ? location.getByteOffset() : location.getCharOffset();
  }

  /**
   * Returns the line and column of each offset, in one pass over the source.
   *
   * @param source the source parsed
   * @param offsets offsets in bytes or chars, in ascending order
   * @return for each offset its line and column, from 1
   */
  static long[][] positions(Object source, long[] offsets) {
    long[][] out = new long[offsets.length][];
    byte[] bytes = source instanceof byte[] ? (byte[]) source : null;
    String text = bytes == null ? (String) source : null;
    int length = bytes != null ? bytes.length : text.length();
    int i = 0;
    // A UTF-8 byte order mark is not a column.
    if (bytes != null && startsWithBom(bytes)) {
      i = 3;
    }
    long line = 1;
    long column = 1;
    int next = 0;
    while (next < offsets.length) {
      long target = Math.min(Math.max(offsets[next], i), length);
      while (i < target) {
        int unit = bytes != null ? bytes[i] & 0xFF : text.charAt(i);
        i++;
        if (unit == '\n') {
          line++;
          column = 1;
        } else if (unit == '\r') {
          if (i < length && (bytes != null ? bytes[i] : text.charAt(i)) == '\n') {
            i++;
          }
          line++;
          column = 1;
        } else if (bytes != null ? (unit & 0xC0) != 0x80 : !Character.isLowSurrogate((char) unit)) {
          // The first unit of a code point; continuation bytes and low surrogates are not.
          column++;
        }
      }
      out[next++] = new long[] {line, column};
    }
    return out;
  }

  /**
   * Returns the offset of the first character at or after an offset that is not JSON white space
   * (space, tab, LF, CR), skipping a UTF-8 byte order mark at the start of bytes: where a parser
   * that stopped at a character it cannot read (a NUL, a comment, a second byte order mark) reports
   * a place before it or after it, this is the character itself.
   *
   * @param source the source parsed
   * @param offset the offset in bytes or chars to start from, 0 or more
   * @return the offset of that character, or the length of the source when there is none
   */
  static long firstNonWhiteSpace(Object source, long offset) {
    long i = Math.max(offset, 0);
    if (i == 0 && source instanceof byte[] && startsWithBom((byte[]) source)) {
      i = 3;
    }
    int c;
    while ((c = codeUnit(source, i)) == ' ' || c == '\t' || c == '\n' || c == '\r') {
      i++;
    }
    long length = source instanceof byte[] ? ((byte[]) source).length : ((String) source).length();
    return Math.min(i, length);
  }

  /**
   * Returns the offset of the character that holds an offset: the parser reports some places one
   * code unit into a character it stopped at (the second byte of a euro sign), which is that
   * character's place.
   *
   * @param source the source parsed
   * @param offset an offset in bytes or chars
   * @return the offset of the first code unit of the character there; the offset itself when it is
   *     at a character's start or outside the source
   */
  static long characterStart(Object source, long offset) {
    if (source instanceof byte[]) {
      byte[] bytes = (byte[]) source;
      long at = offset;
      // At most three continuation bytes follow a lead byte.
      while (at > 0 && at < bytes.length && offset - at < 3 && (bytes[(int) at] & 0xC0) == 0x80) {
        at--;
      }
      return at < bytes.length && (bytes[(int) at] & 0xC0) != 0x80 ? at : offset;
    }
    String text = (String) source;
    return offset > 0
            && offset < text.length()
            && Character.isLowSurrogate(text.charAt((int) offset))
            && Character.isHighSurrogate(text.charAt((int) offset - 1))
        ? offset - 1
        : offset;
  }

  /**
   * Returns the code unit at an offset: a byte (0 to 255) of bytes, a {@code char} of text.
   *
   * @param source the source parsed
   * @param offset an offset in bytes or chars
   * @return the code unit, or -1 outside the source
   */
  static int codeUnit(Object source, long offset) {
    if (source instanceof byte[]) {
      byte[] bytes = (byte[]) source;
      return offset >= 0 && offset < bytes.length ? bytes[(int) offset] & 0xFF : -1;
    }
    String text = (String) source;
    return offset >= 0 && offset < text.length() ? text.charAt((int) offset) : -1;
  }

  /** Tells whether bytes start with a UTF-8 byte order mark (EF BB BF). */
  static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /**
   * Returns the line and column of one offset.
   *
   * @param source the source parsed
   * @param offset the offset in bytes or chars
   * @return the line and column, from 1
   */
  static long[] position(Object source, long offset) {
    return positions(source, new long[] {offset})[0];
  }
}
