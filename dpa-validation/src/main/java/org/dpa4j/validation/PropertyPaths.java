package org.dpa4j.validation;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;

/** Turns a finding's JSON Pointer into a Jakarta Validation property path, indices included. */
final class PropertyPaths {
  private PropertyPaths() {}

  /**
   * Adds a violation at the property path of a pointer: {@code
   * /subProcessing/subProcessors/2/country} becomes {@code subProcessing.subProcessors[2].country},
   * and {@code /blanks/0} becomes {@code blanks[0]}.
   *
   * @param builder the violation
   * @param pointer an RFC 6901 pointer into the agreement's JSON form
   */
  static void add(ConstraintViolationBuilder builder, String pointer) {
    // The builder, then a node still open for an index or one already given its index.
    Object node = builder;
    Integer index = null;
    for (String raw : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      if (node != builder && index == null && segment.matches("\\d{1,9}")) {
        index = Integer.valueOf(segment);
        continue;
      }
      NodeBuilderCustomizableContext property = property(node, segment);
      node = index == null ? property : property.inIterable().atIndex(index);
      index = null;
    }
    if (index != null) {
      bean(node).inIterable().atIndex(index).addConstraintViolation();
    } else if (node instanceof NodeBuilderDefinedContext) {
      ((NodeBuilderDefinedContext) node).addConstraintViolation();
    } else if (node instanceof NodeBuilderCustomizableContext) {
      ((NodeBuilderCustomizableContext) node).addConstraintViolation();
    } else {
      builder.addConstraintViolation();
    }
  }

  private static NodeBuilderCustomizableContext property(Object node, String name) {
    if (node instanceof NodeBuilderDefinedContext) {
      return ((NodeBuilderDefinedContext) node).addPropertyNode(name);
    }
    if (node instanceof NodeBuilderCustomizableContext) {
      return ((NodeBuilderCustomizableContext) node).addPropertyNode(name);
    }
    return ((ConstraintViolationBuilder) node).addPropertyNode(name);
  }

  private static LeafNodeBuilderCustomizableContext bean(Object node) {
    if (node instanceof NodeBuilderDefinedContext) {
      return ((NodeBuilderDefinedContext) node).addBeanNode();
    }
    return ((NodeBuilderCustomizableContext) node).addBeanNode();
  }
}
