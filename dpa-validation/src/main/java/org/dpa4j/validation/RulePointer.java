package org.dpa4j.validation;

/**
 * Where a catalogue rule points: a JSON Pointer in terms of the model's attribute names, declared
 * once per chapter; {@code *} stands for a list index, filled in by {@link #index(int...)}. A test
 * resolves every declared pointer against the model, so a misspelt attribute fails the build.
 */
final class RulePointer {
  private final String template;
  private final String pointer;

  RulePointer(String template) {
    this(template, template);
  }

  private RulePointer(String template, String pointer) {
    this.template = template;
    this.pointer = pointer;
  }

  /** Returns the template, such as {@code /liability/caps/{@literal *}/amount}. */
  String getTemplate() {
    return template;
  }

  /** Fills the {@code *} segments with indices, in order. */
  RulePointer index(int... indices) {
    StringBuilder out = new StringBuilder(template.length() + 8);
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '*') {
        out.append(indices[next++]);
      } else {
        out.append(c);
      }
    }
    if (next != indices.length) {
      throw new IllegalArgumentException(template + " has " + next + " indices");
    }
    return new RulePointer(template, out.toString());
  }

  @Override
  public String toString() {
    return pointer;
  }
}
