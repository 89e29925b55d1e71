package org.dpa4j.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
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

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final Supplier<ObjectMapper> extensionReader;

  /**
   * Creates a writer.
   *
   * @param extensionReader reads extension values back into trees
   */
  public TreeWriter(Supplier<ObjectMapper> extensionReader) {
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
        // An attribute of the same name wins: the model's value is the one that is typed.
        if (!fields.containsKey(extension.getKey())) {
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
      return extensionReader.get().readTree(value.getJson());
    } catch (java.io.IOException | RuntimeException e) {
      throw new DpaJsonException(
          java.util.List.of(JsonProblemCode.INVALID_VALUE.at(pointer, BAD_EXTENSION)));
    }
  }
}
