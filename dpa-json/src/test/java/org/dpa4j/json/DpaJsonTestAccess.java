package org.dpa4j.json;

/** Package-private values of {@code org.dpa4j.json} for tests in other packages of the module. */
public final class DpaJsonTestAccess {
  private DpaJsonTestAccess() {}

  /**
   * Returns {@code DpaJson.STRICT_EXPANSION_BOUND}.
   *
   * @return the bound
   */
  public static int strictExpansionBound() {
    return DpaJson.STRICT_EXPANSION_BOUND;
  }
}
