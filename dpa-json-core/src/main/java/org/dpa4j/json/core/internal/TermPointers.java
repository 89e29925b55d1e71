package org.dpa4j.json.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpa4j.json.core.JsonProblemCode;
import org.dpa4j.model.Blank;
import org.dpa4j.model.BlankKind;
import org.dpa4j.model.Condition;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;
import org.dpa4j.model.Term;

/**
 * The pointers that model values carry to name other terms: a blank's pointer from the root of the
 * agreement, a condition's duty from its section. Each must follow the model's attributes, so that
 * a document that names a term names one that exists. One check serves the reader (as it binds) and
 * the writer (for agreements built in code).
 */
public final class TermPointers {
  private static final LocalizedText NO_SUCH_TERM =
      LocalizedText.of(
          "the pointer names no term of the model", "de pointer wijst geen term van het model aan");
  private static final LocalizedText NO_SUCH_DUTY =
      LocalizedText.of(
          "the duty names no term of its section (a pointer relative to the section, such as"
              + " /deadline)",
          "de plicht wijst geen term van de eigen sectie aan (een pointer vanaf de sectie, zoals"
              + " /deadline)");

  private static final LocalizedText BLANK_HAS_VALUE =
      LocalizedText.of(
          "the blank points at a term that has a value: a term left to be completed has none (leave"
              + " the value out, or drop the blank)",
          "de open plek wijst naar een term die een waarde heeft: een nog in te vullen term heeft er"
              + " geen (laat de waarde weg, of verwijder de open plek)");

  private TermPointers() {}

  /**
   * Returns the problems of the pointers one value carries: the blanks of an agreement, the
   * conditions of a section.
   *
   * @param type the value's type in the mapping
   * @param value the value
   * @param at the value's JSON Pointer in the document
   * @return the problems, {@code json.invalid_value} at the pointer's own place; empty when every
   *     pointer names a term
   */
  public static List<Problem> of(ObjectType type, Object value, String at) {
    return of(type, value, () -> at);
  }

  /**
   * As {@link #of(ObjectType, Object, String)}, making the value's pointer only when there is a
   * problem to report: the reader calls this for every section it binds.
   *
   * @param type the value's type in the mapping
   * @param value the value
   * @param at makes the value's JSON Pointer in the document
   * @return the problems; empty when every pointer names a term
   */
  public static List<Problem> of(
      ObjectType type, Object value, java.util.function.Supplier<String> at) {
    List<Problem> problems = new ArrayList<>(0);
    if (value instanceof DataProcessingAgreement) {
      List<Blank> blanks = ((DataProcessingAgreement) value).getBlanks();
      for (int i = 0; i < blanks.size(); i++) {
        String pointer = blanks.get(i).getPointer();
        if (!type.resolves(pointer)) {
          problems.add(
              JsonProblemCode.INVALID_VALUE.at(
                  at.get() + "/blanks/" + i + "/pointer", NO_SUCH_TERM));
        } else if (blanks.get(i).getKind() != BlankKind.OPTIONAL_CLAUSE
            && holdsOptionalValue(type, value, pointer)) {
          problems.add(
              JsonProblemCode.INVALID_VALUE.at(
                  at.get() + "/blanks/" + i + "/pointer", BLANK_HAS_VALUE));
        }
      }
    }
    if (value instanceof Term) {
      List<Condition> conditions = ((Term) value).getConditions();
      for (int i = 0; i < conditions.size(); i++) {
        Optional<String> duty = conditions.get(i).getDuty();
        if (duty.isPresent() && !type.resolves(duty.get())) {
          problems.add(
              JsonProblemCode.INVALID_VALUE.at(
                  at.get() + "/conditions/" + i + "/duty", NO_SUCH_DUTY));
        }
      }
    }
    return problems;
  }

  /**
   * Tells whether a pointer that resolves names an optional term that has a value. A blank there
   * would say both "to be completed" and what it was completed with; a term with a default (an
   * enum, a flag), a list or a required value keeps its value under a blank, which then says the
   * value is open, and so does a clause the parties may keep or drop (an {@code optional_clause}
   * blank): its value is the clause as written.
   */
  private static boolean holdsOptionalValue(ObjectType type, Object value, String pointer) {
    ObjectType current = type;
    Object target = value;
    String[] segments = pointer.substring(1).split("/", -1);
    for (int i = 0; i < segments.length && target != null; i++) {
      Attribute attribute =
          current.attribute(segments[i].replace("~1", "/").replace("~0", "~"), -1);
      Object held = attribute.get(target);
      if (attribute.getCardinality() == Attribute.Cardinality.OPTIONAL) {
        held = ((Optional<?>) held).orElse(null);
        if (i == segments.length - 1) {
          return held != null;
        }
      }
      if (attribute.isMany()) {
        List<?> list = List.copyOf((java.util.Collection<?>) held);
        int index = ++i < segments.length ? Integer.parseInt(segments[i]) : -1;
        held = index >= 0 && index < list.size() ? list.get(index) : null;
      }
      ValueType valueType = attribute.getValueType();
      current = valueType.getKind() == ValueType.Kind.OBJECT ? valueType.getObjectType() : null;
      target = current == null ? null : held;
    }
    return false;
  }

  /**
   * Returns the problems of every pointer an agreement carries: its blanks and the conditions of
   * each of its sections.
   *
   * @param agreement the agreement
   * @return the problems; empty when every pointer names a term
   */
  public static List<Problem> of(DataProcessingAgreement agreement) {
    ObjectType root = ModelMapping.get().root();
    List<Problem> problems = new ArrayList<>(of(root, agreement, ""));
    for (Attribute attribute : root.getAttributes()) {
      ValueType valueType = attribute.getValueType();
      if (valueType.getKind() == ValueType.Kind.OBJECT
          && Term.class.isAssignableFrom(valueType.getJavaType())) {
        problems.addAll(
            of(valueType.getObjectType(), attribute.get(agreement), "/" + attribute.getName()));
      }
    }
    return problems;
  }
}
