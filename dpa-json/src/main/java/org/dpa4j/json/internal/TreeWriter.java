package org.dpa4j.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dpa4j.json.DpaJsonException;
import org.dpa4j.json.JsonProblemCode;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.LocalizedText;

/**
 * Turns model objects into JSON trees in canonical form: properties sorted by name, empty optional
 * values and empty lists left out, extensions merged in at their level. Thread-safe.
 */
public final class TreeWriter {
  private static final LocalizedText BAD_EXTENSION =
      LocalizedText.of(
          "an extension value is not valid JSON", "een extensiewaarde is geen geldige JSON");

  /** The limit that {@code json.limit_exceeded} names when canonical text would be too long. */
  public static final LocalizedText CANONICAL_LENGTH =
      LocalizedText.of(
          "the length of the document's canonical form (as written by dpa4j)",
          "de lengte van de canonieke vorm van het document (zoals dpa4j die schrijft)");

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final DocumentReader extensionReader;

  /**
   * Creates a writer.
   *
   * @param extensionReader reads extension values back into trees, with its limits
   */
  public TreeWriter(DocumentReader extensionReader) {
    this.extensionReader = extensionReader;
  }

  /**
   * Writes a model object as a JSON object.
   *
   * @param type the model type
   * @param value the model object
   * @param first a property to put first (for {@code schemaVersion}), or {@code null}
   * @param firstValue its value
   * @return the object node
   */
  public ObjectNode write(ObjectType type, Object value, String first, String firstValue) {
    return writeObject(type, value, new PathStack(), first, firstValue);
  }

  /**
   * Returns the length in UTF-8 bytes of what {@link #write} and then {@code text} would give for a
   * model object, final newline included, without building either: the tree is never made, only
   * extension values are parsed. Stops counting once past {@code limit}.
   *
   * @param type the model type
   * @param value the model object
   * @param first a property to put first, or {@code null}
   * @param firstValue its value
   * @param text the form the text is written in
   * @param limit the length beyond which counting may stop
   * @return the length, or some number above {@code limit}
   */
  public long length(
      ObjectType type,
      Object value,
      String first,
      String firstValue,
      CanonicalText text,
      long limit) {
    long[] budget = {limit};
    // The pretty form ends with a newline: the one of depth 0.
    return objectLength(type, value, first, firstValue, text, 0, budget) + text.newlineLength(0);
  }

  private long objectLength(
      ObjectType type,
      Object value,
      String first,
      String firstValue,
      CanonicalText text,
      int depth,
      long[] budget) {
    long members = 0;
    int count = 0;
    if (first != null) {
      members += CanonicalText.stringLength(first) + CanonicalText.stringLength(firstValue);
      count++;
    }
    Map<String, Object> extensions = type.extensions(value);
    Set<String> written = extensions.isEmpty() ? null : new HashSet<>();
    for (Attribute attribute : type.getAttributes()) {
      long n = attributeLength(attribute, attribute.get(value), text, depth + 1, budget);
      if (n < 0) {
        continue;
      }
      if (written != null) {
        written.add(attribute.getName());
      }
      members += CanonicalText.stringLength(attribute.getName()) + n;
      count++;
      if (members > budget[0]) {
        return members;
      }
    }
    if (written != null) {
      for (Map.Entry<String, Object> extension : extensions.entrySet()) {
        if (written.contains(extension.getKey()) || extension.getKey().equals(first)) {
          continue;
        }
        JsonNode node = readExtension((ExtensionValue) extension.getValue(), "");
        members += CanonicalText.stringLength(extension.getKey()) + text.length(node, depth + 1);
        count++;
      }
    }
    if (count == 0) {
      return 2;
    }
    // Brackets, commas, the separator after each name, a newline before each member and the end.
    return members
        + 2
        + (count - 1)
        + count * text.separatorLength()
        + count * text.newlineLength(depth + 1)
        + text.newlineLength(depth);
  }

  /** Returns the length of an attribute's value, or -1 when the canonical form leaves it out. */
  private long attributeLength(
      Attribute attribute, Object value, CanonicalText text, int depth, long[] budget) {
    switch (attribute.getCardinality()) {
      case OPTIONAL:
        Optional<?> optional = (Optional<?>) value;
        return optional.isPresent()
            ? scalarLength(attribute.getValueType(), optional.get(), text, depth, budget)
            : -1;
      case LIST:
      case SET:
        Collection<?> collection = (Collection<?>) value;
        if (collection.isEmpty()) {
          return -1;
        }
        long n =
            2
                + (collection.size() - 1)
                + collection.size() * text.newlineLength(depth + 1)
                + text.newlineLength(depth);
        for (Object element : collection) {
          n += scalarLength(attribute.getValueType(), element, text, depth + 1, budget);
          if (n > budget[0]) {
            return n;
          }
        }
        return n;
      default:
        return scalarLength(attribute.getValueType(), value, text, depth, budget);
    }
  }

  private long scalarLength(
      ValueType type, Object value, CanonicalText text, int depth, long[] budget) {
    switch (type.getKind()) {
      case OBJECT:
        return objectLength(type.getObjectType(), value, null, null, text, depth, budget);
      case BOOLEAN:
        return (Boolean) value ? 4 : 5;
      case INTEGER:
        return Integer.toString((Integer) value).length();
      case STRING:
        return CanonicalText.stringLength((String) value);
      default:
        return CanonicalText.stringLength(type.format(value));
    }
  }

  private ObjectNode writeObject(
      ObjectType type, Object value, PathStack path, String first, String firstValue) {
    ObjectNode object = nodes.objectNode();
    if (first != null) {
      object.put(first, firstValue);
    }
    Map<String, Object> extensions = type.extensions(value);
    // The attributes come sorted by name; only extensions need sorting in among them.
    Map<String, JsonNode> fields = extensions.isEmpty() ? null : new TreeMap<>();
    for (Attribute attribute : type.getAttributes()) {
      path.push(attribute.getName());
      JsonNode node = attribute(attribute, attribute.get(value), path);
      path.pop();
      if (node == null) {
        continue;
      }
      if (fields == null) {
        object.set(attribute.getName(), node);
      } else {
        fields.put(attribute.getName(), node);
      }
    }
    if (fields != null) {
      for (Map.Entry<String, Object> extension : extensions.entrySet()) {
        // An attribute of the same name wins: the model's value is the one that is typed. So
        // does the first property (the schema version): an extension must not replace it.
        if (!fields.containsKey(extension.getKey()) && !extension.getKey().equals(first)) {
          fields.put(
              extension.getKey(),
              readExtension(
                  (ExtensionValue) extension.getValue(), path.pointer(extension.getKey())));
        }
      }
      object.setAll(fields);
    }
    return object;
  }

  /** Returns the JSON of an attribute's value, or null when the canonical form leaves it out. */
  private JsonNode attribute(Attribute attribute, Object value, PathStack path) {
    switch (attribute.getCardinality()) {
      case OPTIONAL:
        Optional<?> optional = (Optional<?>) value;
        return optional.isPresent() ? scalar(attribute.getValueType(), optional.get(), path) : null;
      case LIST:
      case SET:
        Collection<?> collection = (Collection<?>) value;
        if (collection.isEmpty()) {
          return null;
        }
        ArrayNode array = nodes.arrayNode(collection.size());
        int i = 0;
        for (Object element : collection) {
          path.push(i++);
          array.add(scalar(attribute.getValueType(), element, path));
          path.pop();
        }
        return array;
      default:
        return scalar(attribute.getValueType(), value, path);
    }
  }

  private JsonNode scalar(ValueType type, Object value, PathStack path) {
    switch (type.getKind()) {
      case OBJECT:
        return writeObject(type.getObjectType(), value, path, null, null);
      case BOOLEAN:
        return nodes.booleanNode((Boolean) value);
      case INTEGER:
        return nodes.numberNode((Integer) value);
      case STRING:
        return nodes.textNode((String) value);
      default:
        return nodes.textNode(type.format(value));
    }
  }

  private JsonNode readExtension(ExtensionValue value, String pointer) {
    try {
      // One value and nothing after it: "1 2" or "{} []" would be written as their first value;
      // empty text has no value to write, and "name": with nothing after it is no JSON. Numbers
      // keep their text as written.
      return extensionReader.parseTree(value.getJson());
    } catch (RuntimeException | StackOverflowError e) {
      throw new DpaJsonException(
          java.util.List.of(JsonProblemCode.INVALID_VALUE.at(pointer, BAD_EXTENSION)));
    }
  }
}
