package org.dpa4j.diff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.dpa4j.model.LocalizedText;

/**
 * The names for people of the model's types and attributes and of the report's own words ({@code
 * labels.properties} next to this class, beside the classification table): {@code Type = english |
 * dutch}, {@code Type.attribute = english | dutch}, {@code word.NAME = english | dutch}. Nothing
 * else in this module holds an English or Dutch word for them.
 */
final class Labels {
  private static final String RESOURCE = "labels.properties";
  private static final Labels INSTANCE = load();

  private final Map<String, LocalizedText> labels;

  private Labels(Map<String, LocalizedText> labels) {
    this.labels = labels;
  }

  static Labels get() {
    return INSTANCE;
  }

  /** Every label by key, for the test that holds the file to the model. */
  Map<String, LocalizedText> all() {
    return Collections.unmodifiableMap(labels);
  }

  /** The name of a model type, such as "sub-processor" and "subverwerker". */
  LocalizedText type(ModelTypes.ObjectType type) {
    return label(type.name());
  }

  /** The name of an attribute, such as "time limit" and "termijn". */
  LocalizedText attribute(ModelTypes.Attr attribute) {
    return label(attribute.key());
  }

  /** One of the report's own words, such as {@code word.yes}. */
  LocalizedText word(String name) {
    return label("word." + name);
  }

  /** The label of a key, or empty when the file has none (an attribute no summary shows). */
  java.util.Optional<LocalizedText> find(String key) {
    return java.util.Optional.ofNullable(labels.get(key));
  }

  private LocalizedText label(String key) {
    LocalizedText label = labels.get(key);
    if (label == null) {
      throw new IllegalStateException(RESOURCE + " lacks " + key);
    }
    return label;
  }

  private static Labels load() {
    Properties properties = DiffTable.properties(RESOURCE);
    Map<String, LocalizedText> labels = new LinkedHashMap<>();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      labels.put(key, parse(key, properties.getProperty(key)));
    }
    return new Labels(labels);
  }

  static LocalizedText parse(String key, String value) {
    int bar = value.indexOf('|');
    if (bar < 0 || value.indexOf('|', bar + 1) >= 0) {
      throw new IllegalStateException(key + ": a label is 'english | dutch', not " + value);
    }
    String english = value.substring(0, bar).strip();
    String dutch = value.substring(bar + 1).strip();
    if (english.isEmpty() || dutch.isEmpty()) {
      throw new IllegalStateException(key + ": a label needs both languages: " + value);
    }
    return LocalizedText.of(english, dutch);
  }
}
