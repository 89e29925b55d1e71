package org.dpa4j.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import org.dpa4j.json.core.internal.Binder;
import org.dpa4j.model.DataProcessingAgreement;

/**
 * Turns a document of an earlier {@code schemaVersion} into the current form, losing nothing.
 *
 * <p>Version 1 to 2 moves each fact to its new home and changes nothing else:
 *
 * <ul>
 *   <li>{@code /metadata/date} becomes {@code /metadata/dates} with one entry of kind {@code
 *       document};
 *   <li>{@code kvkNumber} of a party becomes a {@code registrations} entry of scheme {@code kvk};
 *   <li>{@code dataSubjectCategories} given as names (in {@code /scope} and its {@code
 *       controllerRoleProcessing}) become objects with that {@code name};
 *   <li>{@code processingRegion} of a sub-processor becomes {@code processingLocations};
 *   <li>{@code /liability/indirectDamageExcluded} and {@code dataLossExcluded}, when true, become
 *       {@code excludedDamages} {@code indirect} and {@code data_loss};
 *   <li>{@code /liability/controllerIndemnities} become {@code indemnities} with {@code
 *       "indemnitor": "controller"};
 *   <li>{@code /transfers/conditions} becomes {@code /transfers/mechanisms}, and {@code
 *       /transfers/countriesNamed} becomes {@code destinations}, one per country.
 * </ul>
 *
 * A property that is not of the expected shape is left where it is, so that the reader reports it
 * as it would any other mistake; unknown properties are left alone.
 */
public final class SchemaUpgrade {
  /** The earlier schema version this reader upgrades. */
  public static final String VERSION_1 = Binder.VERSION_1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SchemaUpgrade() {}

  /**
   * Tells whether a version is one this class upgrades.
   *
   * @param version the {@code schemaVersion} of a document
   * @return true for {@value #VERSION_1}
   */
  public static boolean isUpgradable(String version) {
    return VERSION_1.equals(version);
  }

  /**
   * Upgrades a version 1 document in place to the current version.
   *
   * @param root the document's root object
   * @return the same object, now of the current version
   */
  public static ObjectNode upgrade(ObjectNode root) {
    ObjectNode metadata = object(root, "metadata");
    if (metadata != null) {
      JsonNode date = metadata.get("date");
      if (date != null && date.isTextual() && !metadata.has("dates")) {
        metadata.remove("date");
        ObjectNode entry = NODES.objectNode().put("kind", "document").set("date", date);
        metadata.set("dates", NODES.arrayNode().add(entry));
      }
    }
    for (String party : new String[] {"processor", "controller"}) {
      ObjectNode p = object(root, party);
      if (p != null) {
        JsonNode kvk = p.get("kvkNumber");
        if (kvk != null && kvk.isTextual() && !p.has("registrations")) {
          p.remove("kvkNumber");
          ObjectNode entry = NODES.objectNode().put("scheme", "kvk").set("number", kvk);
          p.set("registrations", NODES.arrayNode().add(entry));
        }
      }
    }
    ObjectNode scope = object(root, "scope");
    if (scope != null) {
      namesToObjects(scope, "dataSubjectCategories");
      ObjectNode controllerRole = object(scope, "controllerRoleProcessing");
      if (controllerRole != null) {
        namesToObjects(controllerRole, "dataSubjectCategories");
      }
    }
    ObjectNode subProcessing = object(root, "subProcessing");
    if (subProcessing != null && subProcessing.get("subProcessors") instanceof ArrayNode) {
      for (JsonNode entry : subProcessing.get("subProcessors")) {
        if (entry instanceof ObjectNode) {
          ObjectNode sub = (ObjectNode) entry;
          JsonNode region = sub.get("processingRegion");
          if (region != null && region.isTextual() && !sub.has("processingLocations")) {
            sub.remove("processingRegion");
            sub.set("processingLocations", NODES.arrayNode().add(region));
          }
        }
      }
    }
    ObjectNode liability = object(root, "liability");
    if (liability != null) {
      upgradeLiability(liability);
    }
    ObjectNode transfers = object(root, "transfers");
    if (transfers != null) {
      rename(transfers, "conditions", "mechanisms");
      JsonNode countries = transfers.get("countriesNamed");
      if (countries instanceof ArrayNode
          && allTextual(countries)
          && !transfers.has("destinations")) {
        transfers.remove("countriesNamed");
        ArrayNode destinations = NODES.arrayNode();
        countries.forEach(c -> destinations.add(NODES.objectNode().set("country", c)));
        transfers.set("destinations", destinations);
      }
    }
    root.put(DocumentReader.SCHEMA_VERSION, DataProcessingAgreement.SCHEMA_VERSION);
    return root;
  }

  private static void upgradeLiability(ObjectNode liability) {
    if (!liability.has("excludedDamages")) {
      ArrayNode damages = NODES.arrayNode();
      boolean moved = false;
      // In the declaration order of DamageKind: indirect before data_loss.
      String[][] flags = {
        {"indirectDamageExcluded", "indirect"}, {"dataLossExcluded", "data_loss"}
      };
      for (String[] flag : flags) {
        JsonNode value = liability.get(flag[0]);
        if (value != null && value.isBoolean()) {
          liability.remove(flag[0]);
          moved = true;
          if (value.booleanValue()) {
            damages.add(flag[1]);
          }
        }
      }
      if (moved && !damages.isEmpty()) {
        liability.set("excludedDamages", damages);
      }
    }
    JsonNode indemnities = liability.get("controllerIndemnities");
    if (indemnities instanceof ArrayNode && !liability.has("indemnities")) {
      boolean objects = true;
      for (JsonNode entry : indemnities) {
        objects &= entry instanceof ObjectNode && !entry.has("indemnitor");
      }
      if (objects) {
        liability.remove("controllerIndemnities");
        for (JsonNode entry : indemnities) {
          ((ObjectNode) entry).put("indemnitor", "controller");
        }
        liability.set("indemnities", indemnities);
      }
    }
  }

  /** Turns each name of a list into an object with that name; other entries stay as they are. */
  private static void namesToObjects(ObjectNode holder, String name) {
    JsonNode names = holder.get(name);
    if (names instanceof ArrayNode) {
      ArrayNode array = (ArrayNode) names;
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          array.set(i, NODES.objectNode().set("name", array.get(i)));
        }
      }
    }
  }

  private static boolean allTextual(JsonNode array) {
    for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
      if (!it.next().isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static void rename(ObjectNode holder, String from, String to) {
    JsonNode value = holder.get(from);
    if (value != null && !holder.has(to)) {
      holder.remove(from);
      holder.set(to, value);
    }
  }

  private static ObjectNode object(ObjectNode holder, String name) {
    JsonNode value = holder.get(name);
    return value instanceof ObjectNode ? (ObjectNode) value : null;
  }
}
