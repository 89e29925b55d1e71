package org.dpa4j.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.json.DpaJsonException;
import org.dpa4j.json.core.JsonProblemCode;
import org.dpa4j.json.core.internal.Attribute;
import org.dpa4j.json.core.internal.JsonSink;
import org.dpa4j.json.core.internal.ModelWriter;
import org.dpa4j.json.core.internal.ObjectType;
import org.dpa4j.json.core.internal.ProblemsException;
import org.dpa4j.json.core.internal.ValueType;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;

/**
 * Turns model objects into Jackson 2 trees in canonical form, through the shared {@link
 * ModelWriter}, and counts the length of their canonical text. Thread-safe.
 */
public final class TreeWriter {
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
    TreeSink sink = new TreeSink();
    try {
      ModelWriter.write(type, value, first, firstValue, sink);
    } catch (ProblemsException e) {
      throw new DpaJsonException(e.getProblems());
    } catch (IOException e) {
      // A tree in memory does not fail.
      throw new UncheckedIOException(e);
    }
    return (ObjectNode) sink.result;
  }

  /** Builds a tree from {@link ModelWriter}'s calls; extension values are read by the reader. */
  private final class TreeSink implements JsonSink {
    private final Deque<ContainerNode<?>> open = new ArrayDeque<>();
    private String name;
    private JsonNode result;

    private void add(JsonNode node) {
      ContainerNode<?> top = open.peek();
      if (top == null) {
        result = node;
      } else if (top instanceof ObjectNode) {
        ((ObjectNode) top).set(name, node);
      } else {
        ((ArrayNode) top).add(node);
      }
    }

    @Override
    public void startObject() {
      ObjectNode object = nodes.objectNode();
      add(object);
      open.push(object);
    }

    @Override
    public void name(String name) {
      this.name = name;
    }

    @Override
    public void endObject() {
      open.pop();
    }

    @Override
    public void startArray(int size) {
      ArrayNode array = nodes.arrayNode(size);
      add(array);
      open.push(array);
    }

    @Override
    public void endArray() {
      open.pop();
    }

    @Override
    public void string(String value) {
      add(nodes.textNode(value));
    }

    @Override
    public void integer(int value) {
      add(nodes.numberNode(value));
    }

    @Override
    public void bool(boolean value) {
      add(nodes.booleanNode(value));
    }

    @Override
    public void json(String json) {
      // Numbers keep their text as written.
      add(parseExtension(json));
    }
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

  /**
   * Parses an extension value with the reader's limits; a value beyond a limit is {@link
   * ProblemsException} naming the limit (pointers relative to the value, no location: the text is
   * the model's, not a document's).
   */
  private JsonNode parseExtension(String json) {
    try {
      return extensionReader.parseTree(json);
    } catch (DpaJsonException e) {
      java.util.List<Problem> limits = new java.util.ArrayList<>();
      for (Problem problem : e.getProblems()) {
        if (problem.getCode().equals(JsonProblemCode.LIMIT_EXCEEDED.getCode())) {
          limits.add(
              Problem.of(
                  problem.getCode(),
                  problem.getPointer(),
                  problem.getArguments(),
                  LocalizedText.of(
                      problem.getMessage(),
                      problem.getMessage(java.util.Locale.forLanguageTag("nl")))));
        }
      }
      if (limits.isEmpty()) {
        throw e;
      }
      throw new ProblemsException(limits);
    }
  }

  private JsonNode readExtension(ExtensionValue value, String pointer) {
    try {
      // As ModelWriter does: one value and nothing after it, numbers as written.
      return parseExtension(value.getJson());
    } catch (ProblemsException e) {
      java.util.List<Problem> under = new java.util.ArrayList<>();
      for (Problem problem : e.getProblems()) {
        under.add(problem.under(pointer));
      }
      throw new DpaJsonException(under);
    } catch (RuntimeException | StackOverflowError e) {
      throw new DpaJsonException(
          java.util.List.of(JsonProblemCode.INVALID_VALUE.at(pointer, ModelWriter.BAD_EXTENSION)));
    }
  }
}
