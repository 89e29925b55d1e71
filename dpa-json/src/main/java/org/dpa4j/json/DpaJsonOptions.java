package org.dpa4j.json;

import org.dpa4j.json.core.internal.ReadLimits;

/**
 * How {@link DpaJson} reads: strict or lenient, and the size limits that keep hostile input from
 * costing more than an agreement should.
 *
 * <p>The defaults are sized for agreements: the largest seed is about 30 KB as JSON, so a 4 MiB
 * document, 64 levels of nesting, strings of 256 Ki characters, numbers of 20 digits and property
 * names of 200 characters leave ample room while bounding memory and time. Values are immutable;
 * each {@code with...} returns a copy.
 */
public final class DpaJsonOptions {
  /** Default largest document, in bytes (or characters for text input): 4 MiB. */
  public static final int DEFAULT_MAX_DOCUMENT_LENGTH = ReadLimits.MAX_DOCUMENT_LENGTH;

  /** Default deepest nesting of objects and arrays. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = ReadLimits.MAX_NESTING_DEPTH;

  /** Default longest string value, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = ReadLimits.MAX_STRING_LENGTH;

  /** Default longest number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = ReadLimits.MAX_NUMBER_LENGTH;

  /** Default longest property name, in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = ReadLimits.MAX_NAME_LENGTH;

  /** Default largest number of problems reported for one document. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  private static final DpaJsonOptions DEFAULTS =
      new DpaJsonOptions(
          false,
          DEFAULT_MAX_DOCUMENT_LENGTH,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_NAME_LENGTH,
          DEFAULT_MAX_PROBLEMS);

  private final boolean lenient;
  private final int maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final int maxProblems;

  private DpaJsonOptions(
      boolean lenient,
      int maxDocumentLength,
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      int maxNameLength,
      int maxProblems) {
    this.lenient = lenient;
    this.maxDocumentLength =
        atMost(
            positive(maxDocumentLength, "maxDocumentLength"),
            MAX_DOCUMENT_LENGTH,
            "maxDocumentLength");
    this.maxNestingDepth =
        atMost(positive(maxNestingDepth, "maxNestingDepth"), MAX_NESTING_DEPTH, "maxNestingDepth");
    this.maxStringLength = positive(maxStringLength, "maxStringLength");
    this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
    this.maxNameLength = positive(maxNameLength, "maxNameLength");
    this.maxProblems = positive(maxProblems, "maxProblems");
  }

  /**
   * The largest document length accepted as an option: the largest array a JVM makes, less the one
   * byte that tells a stream is over the limit.
   */
  public static final int MAX_DOCUMENT_LENGTH = Integer.MAX_VALUE - 9;

  /**
   * The deepest nesting accepted as an option. Reading keeps extension values as trees, which
   * recurses; beyond this a default thread stack may not hold it.
   */
  public static final int MAX_NESTING_DEPTH = 1000;

  private static int positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be 1 or more: " + value);
    }
    return value;
  }

  private static int atMost(int value, int max, String name) {
    if (value > max) {
      throw new IllegalArgumentException(name + " must be at most " + max + ": " + value);
    }
    return value;
  }

  /**
   * Returns the defaults: strict, with the documented limits.
   *
   * @return the default options
   */
  public static DpaJsonOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Tells whether unknown properties are kept as extensions (lenient) rather than rejected.
   *
   * @return true when lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Returns the largest document accepted, in bytes or characters.
   *
   * @return the limit
   */
  public int getMaxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns the deepest nesting of objects and arrays accepted.
   *
   * @return the limit
   */
  public int getMaxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string value accepted, in characters.
   *
   * @return the limit
   */
  public int getMaxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest number accepted, in characters.
   *
   * @return the limit
   */
  public int getMaxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the longest property name accepted, in characters.
   *
   * @return the limit
   */
  public int getMaxNameLength() {
    return maxNameLength;
  }

  /**
   * Returns the largest number of problems reported for one document.
   *
   * @return the limit
   */
  public int getMaxProblems() {
    return maxProblems;
  }

  /**
   * Returns a copy that is lenient or strict.
   *
   * @param lenient true to keep unknown properties as extensions
   * @return the copy
   */
  public DpaJsonOptions withLenient(boolean lenient) {
    return new DpaJsonOptions(
        lenient,
        maxDocumentLength,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxProblems);
  }

  /**
   * Returns a copy with another document size limit.
   *
   * @param limit the largest document, in bytes or characters, 1 to {@link #MAX_DOCUMENT_LENGTH}
   * @return the copy
   * @throws IllegalArgumentException when the limit is out of that range
   */
  public DpaJsonOptions withMaxDocumentLength(int limit) {
    return new DpaJsonOptions(
        lenient,
        limit,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxProblems);
  }

  /**
   * Returns a copy with another nesting limit.
   *
   * @param limit the deepest nesting, 1 to {@link #MAX_NESTING_DEPTH}
   * @return the copy
   * @throws IllegalArgumentException when the limit is out of that range
   */
  public DpaJsonOptions withMaxNestingDepth(int limit) {
    return new DpaJsonOptions(
        lenient,
        maxDocumentLength,
        limit,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxProblems);
  }

  /**
   * Returns a copy with another string length limit.
   *
   * @param limit the longest string, in characters
   * @return the copy
   */
  public DpaJsonOptions withMaxStringLength(int limit) {
    return new DpaJsonOptions(
        lenient,
        maxDocumentLength,
        maxNestingDepth,
        limit,
        maxNumberLength,
        maxNameLength,
        maxProblems);
  }

  /**
   * Returns a copy with another number length limit.
   *
   * @param limit the longest number, in characters
   * @return the copy
   */
  public DpaJsonOptions withMaxNumberLength(int limit) {
    return new DpaJsonOptions(
        lenient,
        maxDocumentLength,
        maxNestingDepth,
        maxStringLength,
        limit,
        maxNameLength,
        maxProblems);
  }

  /**
   * Returns a copy with another property name length limit.
   *
   * @param limit the longest name, in characters
   * @return the copy
   */
  public DpaJsonOptions withMaxNameLength(int limit) {
    return new DpaJsonOptions(
        lenient,
        maxDocumentLength,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        limit,
        maxProblems);
  }

  /**
   * Returns a copy with another limit on the problems reported.
   *
   * @param limit the largest number of problems
   * @return the copy
   */
  public DpaJsonOptions withMaxProblems(int limit) {
    return new DpaJsonOptions(
        lenient,
        maxDocumentLength,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        limit);
  }

  @Override
  public String toString() {
    return "DpaJsonOptions[lenient="
        + lenient
        + ", maxDocumentLength="
        + maxDocumentLength
        + ", maxNestingDepth="
        + maxNestingDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxNameLength="
        + maxNameLength
        + ", maxProblems="
        + maxProblems
        + "]";
  }
}
