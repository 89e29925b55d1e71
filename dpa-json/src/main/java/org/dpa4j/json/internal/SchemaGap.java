package org.dpa4j.json.internal;

/**
 * What the reader checks and JSON Schema 2020-12 cannot say: the only classes of document that the
 * published schema accepts and {@code DpaJson} rejects. Written into the schema's top-level {@code
 * $comment}; the differential test holds every disagreement it finds to one of these.
 */
public enum SchemaGap {
  /** The JSON text itself, before there is a tree to validate. */
  JSON_TEXT(
      "the JSON text itself: duplicate keys, data after the document, bad UTF-8 (a schema validates"
          + " the parsed value, in which a repeated key has already replaced the first)",
      "{\"metadata\":{\"title\":\"A\",\"title\":\"B\"}, ...}"),
  /** A number written with a fraction or exponent whose value is an integer. */
  INTEGER_FORM(
      "integers must be written as integers: JSON Schema's \"integer\" is a value, so 1.0 and 1e0"
          + " are integers to it",
      "\"audit\":{\"maxPerYear\":1.0}"),
  /** Uniqueness of one property among the objects of a list. */
  UNIQUE_BY_PROPERTY(
      "a property unique among the entries of a list (blanks by pointer, sub-processors by name):"
          + " uniqueItems compares whole entries",
      "\"blanks\":[{\"pointer\":\"/audit\"},{\"pointer\":\"/audit\",\"kind\":\"other\"}]"),
  /** A value that must name an entry of another list. */
  NAMED_ENTRY(
      "a value that must name an entry of another list (a personal data category's dataSubjects"
          + " name listed data subject categories)",
      "\"scope\":{\"personalDataCategories\":[{\"name\":\"e-mail\",\"dataSubjects\":[\"nobody\"]}]}"),
  /** A JSON Pointer that must lead to an attribute of the model. */
  POINTER_TARGET(
      "a JSON Pointer that must follow the model's attributes (a blank's pointer, a condition's"
          + " duty), and what a blank's pointer allows (a date left without its value); the schema"
          + " checks a pointer's syntax only",
      "\"blanks\":[{\"pointer\":\"/breachNotification/colour\"}]"),
  /** The reader's limits on size and nesting. */
  READER_LIMITS(
      "the reader's limits (DpaJsonOptions): document and canonical size, nesting depth, string,"
          + " number and property name length",
      "a title of 300,000 characters"),
  /** Documents of schema version 1, which the reader upgrades. */
  SCHEMA_VERSION_1(
      "documents of schema version 1, which the reader still reads and upgrades; the schema"
          + " describes version 2 only",
      "{\"schemaVersion\":\"1\", ...}");

  private final String description;
  private final String example;

  SchemaGap(String description, String example) {
    this.description = description;
    this.example = example;
  }

  /**
   * Returns what the reader checks that the schema cannot say.
   *
   * @return the description, in English
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns an example of a document part in this class.
   *
   * @return the example
   */
  public String getExample() {
    return example;
  }
}
