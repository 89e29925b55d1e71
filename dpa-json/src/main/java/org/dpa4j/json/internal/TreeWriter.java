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
    return writeObject(type, value, "", first, firstValue);
  }

  private ObjectNode writeObject(
      ObjectType type, Object value, String pointer, String first, String firstValue) {
    Map<String, JsonNode> fields = new TreeMap<>();
    for (Attribute attribute : type.getAttributes()) {
      Object attributeValue = attribute.get(value);
      String at = Pointers.child(pointer, attribute.getName());
      JsonNode node;
      switch (attribute.getCardinality()) {
        case OPTIONAL:
          Optional<?> optional = (Optional<?>) attributeValue;
          node = optional.isPresent() ? scalar(attribute.getValueType(), optional.get(), at) : null;
          break;
        case LIST:
        case SET:
          Collection<?> collection = (Collection<?>) attributeValue;
          if (collection.isEmpty()) {
            node = null;
          } else {
            ArrayNode array = nodes.arrayNode(collection.size());
            int i = 0;
            for (Object element : collection) {
              array.add(scalar(attribute.getValueType(), element, Pointers.child(at, i++)));
            }
            node = array;
          }
          break;
        default:
          node = scalar(attribute.getValueType(), attributeValue, at);
      }
      if (node != null) {
        fields.put(attribute.getName(), node);
      }
    }
    for (Map.Entry<String, Object> extension : type.extensions(value).entrySet()) {
      // An attribute of the same name wins: the model's value is the one that is typed.
      fields.putIfAbsent(
          extension.getKey(),
          readExtension(
              (ExtensionValue) extension.getValue(), Pointers.child(pointer, extension.getKey())));
    }
    ObjectNode object = nodes.objectNode();
    if (first != null) {
      object.put(first, firstValue);
    }
    object.setAll(fields);
    return object;
  }

  private JsonNode scalar(ValueType type, Object value, String pointer) {
    switch (type.getKind()) {
      case OBJECT:
        return writeObject(type.getObjectType(), value, pointer, null, null);
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
